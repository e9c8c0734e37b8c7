package org.partyorg.core.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.partyorg.core.Dataset} must pass every partyorg rule, per record and
 * across records, evaluated as of the dataset's own {@code asOf} date: the same validation as
 * {@code partyorg validate}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE})
@Retention(RUNTIME)
public @interface ValidDataset {
    /** @return the message template (each finding uses its rule's own message) */
    String message() default "{org.partyorg.constraints.ValidDataset.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
