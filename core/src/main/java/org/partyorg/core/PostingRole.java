package org.partyorg.core;

/**
 * The role of a person posted to a village. Exchanged as the constant's name.
 */
public enum PostingRole {
    /** 驻村第一书记. */
    FIRST_SECRETARY("驻村第一书记"),
    /** 工作队队长. */
    TEAM_LEADER("工作队队长"),
    /** 工作队队员. */
    TEAM_MEMBER("工作队队员");

    private final String chineseName;

    PostingRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
