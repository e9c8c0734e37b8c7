package org.partyorg.validation.rules;

import org.partyorg.core.Election;

/** The per-record rules of a Election (format 1.1). The rules that need other records live in {@link CrossRecordRules}. */
public final class ElectionRules {
    private ElectionRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param e the record
     * @param s the scope
     */
    public static void check(Election e, RecordScope s) {
        Checks.id(s, e.id());
    }
}
