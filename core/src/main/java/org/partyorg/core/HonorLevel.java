package org.partyorg.core;

/**
 * The level of the body that awarded an honor. Exchanged as the constant's name.
 */
public enum HonorLevel {
    /** 全国. */
    NATIONAL("全国"),
    /** 省级. */
    PROVINCIAL("省级"),
    /** 地市级. */
    PREFECTURE("地市级"),
    /** 县级. */
    COUNTY("县级");

    private final String chineseName;

    HonorLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
