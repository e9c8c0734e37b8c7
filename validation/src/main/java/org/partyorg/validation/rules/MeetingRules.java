package org.partyorg.validation.rules;

import org.partyorg.core.Meeting;

/** The per-record rules of a Meeting (format 1.1). The rules that need other records live in {@link CrossRecordRules}. */
public final class MeetingRules {
    private MeetingRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param m the record
     * @param s the scope
     */
    public static void check(Meeting m, RecordScope s) {
        Checks.id(s, m.id());
    }
}
