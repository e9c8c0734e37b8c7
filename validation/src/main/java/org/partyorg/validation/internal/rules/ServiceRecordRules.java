package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.validation.Rule;

/** The per-record rules of a grid service record. The grid reference lives in {@link CrossRecordRules}. */
public final class ServiceRecordRules {
    private ServiceRecordRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param r the record
     * @param s the scope
     */
    public static void check(ServiceRecord r, RecordScope s) {
        checkCodes(r, s);
        checkRecord(r, s);
    }

    /**
     * The worker's ID number and phone.
     *
     * @param r the record
     * @param s the scope
     */
    public static void checkCodes(ServiceRecord r, RecordScope s) {
        if (r.worker() != null) {
            PersonRefs.checkCodes(r.worker(), s, "worker/");
        }
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param r the record
     * @param s the scope
     */
    public static void checkRecord(ServiceRecord r, RecordScope s) {
        Checks.id(s, r.id());
        Checks.required(s, r.gridId(), "gridId");
        Checks.required(s, r.date(), "date");
        Checks.required(s, r.category(), "category");
        Checks.required(s, r.status(), "status");
        if (r.worker() != null) {
            Checks.required(s, r.worker().name(), "worker/name");
        }
        Checks.count(s, r.households(), "households");

        LocalDate asOf = s.asOf();
        if (asOf != null && r.date() != null && r.date().isAfter(asOf)) {
            s.report(Rule.SVC_002, "date", "date", r.date(), "asOf", asOf);
        }
        if (r.status() == ServiceStatus.RESOLVED && r.resolvedOn() == null && !s.isFlagged("resolvedOn")) {
            s.report(Rule.SVC_003, "resolvedOn", "status", r.status().name());
        } else if (r.status() == ServiceStatus.OPEN && r.resolvedOn() != null) {
            s.report(Rule.SVC_003, "resolvedOn", "status", r.status().name());
        }
        LocalDate resolved = r.resolvedOn();
        if (resolved != null && ((r.date() != null && resolved.isBefore(r.date())) || (asOf != null && resolved.isAfter(asOf)))) {
            s.report(Rule.SVC_004, "resolvedOn", "resolvedOn", resolved, "date", r.date() == null ? "-" : r.date(),
                    "asOf", asOf == null ? "-" : asOf);
        }
    }
}
