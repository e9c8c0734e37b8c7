package org.partyorg.core;

/** The conclusion of an applicant's political review (政治审查). Exchanged as the constant's name. */
public enum PoliticalReview {
    /** 合格. */
    PASSED("合格"),
    /** 不合格. */
    FAILED("不合格");

    private final String chineseName;

    PoliticalReview(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
