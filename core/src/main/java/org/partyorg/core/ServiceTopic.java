package org.partyorg.core;

/**
 * The topic of a grid service record. Exchanged as the constant's name.
 */
public enum ServiceTopic {
    /** 人居环境. */
    ENVIRONMENT("人居环境"),
    /** 安全. */
    SAFETY("安全"),
    /** 民生. */
    LIVELIHOOD("民生"),
    /** 养老. */
    ELDERLY_CARE("养老"),
    /** 纠纷. */
    DISPUTE("纠纷"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    ServiceTopic(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
