package org.partyorg.validation.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a dues payment (format 1.1): its shape, DUE-002 and DUE-003. The member's
 * part (DUE-001, DUE-004, DUE-005) and the arrears rule DUE-020 live in {@link ActivityRules}.
 */
public final class DuesPaymentRules {
    private DuesPaymentRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param d the payment
     * @param s the scope
     */
    public static void check(DuesPayment d, RecordScope s) {
        Checks.id(s, d.id());
        Checks.required(s, d.memberId(), "memberId");
        Checks.required(s, d.month(), "month");
        Checks.required(s, d.category(), "category");
        Checks.required(s, d.amount(), "amount");
        Checks.required(s, d.paidOn(), "paidOn");
        if (d.category() != null && d.amount() != null) {
            // the core dues calculator, so the rule and the API cannot disagree
            Optional<BigDecimal> minimum = PartyDues.minimum(d.category(), d.base());
            if (minimum.isPresent() && d.amount().compareTo(minimum.get()) < 0) {
                s.report(Rule.DUE_002, "amount", "amount", d.amount().toPlainString(), "minimum", minimum.get().toPlainString(),
                        "category", d.category().name());
            }
        }
        if (d.paidOn() != null && s.asOf() != null && d.paidOn().isAfter(s.asOf())) {
            s.report(Rule.DUE_003, "paidOn", "paidOn", d.paidOn(), "asOf", s.asOf());
        }
    }
}
