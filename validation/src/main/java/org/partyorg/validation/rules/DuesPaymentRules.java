package org.partyorg.validation.rules;

import org.partyorg.core.DuesPayment;

/** The per-record rules of a DuesPayment (format 1.1). The rules that need other records live in {@link CrossRecordRules}. */
public final class DuesPaymentRules {
    private DuesPaymentRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param d the record
     * @param s the scope
     */
    public static void check(DuesPayment d, RecordScope s) {
        Checks.id(s, d.id());
    }
}
