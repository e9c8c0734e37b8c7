package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferStatus;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a transfer of the organizational relationship (format 1.1): its shape,
 * TRF-003, TRF-005, TRF-006 and TRF-007. The rules that need the member or the organizations
 * (TRF-001, TRF-002, TRF-004, TRF-008, TRF-009) live in {@link ActivityRules}.
 */
public final class TransferRules {
    /** The longest name of an outside organization, docs/format.md. */
    static final int MAX_NAME = 100;

    private TransferRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param t the transfer
     * @param s the scope
     */
    public static void check(Transfer t, RecordScope s) {
        Checks.id(s, t.id());
        Checks.required(s, t.memberId(), "memberId");
        Checks.required(s, t.issuedOn(), "issuedOn");
        Checks.required(s, t.status(), "status");
        if (t.fromName() != null) {
            Checks.requiredText(s, t.fromName(), MAX_NAME, "fromName");
        }
        if (t.toName() != null) {
            Checks.requiredText(s, t.toName(), MAX_NAME, "toName");
        }
        boolean neither = t.fromOrgId() == null && t.toOrgId() == null && !s.isFlagged("fromOrgId") && !s.isFlagged("toOrgId");
        boolean same = t.fromOrgId() != null && t.fromOrgId().equals(t.toOrgId());
        if (neither || same) {
            s.report(Rule.TRF_003, "toOrgId", "value", same ? t.toOrgId() : "-");
        }
        TransferStatus status = t.status();
        if (status == TransferStatus.RECEIVED ? t.receivedOn() == null && !s.isFlagged("receivedOn")
                : status != null && t.receivedOn() != null) {
            s.report(Rule.TRF_005, "receivedOn", "status", status.name());
        }
        dates(t, s);
        LocalDate asOf = s.asOf();
        if (status == TransferStatus.IN_TRANSIT && t.issuedOn() != null && asOf != null
                && t.issuedOn().plusMonths(Thresholds.TRANSFER_LETTER_MONTHS).isBefore(asOf)) {
            s.report(Rule.TRF_007, "status", "issuedOn", t.issuedOn(), "asOf", asOf);
        }
    }

    /** TRF-006: received after issued, neither after asOf; one finding per field. */
    private static void dates(Transfer t, RecordScope s) {
        LocalDate asOf = s.asOf();
        LocalDate issued = t.issuedOn();
        LocalDate received = t.receivedOn();
        if (issued != null && asOf != null && issued.isAfter(asOf)) {
            s.report(Rule.TRF_006, "issuedOn", "field", "issuedOn", "date", issued, "relation", Messages.AFTER, "reference", "asOf " + asOf);
        }
        if (received != null) {
            if (issued != null && received.isBefore(issued)) {
                s.report(Rule.TRF_006, "receivedOn", "field", "receivedOn", "date", received, "relation", Messages.BEFORE,
                        "reference", "issuedOn " + issued);
            } else if (asOf != null && received.isAfter(asOf)) {
                s.report(Rule.TRF_006, "receivedOn", "field", "receivedOn", "date", received, "relation", Messages.AFTER, "reference", "asOf " + asOf);
            }
        }
    }
}
