package org.partyorg.core;

/**
 * The kind of a 单位 (unit) that hosts an organization or sends a first secretary. Exchanged as the constant's name.
 */
public enum UnitKind {
    /** 机关. */
    GOVERNMENT_ORGAN("机关"),
    /** 事业单位. */
    PUBLIC_INSTITUTION("事业单位"),
    /** 国有企业. */
    STATE_OWNED_ENTERPRISE("国有企业"),
    /** 非公企业. */
    PRIVATE_ENTERPRISE("非公企业"),
    /** 社会组织. */
    SOCIAL_ORGANIZATION("社会组织"),
    /** 村民委员会. */
    VILLAGE_COMMITTEE("村民委员会"),
    /** 居民委员会. */
    RESIDENTS_COMMITTEE("居民委员会"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    UnitKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
