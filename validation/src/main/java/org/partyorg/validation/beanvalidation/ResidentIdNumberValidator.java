package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.rules.Checks;
import org.partyorg.validation.rules.RecordScope;

/**
 * Validates {@link org.partyorg.core.constraints.ResidentIdNumber} on a {@code String} or a
 * {@link ResidentIdNumber} with the same check as the bulk validators (IDN-001 to IDN-004 and IDN-007).
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<org.partyorg.core.constraints.ResidentIdNumber, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        ResidentIdNumber code;
        if (value == null) {
            return true;
        } else if (value instanceof ResidentIdNumber v) {
            code = v;
        } else if (value instanceof CharSequence text) {
            code = ResidentIdNumber.lenient(text.toString());
        } else {
            throw new jakarta.validation.ValidationException(
                    "@ResidentIdNumber applies to String and ResidentIdNumber, not " + value.getClass().getName());
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        RecordScope scope = Scopes.of(sink, context, RecordType.MEMBER);
        Checks.idNumber(scope, code, "");
        return sink.isValid();
    }
}
