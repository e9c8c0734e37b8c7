package org.partyorg.core;

/**
 * 预备党员 or 正式党员. Exchanged as the constant's name.
 */
public enum MemberStage {
    /** 预备党员. */
    PROBATIONARY("预备党员"),
    /** 正式党员. */
    FULL("正式党员");

    private final String chineseName;

    MemberStage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
