package org.partyorg.core;

/** Why a member's organizational relationship moves, docs/format.md §13. */
public enum TransferReason {
    /** 工作变动. */
    JOB_CHANGE("工作变动"),
    /** 居住地变动. */
    RESIDENCE_CHANGE("居住地变动"),
    /** 升学. */
    STUDY("升学"),
    /** 退休. */
    RETIREMENT("退休"),
    /** 其他. */
    OTHER("其他");

    private final String chineseName;

    TransferReason(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
