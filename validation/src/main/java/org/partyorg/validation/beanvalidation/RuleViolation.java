package org.partyorg.validation.beanvalidation;

import org.partyorg.validation.Severity;

/**
 * The dynamic payload of every constraint violation partyorg raises, so that an application can
 * tell the rule and severity apart:
 * <pre>{@code
 * HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
 * RuleViolation rule = hv.getDynamicPayload(RuleViolation.class);
 * }</pre>
 *
 * @param ruleId the catalog id, e.g. {@code MEM-010}
 * @param severity the finding's severity
 * @param path the JSON Pointer relative to the validated object (e.g. {@code /admittedOn})
 */
public record RuleViolation(String ruleId, Severity severity, String path) {
}
