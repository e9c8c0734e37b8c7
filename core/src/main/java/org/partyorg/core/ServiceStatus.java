package org.partyorg.core;

/**
 * Whether a grid service record is still open. Exchanged as the constant's name.
 */
public enum ServiceStatus {
    /** 未办结. */
    OPEN("未办结"),
    /** 已办结. */
    RESOLVED("已办结");

    private final String chineseName;

    ServiceStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
