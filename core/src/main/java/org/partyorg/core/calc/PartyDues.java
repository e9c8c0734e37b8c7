package org.partyorg.core.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.PartyOrgException;

/**
 * Monthly Party dues (党费) under the 2008 rules, in yuan, with {@link BigDecimal} arithmetic.
 *
 * <p>Bracket tops are inclusive ("3000元以下（含3000元）"): a salaried member with an after-tax
 * base of exactly 3000.00 pays 0.5 %, with 3000.01 pays 1 %. The base is an input: what counts in
 * it (social insurance, housing fund) varies locally, so this class does not compute it.
 * Amounts are rounded to the fen (0.01 yuan) half-up; the national rules set no rounding, so
 * {@link #rate} is there for callers with a local rule.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException} unless stated.
 */
public final class PartyDues {
    private static final BigDecimal FIXED_MINIMUM = new BigDecimal("0.20");
    private static final BigDecimal FARMER_MAXIMUM = new BigDecimal("1.00");
    private static final BigDecimal B3000 = new BigDecimal("3000");
    private static final BigDecimal B5000 = new BigDecimal("5000");
    private static final BigDecimal B10000 = new BigDecimal("10000");
    private static final BigDecimal HALF = new BigDecimal("0.005");
    private static final BigDecimal ONE = new BigDecimal("0.010");
    private static final BigDecimal ONE_AND_HALF = new BigDecimal("0.015");
    private static final BigDecimal TWO = new BigDecimal("0.020");

    private PartyDues() {
    }

    /**
     * The monthly amount.
     *
     * @param category how dues are determined
     * @param base the after-tax monthly base in yuan for SALARIED, ANNUAL_SALARY, SELF_EMPLOYED and
     *     RETIREE; the provincial fixed amount (0.2-1 yuan) for FARMER; ignored (may be null) for
     *     STUDENT, UNEMPLOYED and RELIEF
     * @return the amount in yuan, scale 2
     * @throws PartyOrgException if the base is negative, or a farmer's amount is outside 0.2-1 yuan
     */
    public static BigDecimal monthly(DuesCategory category, BigDecimal base) {
        Objects.requireNonNull(category, "category");
        switch (category) {
            case STUDENT, UNEMPLOYED, RELIEF:
                return FIXED_MINIMUM;
            case FARMER:
                Objects.requireNonNull(base, "base");
                if (base.compareTo(FIXED_MINIMUM) < 0 || base.compareTo(FARMER_MAXIMUM) > 0) {
                    throw new PartyOrgException("a farmer member's monthly dues are 0.2-1 yuan, not " + base);
                }
                return base.setScale(2, RoundingMode.HALF_UP);
            default:
                return requireBase(base).multiply(rate(category, base)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * The least a member of the category owes for a month, as the dues rule DUE-002 judges a payment:
     * the computed amount for the percentage categories (SALARIED, ANNUAL_SALARY, SELF_EMPLOYED,
     * RETIREE), 0.20 yuan for FARMER (the lowest provincial amount), STUDENT, UNEMPLOYED and RELIEF.
     * Paying more is allowed (自愿多交).
     *
     * @param category how dues are determined
     * @param base the after-tax monthly base for a percentage category, may be null
     * @return the least amount, scale 2; empty for a percentage category without a base (it cannot be
     *     judged)
     * @throws PartyOrgException if the base is negative
     */
    public static Optional<BigDecimal> minimum(DuesCategory category, BigDecimal base) {
        switch (Objects.requireNonNull(category, "category")) {
            case FARMER, STUDENT, UNEMPLOYED, RELIEF:
                return Optional.of(FIXED_MINIMUM);
            default:
                return base == null ? Optional.empty() : Optional.of(monthly(category, base));
        }
    }

    /**
     * The rate that applies to a base, for the percentage categories.
     *
     * @param category SALARIED, ANNUAL_SALARY, SELF_EMPLOYED or RETIREE
     * @param base the after-tax monthly base in yuan
     * @return the rate as a fraction, e.g. {@code 0.015}
     * @throws PartyOrgException if the category pays a fixed amount, or the base is negative
     */
    public static BigDecimal rate(DuesCategory category, BigDecimal base) {
        requireBase(base);
        switch (Objects.requireNonNull(category, "category")) {
            case SALARIED, ANNUAL_SALARY, SELF_EMPLOYED:
                if (base.compareTo(B3000) <= 0) {
                    return HALF;
                }
                if (base.compareTo(B5000) <= 0) {
                    return ONE;
                }
                return base.compareTo(B10000) <= 0 ? ONE_AND_HALF : TWO;
            case RETIREE:
                return base.compareTo(B5000) <= 0 ? HALF : ONE;
            default:
                throw new PartyOrgException(category + " pays a fixed amount, not a rate");
        }
    }

    private static BigDecimal requireBase(BigDecimal base) {
        Objects.requireNonNull(base, "base");
        if (base.signum() < 0) {
            throw new PartyOrgException("the dues base cannot be negative: " + base);
        }
        return base;
    }
}
