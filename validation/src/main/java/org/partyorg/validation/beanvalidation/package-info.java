/**
 * The Bean Validation constraint validators of the constraints in {@code org.partyorg.core.constraints},
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}; applications do
 * not call them directly. Each calls the same per-record rules as the bulk validators and reports each
 * finding as a constraint violation whose message is the rule's (by key, in the validator's locale).
 *
 * <p><b>Threads.</b> Stateless and thread-safe, as Bean Validation requires.
 */
package org.partyorg.validation.beanvalidation;
