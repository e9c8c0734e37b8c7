package org.partyorg.core;

/** Where a transfer of the organizational relationship stands (组织关系转接), docs/format.md §13. */
public enum TransferStatus {
    /** 在途: the letter is issued, not yet received. */
    IN_TRANSIT("在途"),
    /** 已接收. */
    RECEIVED("已接收"),
    /** 已退回. */
    RETURNED("已退回"),
    /** 已撤销. */
    CANCELLED("已撤销");

    private final String chineseName;

    TransferStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
