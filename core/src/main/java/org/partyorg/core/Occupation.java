package org.partyorg.core;

/**
 * Occupation categories of Party statistics (党内统计). Exchanged as the constant's name.
 */
public enum Occupation {
    /** 工人. */
    WORKER("工人"),
    /** 农牧渔民. */
    FARMER("农牧渔民"),
    /** 专业技术人员. */
    PROFESSIONAL("专业技术人员"),
    /** 管理人员. */
    MANAGER("管理人员"),
    /** 党政机关工作人员. */
    PUBLIC_SERVANT("党政机关工作人员"),
    /** 学生. */
    STUDENT("学生"),
    /** 离退休人员. */
    RETIRED("离退休人员"),
    /** 其他职业人员. */
    OTHER("其他职业人员");

    private final String chineseName;

    Occupation(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
