package org.partyorg.validation.internal.rules;

import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingKind;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a meeting (format 1.1): its shape, MTG-003's comparison with asOf, MTG-004
 * and MTG-005. The organization's part (MTG-001, MTG-002, the rest of MTG-003) and the cadence rules
 * live in {@link ActivityRules}.
 */
public final class MeetingRules {
    /** The longest topic, docs/format.md. */
    static final int MAX_TOPIC = 200;

    private MeetingRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param m the meeting
     * @param s the scope
     */
    public static void check(Meeting m, RecordScope s) {
        checkCodes(m, s);
        checkRecord(m, s);
    }

    /**
     * The lecturer's ID number and phone.
     *
     * @param m the meeting
     * @param s the scope
     */
    public static void checkCodes(Meeting m, RecordScope s) {
        if (m.lecturer() != null) {
            PersonRefs.checkCodes(m.lecturer(), s, "lecturer/");
        }
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param m the meeting
     * @param s the scope
     */
    public static void checkRecord(Meeting m, RecordScope s) {
        Checks.id(s, m.id());
        Checks.required(s, m.orgId(), "orgId");
        Checks.required(s, m.kind(), "kind");
        Checks.required(s, m.heldOn(), "heldOn");
        Integer expected = Checks.count(s, m.expected(), "expected");
        Integer present = Checks.count(s, m.present(), "present");
        if (m.topic() != null) {
            Checks.requiredText(s, m.topic(), MAX_TOPIC, "topic");
        }
        if (m.lecturer() != null) {
            Checks.required(s, m.lecturer().name(), "lecturer/name");
        }
        if (isAfterAsOf(m, s)) {
            s.report(Rule.MTG_003, "heldOn", "heldOn", m.heldOn(), "relation", Messages.AFTER,
                    "reference", "asOf " + s.asOf());
        }
        if (present != null && expected != null) {
            if (present > expected) {
                s.report(Rule.MTG_004, "present", "present", present, "expected", expected);
            } else if (m.kind() == MeetingKind.BRANCH_ASSEMBLY && 2L * present <= expected) {
                s.report(Rule.MTG_005, "present", "present", present, "expected", expected);
            }
        }
    }

    /**
     * @param m a meeting
     * @param s its scope
     * @return whether it is dated after asOf (MTG-003's first case, which decides it alone)
     */
    static boolean isAfterAsOf(Meeting m, RecordScope s) {
        return m.heldOn() != null && s.asOf() != null && m.heldOn().isAfter(s.asOf());
    }
}
