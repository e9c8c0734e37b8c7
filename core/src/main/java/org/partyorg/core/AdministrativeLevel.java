package org.partyorg.core;

/**
 * The administrative level of a sending unit. Exchanged as the constant's name.
 */
public enum AdministrativeLevel {
    /** 中央. */
    CENTRAL("中央"),
    /** 省级. */
    PROVINCIAL("省级"),
    /** 市级. */
    PREFECTURE("市级"),
    /** 县级. */
    COUNTY("县级"),
    /** 乡镇级. */
    TOWNSHIP("乡镇级");

    private final String chineseName;

    AdministrativeLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
