package org.partyorg.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.spi.DivisionRegistry;

/**
 * How to validate: message locale, an integrator's profile (severities overridden, rules
 * disabled), limits, and an optional division registry (IDN-021).
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return modified copies, in the manner
 * of java.time. Null arguments throw {@link NullPointerException} unless stated.
 */
public final class ValidationOptions {
    private static final ValidationOptions DEFAULTS = new ValidationOptions(Locale.SIMPLIFIED_CHINESE,
            new EnumMap<>(Rule.class), EnumSet.noneOf(Rule.class), Long.MAX_VALUE, Long.MAX_VALUE, null);

    private final Locale locale;
    private final Map<Rule, Severity> severities;
    private final Set<Rule> disabled;
    private final long maxListedFindings;
    private final long stopAfterErrors;
    private final DivisionRegistry divisionRegistry;

    private ValidationOptions(Locale locale, Map<Rule, Severity> severities, Set<Rule> disabled, long maxListedFindings,
            long stopAfterErrors, DivisionRegistry divisionRegistry) {
        this.locale = locale;
        this.severities = severities;
        this.disabled = disabled;
        this.maxListedFindings = maxListedFindings;
        this.stopAfterErrors = stopAfterErrors;
        this.divisionRegistry = divisionRegistry;
    }

    /**
     * @return Chinese messages, every rule enabled at its catalog severity, no limits, no division
     *     registry
     */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param locale the message locale; Chinese for any {@code zh} locale, English otherwise
     * @return a copy using that locale
     */
    public ValidationOptions withLocale(Locale locale) {
        return new ValidationOptions(Objects.requireNonNull(locale, "locale"), severities, disabled, maxListedFindings,
                stopAfterErrors, divisionRegistry);
    }

    /**
     * Overrides a rule's severity: every finding of the rule gets this severity.
     *
     * @param ruleId a catalog id such as {@code ORG-011}
     * @param severity the severity to report
     * @return a copy with the override
     * @throws PartyOrgException if the catalog has no such rule
     */
    public ValidationOptions withSeverity(String ruleId, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        Map<Rule, Severity> copy = new EnumMap<>(Rule.class);
        copy.putAll(severities);
        copy.put(rule(ruleId), severity);
        return new ValidationOptions(locale, copy, disabled, maxListedFindings, stopAfterErrors, divisionRegistry);
    }

    /**
     * @param ruleIds catalog ids of rules to switch off
     * @return a copy without those rules
     * @throws PartyOrgException if the catalog has no such rule
     */
    public ValidationOptions withRulesDisabled(String... ruleIds) {
        Set<Rule> copy = disabled.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(disabled);
        for (String id : ruleIds) {
            copy.add(rule(id));
        }
        return new ValidationOptions(locale, severities, copy, maxListedFindings, stopAfterErrors, divisionRegistry);
    }

    /**
     * Lists at most this many findings (the first ones in report order); counting goes on.
     *
     * @param max at least 0
     * @return a copy with the limit
     */
    public ValidationOptions withMaxListedFindings(long max) {
        if (max < 0) {
            throw new PartyOrgException("maxListedFindings cannot be negative: " + max);
        }
        return new ValidationOptions(locale, severities, disabled, max, stopAfterErrors, divisionRegistry);
    }

    /**
     * Fail fast: stops validating once this many ERROR findings were found. The report then says
     * it is incomplete.
     *
     * @param errors at least 1
     * @return a copy with the limit
     */
    public ValidationOptions withStopAfterErrors(long errors) {
        if (errors < 1) {
            throw new PartyOrgException("stopAfterErrors must be at least 1: " + errors);
        }
        return new ValidationOptions(locale, severities, disabled, maxListedFindings, errors, divisionRegistry);
    }

    /**
     * @param registry the registry that well-formed division codes must be in (IDN-021), or null for none
     * @return a copy using it
     */
    public ValidationOptions withDivisionRegistry(DivisionRegistry registry) {
        return new ValidationOptions(locale, severities, disabled, maxListedFindings, stopAfterErrors, registry);
    }

    /** @return the message locale */
    public Locale locale() {
        return locale;
    }

    /**
     * @param rule a rule
     * @return whether it runs
     */
    public boolean isEnabled(Rule rule) {
        return !disabled.contains(rule);
    }

    /**
     * @param rule a rule
     * @return the overriding severity, if the profile sets one
     */
    public Optional<Severity> severityOverride(Rule rule) {
        return Optional.ofNullable(severities.get(rule));
    }

    /** @return the disabled rules */
    public Set<Rule> disabledRules() {
        return Collections.unmodifiableSet(disabled);
    }

    /** @return how many findings a report lists at most */
    public long maxListedFindings() {
        return maxListedFindings;
    }

    /** @return after how many errors validation stops */
    public long stopAfterErrors() {
        return stopAfterErrors;
    }

    /** @return the division registry for IDN-021, if one is configured */
    public Optional<DivisionRegistry> divisionRegistry() {
        return Optional.ofNullable(divisionRegistry);
    }

    private static Rule rule(String id) {
        Objects.requireNonNull(id, "ruleId");
        return Rule.ofId(id);
    }
}
