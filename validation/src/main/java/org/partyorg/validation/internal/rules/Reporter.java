package org.partyorg.validation.internal.rules;

import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/** Reports findings about one record, at fields relative to it. */
interface Reporter {
    /**
     * @param rule the rule
     * @param severity the severity of this case
     * @param field the relative path, {@code ""} for the record
     * @param args alternating message parameter names and values
     */
    void report(Rule rule, Severity severity, String field, Object... args);

    /**
     * Reports at the rule's (higher) severity.
     *
     * @param rule the rule
     * @param field the relative path
     * @param args alternating message parameter names and values
     */
    default void report(Rule rule, String field, Object... args) {
        report(rule, rule.severity(), field, args);
    }
}
