package org.partyorg.core;

/**
 * Tags a member record may carry. Exchanged as the constant's name.
 */
public enum MemberTag {
    /** 致富能手. */
    WEALTH_LEADER("致富能手"),
    /** 回引人才. */
    RETURNED_TALENT("回引人才"),
    /** 大学毕业生. */
    COLLEGE_GRADUATE("大学毕业生"),
    /** 退役军人. */
    VETERAN("退役军人"),
    /** 外出务工. */
    MIGRANT_WORKER("外出务工"),
    /** 志愿服务. */
    VOLUNTEER("志愿服务");

    private final String chineseName;

    MemberTag(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
