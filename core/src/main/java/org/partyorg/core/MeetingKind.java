package org.partyorg.core;

/** What kind of meeting a branch held (三会一课 and 组织生活), docs/format.md §11. Exchanged as the constant's name. */
public enum MeetingKind {
    /** 党员大会. */
    BRANCH_ASSEMBLY("党员大会"),
    /** 支部委员会会议. */
    BRANCH_COMMITTEE("支部委员会会议"),
    /** 党小组会, held by a party group. */
    PARTY_GROUP_MEETING("党小组会"),
    /** 党课. */
    PARTY_LECTURE("党课"),
    /** 主题党日. */
    THEMED_DAY("主题党日"),
    /** 组织生活会. */
    LIFE_MEETING("组织生活会"),
    /** 民主评议党员. */
    DEMOCRATIC_REVIEW("民主评议党员");

    private final String chineseName;

    MeetingKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
