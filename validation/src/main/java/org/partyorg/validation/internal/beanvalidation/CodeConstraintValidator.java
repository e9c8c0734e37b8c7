package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.annotation.Annotation;
import java.util.function.Function;
import org.partyorg.core.RecordType;
import org.partyorg.validation.internal.rules.RecordScope;

/**
 * The one implementation behind the code constraints ({@code @ValidResidentIdNumber},
 * {@code @ValidCreditCode}, {@code @ValidDivisionCode}, {@code @ValidMobilePhone}): accepts the value
 * type or any {@code CharSequence}, and runs the same check as the bulk validators. Bean Validation
 * finds validators by the annotation they implement, so each constraint keeps a one-line subclass.
 *
 * <p>Stateless and thread-safe.
 *
 * @param <A> the constraint annotation
 * @param <C> the value type
 */
abstract class CodeConstraintValidator<A extends Annotation, C> implements ConstraintValidator<A, Object> {
    /** The check the bulk validators run on a code field, reporting to a scope. */
    interface Check<C> {
        void run(RecordScope scope, C code, String field);
    }

    private final String constraint;
    private final Class<C> type;
    private final Function<String, C> lenient;
    private final Check<C> check;

    CodeConstraintValidator(String constraint, Class<C> type, Function<String, C> lenient, Check<C> check) {
        this.constraint = constraint;
        this.type = type;
        this.lenient = lenient;
        this.check = check;
    }

    @Override
    public final boolean isValid(Object value, ConstraintValidatorContext context) {
        C code;
        if (value == null) {
            return true;
        } else if (type.isInstance(value)) {
            code = type.cast(value);
        } else if (value instanceof CharSequence text) {
            code = lenient.apply(text.toString());
        } else {
            throw new ValidationException("@" + constraint + " applies to String and " + type.getSimpleName() + ", not "
                    + value.getClass().getName());
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        check.run(Scopes.of(sink, context, RecordType.MEMBER), code, "");
        return sink.isValid();
    }
}
