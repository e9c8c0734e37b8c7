package org.partyorg.core.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.partyorg.core.Meeting} must pass partyorg's per-record rules: the same
 * implementation the dataset and stream validators call, so {@code @Valid} and
 * {@code partyorg validate} cannot disagree. Cross-record rules (references, sizes, duplicates)
 * need the whole dataset: see {@link ValidDataset}.
 *
 * <p>Rules that compare with "today" use the validator's {@code ClockProvider}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE})
@Retention(RUNTIME)
public @interface ValidMeeting {
    /** @return the message template (each finding uses its rule's own message) */
    String message() default "{org.partyorg.constraints.ValidMeeting.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
