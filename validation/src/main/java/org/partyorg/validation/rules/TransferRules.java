package org.partyorg.validation.rules;

import org.partyorg.core.Transfer;

/** The per-record rules of a Transfer (format 1.1). The rules that need other records live in {@link CrossRecordRules}. */
public final class TransferRules {
    private TransferRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param t the record
     * @param s the scope
     */
    public static void check(Transfer t, RecordScope s) {
        Checks.id(s, t.id());
    }
}
