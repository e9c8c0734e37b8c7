package org.partyorg.core.code;

/**
 * The level of a 12-digit NBS statistical division code: the last non-zero segment of
 * 2 (province) + 2 (prefecture) + 2 (county) + 3 (township) + 3 (village) digits.
 */
public enum DivisionLevel {
    /** All segments zero: the whole country. */
    NATIONAL(0, "全国"),
    /** 省级. */
    PROVINCE(2, "省级"),
    /** 地级. */
    PREFECTURE(4, "地级"),
    /** 县级. */
    COUNTY(6, "县级"),
    /** 乡级 (街道, 镇, 乡). */
    TOWNSHIP(9, "乡级"),
    /** 村级 (居委会/社区, 村委会). */
    VILLAGE(12, "村级");

    private final int prefixLength;
    private final String chineseName;

    DivisionLevel(int prefixLength, String chineseName) {
        this.prefixLength = prefixLength;
        this.chineseName = chineseName;
    }

    /** @return how many leading digits identify a division of this level */
    public int prefixLength() {
        return prefixLength;
    }

    /** @return the Chinese name of the level */
    public String chineseName() {
        return chineseName;
    }
}
