package org.partyorg.core;

/**
 * A member record's status. Exchanged as the constant's name.
 *
 * <p>For the size rules an organization's <em>members</em> are those with status NORMAL, MOBILE
 * or LOST_CONTACT ({@link #countsInSize()}); SUSPENDED members count in neither size; LEFT and
 * DECEASED records are history. <em>Live</em> members ({@link #isLive()}) add SUSPENDED.
 */
public enum MemberStatus {
    /** 正常. */
    NORMAL("正常"),
    /** 流动党员. */
    MOBILE("流动党员"),
    /** 失联. */
    LOST_CONTACT("失联"),
    /** 停止党籍. */
    SUSPENDED("停止党籍"),
    /** 出党: 除名, 退党, 开除, 取消预备党员资格. */
    LEFT("出党"),
    /** 死亡. */
    DECEASED("死亡");

    private final String chineseName;

    MemberStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether a member with this status counts in an organization's size: NORMAL, MOBILE, LOST_CONTACT */
    public boolean countsInSize() {
        return this == NORMAL || this == MOBILE || this == LOST_CONTACT;
    }

    /** @return whether the member is live: NORMAL, MOBILE, LOST_CONTACT or SUSPENDED */
    public boolean isLive() {
        return countsInSize() || this == SUSPENDED;
    }
}
