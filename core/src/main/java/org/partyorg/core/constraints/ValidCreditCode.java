package org.partyorg.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated element must be a 统一社会信用代码 (GB 32100): shape (IDN-010) and check character (IDN-011).
 *
 * <p>Supported types: String or org.partyorg.core.code.CreditCode. {@code null} is valid (combine with {@code @NotNull}).
 * The validator lives in partyorg-validation and is registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 *
 * <p>The target deliberately lacks {@code METHOD}: on a record component a {@code METHOD}
 * target would also put the constraint on the accessor and report every violation twice.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidCreditCode {
    /** @return the message template */
    String message() default "{org.partyorg.constraints.ValidCreditCode.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
