package org.partyorg.core.code;

import java.util.Optional;

/**
 * Education (学历), GB/T 4658: the top-level families {@code 10}..{@code 90} of the 1984
 * 文化程度 list (including {@code 50} 技工学校, dropped in 2006) and the second-level codes of
 * GB/T 4658-2006 in common use. Exchanged as the two-digit code.
 */
public enum Education implements NationalCode {
    /** 10 研究生教育. */
    POSTGRADUATE("10", "研究生教育"),
    /** 11 博士研究生毕业. */
    DOCTORATE_GRADUATED("11", "博士研究生毕业"),
    /** 12 博士研究生结业. */
    DOCTORATE_COMPLETED("12", "博士研究生结业"),
    /** 13 博士研究生肄业. */
    DOCTORATE_INCOMPLETE("13", "博士研究生肄业"),
    /** 14 硕士研究生毕业. */
    MASTER_GRADUATED("14", "硕士研究生毕业"),
    /** 15 硕士研究生结业. */
    MASTER_COMPLETED("15", "硕士研究生结业"),
    /** 16 硕士研究生肄业. */
    MASTER_INCOMPLETE("16", "硕士研究生肄业"),
    /** 17 研究生班毕业. */
    POSTGRADUATE_CLASS_GRADUATED("17", "研究生班毕业"),
    /** 18 研究生班结业. */
    POSTGRADUATE_CLASS_COMPLETED("18", "研究生班结业"),
    /** 19 研究生班肄业. */
    POSTGRADUATE_CLASS_INCOMPLETE("19", "研究生班肄业"),
    /** 20 大学本科教育. */
    UNDERGRADUATE("20", "大学本科教育"),
    /** 21 大学本科毕业. */
    UNDERGRADUATE_GRADUATED("21", "大学本科毕业"),
    /** 22 大学本科结业. */
    UNDERGRADUATE_COMPLETED("22", "大学本科结业"),
    /** 23 大学本科肄业. */
    UNDERGRADUATE_INCOMPLETE("23", "大学本科肄业"),
    /** 28 大学普通班毕业. */
    UNDERGRADUATE_ORDINARY_CLASS("28", "大学普通班毕业"),
    /** 30 大学专科教育. */
    JUNIOR_COLLEGE("30", "大学专科教育"),
    /** 31 大学专科毕业. */
    JUNIOR_COLLEGE_GRADUATED("31", "大学专科毕业"),
    /** 32 大学专科结业. */
    JUNIOR_COLLEGE_COMPLETED("32", "大学专科结业"),
    /** 33 大学专科肄业. */
    JUNIOR_COLLEGE_INCOMPLETE("33", "大学专科肄业"),
    /** 40 中等职业教育. */
    SECONDARY_VOCATIONAL("40", "中等职业教育"),
    /** 41 中等专科毕业. */
    SECONDARY_SPECIALIZED_GRADUATED("41", "中等专科毕业"),
    /** 42 中等专科结业. */
    SECONDARY_SPECIALIZED_COMPLETED("42", "中等专科结业"),
    /** 43 中等专科肄业. */
    SECONDARY_SPECIALIZED_INCOMPLETE("43", "中等专科肄业"),
    /** 44 职业高中毕业. */
    VOCATIONAL_HIGH_SCHOOL_GRADUATED("44", "职业高中毕业"),
    /** 45 职业高中结业. */
    VOCATIONAL_HIGH_SCHOOL_COMPLETED("45", "职业高中结业"),
    /** 46 职业高中肄业. */
    VOCATIONAL_HIGH_SCHOOL_INCOMPLETE("46", "职业高中肄业"),
    /** 47 技工学校毕业. */
    TECHNICAL_SCHOOL_GRADUATED("47", "技工学校毕业"),
    /** 48 技工学校结业. */
    TECHNICAL_SCHOOL_COMPLETED("48", "技工学校结业"),
    /** 49 技工学校肄业. */
    TECHNICAL_SCHOOL_INCOMPLETE("49", "技工学校肄业"),
    /** 50 技工学校（1984 版）. */
    TECHNICAL_SCHOOL("50", "技工学校（1984 版）"),
    /** 60 普通高级中学教育. */
    HIGH_SCHOOL("60", "普通高级中学教育"),
    /** 61 普通高中毕业. */
    HIGH_SCHOOL_GRADUATED("61", "普通高中毕业"),
    /** 62 普通高中结业. */
    HIGH_SCHOOL_COMPLETED("62", "普通高中结业"),
    /** 63 普通高中肄业. */
    HIGH_SCHOOL_INCOMPLETE("63", "普通高中肄业"),
    /** 70 初级中学教育. */
    JUNIOR_HIGH_SCHOOL("70", "初级中学教育"),
    /** 71 初中毕业. */
    JUNIOR_HIGH_SCHOOL_GRADUATED("71", "初中毕业"),
    /** 73 初中肄业. */
    JUNIOR_HIGH_SCHOOL_INCOMPLETE("73", "初中肄业"),
    /** 80 小学教育. */
    PRIMARY_SCHOOL("80", "小学教育"),
    /** 81 小学毕业. */
    PRIMARY_SCHOOL_GRADUATED("81", "小学毕业"),
    /** 83 小学肄业. */
    PRIMARY_SCHOOL_INCOMPLETE("83", "小学肄业"),
    /** 90 其他（1984 版：文盲或半文盲）. */
    OTHER("90", "其他（1984 版：文盲或半文盲）");

    private final String code;
    private final String chineseName;

    Education(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /** @return the top-level family of this code, e.g. {@link #UNDERGRADUATE} for {@code 21} */
    public Education family() {
        return findByCode(code.charAt(0) + "0").orElseThrow();
    }

    /**
     * @return whether the code means 大专及以上 (college diploma or above), the share that Party
     *     statistics publish
     */
    public boolean isCollegeOrAbove() {
        char family = code.charAt(0);
        return family == '1' || family == '2' || family == '3';
    }

    /**
     * @param code a GB/T 4658 code, may be null
     * @return the entry with that code, or empty
     */
    public static Optional<Education> findByCode(String code) {
        return NationalCode.find(values(), code);
    }

    /**
     * @param code a GB/T 4658 code
     * @return the entry with that code
     * @throws InvalidCodeException if the code is not in the list
     */
    public static Education ofCode(String code) {
        return findByCode(code).orElseThrow(() -> NationalCode.unknown("education (GB/T 4658)", code));
    }
}
