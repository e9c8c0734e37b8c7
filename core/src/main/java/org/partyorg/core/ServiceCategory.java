package org.partyorg.core;

/**
 * What a grid service record is about. Exchanged as the constant's name.
 */
public enum ServiceCategory {
    /** 走访. */
    VISIT("走访"),
    /** 问题处理. */
    ISSUE("问题处理"),
    /** 矛盾调解. */
    MEDIATION("矛盾调解"),
    /** 政策宣传. */
    POLICY_PUBLICITY("政策宣传"),
    /** 志愿服务. */
    VOLUNTEER_SERVICE("志愿服务"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    ServiceCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
