/**
 * Bean Validation (Jakarta Validation 3.1) constraints on the records and code types. The
 * implementations live in {@code partyorg-validation} and are registered through
 * {@code META-INF/services}; they call the same rule implementations as the dataset and stream
 * validators, so {@code @Valid} and {@code partyorg validate} cannot disagree.
 *
 * <p><b>Nulls.</b> As Bean Validation wants: a null value is valid for a constraint on a single value
 * (combine with {@code @NotNull} where required). <b>Threads.</b> Annotations hold no state.
 */
package org.partyorg.core.constraints;
