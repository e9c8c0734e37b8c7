package org.partyorg.validation.rules;

import org.partyorg.core.Application;

/** The per-record rules of a Application (format 1.1). The rules that need other records live in {@link CrossRecordRules}. */
public final class ApplicationRules {
    private ApplicationRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param a the record
     * @param s the scope
     */
    public static void check(Application a, RecordScope s) {
        Checks.id(s, a.id());
    }
}
