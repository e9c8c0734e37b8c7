package org.partyorg.core;

/**
 * 领域 (sector) of a basic-level organization: the seven fields of the source article, plus one. Exchanged as the constant's name.
 */
public enum Sector {
    /** 农村. */
    RURAL("农村"),
    /** 城市街道社区. */
    URBAN("城市街道社区"),
    /** 机关. */
    GOVERNMENT_ORGAN("机关"),
    /** 国有企业. */
    STATE_OWNED_ENTERPRISE("国有企业"),
    /** 高校. */
    UNIVERSITY("高校"),
    /** 公立医院. */
    PUBLIC_HOSPITAL("公立医院"),
    /** 新兴领域（非公企业、社会组织、新业态）. */
    EMERGING("新兴领域（非公企业、社会组织、新业态）"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    Sector(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
