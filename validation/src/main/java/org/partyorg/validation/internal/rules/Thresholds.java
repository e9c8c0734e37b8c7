package org.partyorg.validation.internal.rules;

/**
 * The numbers the regulations set, each in one place with its source, so that a revised regulation
 * is one change here (docs/rules.md cites the same sources). Format 1.1's rules read them from here.
 */
final class Thresholds {
    private Thresholds() {
    }

    /** 党章 Art. 1; 发展党员工作细则 (2014) Art. 5: applicants are at least 18 (DEV-003, as MEM-010). */
    static final int ADULT_AGE = 18;
    /** 细则 Art. 7: the organization talks with an applicant within one month (DEV-006). */
    static final int TALK_WITHIN_MONTHS = 1;
    /** 细则 Art. 13: at least a year as activist before becoming a candidate (DEV-007). */
    static final int ACTIVIST_YEARS = 1;
    /** 细则 Art. 9: one or two 培养联系人 (DEV-009). */
    static final int MAX_CONTACTS = 2;
    /** 党章 Art. 5; 细则 Art. 14: two 入党介绍人 (DEV-010). */
    static final int INTRODUCERS = 2;
    /** 细则 Art. 17: short concentrated training of at least three days or 24 学时 (DEV-014). */
    static final int TRAINING_HOURS = 24;
    /** 细则: the base committee approves within three months of the branch assembly (DEV-016, WARNING). */
    static final int APPROVAL_MONTHS = 3;
    /** 细则: six months at most in special cases (DEV-016, ERROR). */
    static final int APPROVAL_MONTHS_AT_MOST = 6;
    /** Provincial practice: 公示 of five working days (DEV-018; no public holidays are known). */
    static final int NOTICE_WEEKDAYS = 5;
    /** 党员教育管理工作条例 (2019) Art. 25 practice: a 介绍信 is valid three months at most (TRF-007). */
    static final int TRANSFER_LETTER_MONTHS = 3;
    /** 党章 Art. 9: six months without paying dues is regarded as leaving the Party (DUE-020). */
    static final int UNPAID_MONTHS = 6;
    /** 基层组织选举工作条例 (2020) Art. 13: committee candidates at least 20% more than seats (ELC-006): 6/5. */
    static final int CANDIDATES_PER_FIVE_SEATS = 6;
    /** 选举工作条例 (2020): valid only when more than four fifths attend (ELC-005). */
    static final int QUORUM_FIFTHS = 4;
    /** 选举工作条例 (2020) Art. 3: a postponed election lasts a year at most (ELC-009). */
    static final int POSTPONEMENT_YEARS = 1;
}
