package org.partyorg.core;

/**
 * 综合网格 or 专属网格. Exchanged as the constant's name.
 */
public enum GridKind {
    /** 综合网格. */
    COMPREHENSIVE("综合网格"),
    /** 专属网格. */
    DEDICATED("专属网格");

    private final String chineseName;

    GridKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
