package org.partyorg.core;

/**
 * How far an application for membership has come (发展党员), docs/format.md §10. Exchanged as the
 * constant's name.
 */
public enum ApplicationStage {
    /** 入党申请人: the application letter is in. */
    APPLICANT("入党申请人"),
    /** 入党积极分子. */
    ACTIVIST("入党积极分子"),
    /** 发展对象. */
    CANDIDATE("发展对象"),
    /** Approved as probationary member (预备党员). */
    ADMITTED("预备党员"),
    /** Not pursued: withdrawn, not accepted or lapsed. */
    CLOSED("已终止");

    private final String chineseName;

    ApplicationStage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether an application at this stage is open (APPLICANT, ACTIVIST or CANDIDATE) */
    public boolean isOpen() {
        return this == APPLICANT || this == ACTIVIST || this == CANDIDATE;
    }
}
