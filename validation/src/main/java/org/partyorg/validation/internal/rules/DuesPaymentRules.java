package org.partyorg.validation.internal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a dues payment (format 1.1): its shape, DUE-002 and DUE-003. The member's
 * part (DUE-001, DUE-004, DUE-005) and the arrears rule DUE-020 live in {@link ActivityRules}.
 */
public final class DuesPaymentRules {
    private static final Set<DuesCategory> PERCENTAGE =
            EnumSet.of(DuesCategory.SALARIED, DuesCategory.ANNUAL_SALARY, DuesCategory.SELF_EMPLOYED, DuesCategory.RETIREE);
    private static final BigDecimal HALF_FEN = new BigDecimal("0.005");
    private static final MathContext ONE_DIGIT_DOWN = new MathContext(1, RoundingMode.FLOOR);
    /** More integer digits than any monthly income in yuan has. */
    private static final int INCOME_DIGITS = 18;

    private DuesPaymentRules() {
    }

    /** A value as a message shows it: plain, or to 16 digits in exponent form when it is too long for that. */
    private static String shown(BigDecimal value, RoundingMode towards) {
        return value.precision() - value.scale() <= INCOME_DIGITS && value.scale() <= 2
                ? value.toPlainString() : value.round(new MathContext(16, towards)).toString();
    }

    private static boolean beyondAnyIncome(BigDecimal base) {
        return base != null && base.precision() - base.scale() > INCOME_DIGITS;
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
        BigDecimal base = Checks.money(s, d.base(), "base");
        BigDecimal amount = Checks.money(s, d.amount(), "amount");
        if (d.category() != null && amount != null && beyondAnyIncome(base) && PERCENTAGE.contains(d.category())) {
            // scaled to the fen, such a base would be a number as long as its exponent (1e10000000: ten
            // million digits, seconds of work and a message of megabytes). Rounded half up to the fen, the
            // minimum exceeds a whole-fen amount exactly when the unrounded one is at least half a fen more;
            // the difference floored to one digit keeps that verdict (half a fen is one digit) and is cheap
            // whatever the exponents
            BigDecimal exact = base.multiply(PartyDues.rate(d.category(), base));
            if (exact.subtract(amount, ONE_DIGIT_DOWN).compareTo(HALF_FEN) >= 0) {
                s.report(Rule.DUE_002, "amount", "amount", shown(amount, RoundingMode.FLOOR),
                        "minimum", shown(exact, RoundingMode.CEILING), "category", d.category().name());
            }
        } else if (d.category() != null && amount != null) {
            // the core dues calculator, so the rule and the API cannot disagree
            Optional<BigDecimal> minimum = PartyDues.minimum(d.category(), base);
            if (minimum.isPresent() && amount.compareTo(minimum.get()) < 0) {
                s.report(Rule.DUE_002, "amount", "amount", amount.toPlainString(), "minimum", minimum.get().toPlainString(),
                        "category", d.category().name());
            }
        }
        if (d.paidOn() != null && s.asOf() != null && d.paidOn().isAfter(s.asOf())) {
            s.report(Rule.DUE_003, "paidOn", "paidOn", d.paidOn(), "asOf", s.asOf());
        }
    }
}
