package org.partyorg.validation.internal.rules;

/**
 * The numbers the regulations set, each in one place with its source, so that a revised regulation
 * is one change here (docs/rules.md cites the same sources). Every rule reads them from here.
 */
final class Thresholds {
    private Thresholds() {
    }

    // format 1.0: organizations

    /** 党章 Art. 30; 支部工作条例 Art. 4: a branch needs three full members (ORG-010). */
    static final int BRANCH_MIN_FULL_MEMBERS = 3;
    /** 支部工作条例 Art. 4: a branch has in principle at most 50 members (ORG-011). */
    static final int BRANCH_USUAL_MAX_MEMBERS = 50;
    /** 支部工作条例 Art. 4: 50 members or more make a general branch (ORG-012). */
    static final int GENERAL_BRANCH_FROM_MEMBERS = 50;
    /** 党和国家机关基层组织工作条例; 农村基层组织工作条例 Art. 5: 100 members or more make a basic committee (ORG-012). */
    static final int BASIC_COMMITTEE_FROM_MEMBERS = 100;
    /** 支部工作条例 Ch. 6: seven full members or more elect a committee (ORG-020, ORG-021). */
    static final int COMMITTEE_FROM_FULL_MEMBERS = 7;
    /** 支部工作条例 Ch. 6: a branch committee has 3 to 5 members, 7 at most (ORG-022). */
    static final int COMMITTEE_MIN_OFFICERS = 3;
    /** As above: the norm's upper end (ORG-022 WARNING above it). */
    static final int COMMITTEE_USUAL_MAX_OFFICERS = 5;
    /** As above: the limit (ORG-022 ERROR above it). */
    static final int COMMITTEE_MAX_OFFICERS = 7;
    /** 党章 Art. 31; 关于党的基层组织任期的意见 (2018): terms of three to five years (ORG-028). */
    static final int TERM_MIN_YEARS = 3;
    /** As above: the longest term (ORG-028 ERROR beyond it). */
    static final int TERM_MAX_YEARS = 5;
    /** 农村基层组织工作条例: a village-level organization's term is five years (ORG-028 WARNING otherwise). */
    static final int VILLAGE_TERM_YEARS = 5;
    /** 支部工作条例 Ch. 2: a joint branch spans in principle at most five units (ORG-030). */
    static final int JOINT_BRANCH_MAX_HOST_UNITS = 5;

    // format 1.0: members

    /** 党章 Art. 7: probation is one year (MEM-012; the end of probation for MEM-014). */
    static final int PROBATION_YEARS = 1;
    /** 党章 Art. 7: extended by at most a year, so two years at most (MEM-013, MEM-015). */
    static final int PROBATION_MAX_YEARS = 2;
    /** 党章 Art. 7: an extension lasts at least six months (MEM-015). */
    static final int PROBATION_MIN_EXTENSION_MONTHS = 6;
    /** 发展党员工作细则 Art. 32: the decision on a probationer is due within three months of the end (MEM-014). */
    static final int PROBATION_DECISION_MONTHS = 3;
    /** 党员教育管理工作条例 (2019): six months out of contact, and suspension is due (MEM-017). */
    static final int LOST_CONTACT_MONTHS = 6;
    /** 党员教育管理工作条例 (2019): two years suspended, and removal is due (MEM-018). */
    static final int SUSPENSION_YEARS = 2;

    // format 1.0: grids

    /** 城乡社区网格化服务管理规范: a grid of 300 to 500 households, so at most 500 (GRID-004). */
    static final int GRID_MAX_HOUSEHOLDS = 500;
    /** 城乡社区网格化服务管理规范: at most 2,500 people (GRID-005). */
    static final int GRID_MAX_POPULATION = 2500;

    // format 1.0: postings

    /** 关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021): a posting lasts in general at least two years (PST-004). */
    static final int POSTING_MIN_YEARS = 2;
    /** As above: a first secretary is a full member of at least a year's standing (PST-008). */
    static final int FIRST_SECRETARY_STANDING_YEARS = 1;

    // format 1.1

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
    /** 选举工作条例 (2020) Art. 3: a postponed election lasts a year at most (ORG-029, ELC-009). */
    static final int POSTPONEMENT_YEARS = 1;
}
