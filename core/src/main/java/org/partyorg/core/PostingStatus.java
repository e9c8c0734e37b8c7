package org.partyorg.core;

/**
 * Where a posting stands. Exchanged as the constant's name.
 */
public enum PostingStatus {
    /** 在岗. */
    SERVING("在岗"),
    /** 期满. */
    COMPLETED("期满"),
    /** 召回. */
    RECALLED("召回");

    private final String chineseName;

    PostingStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
