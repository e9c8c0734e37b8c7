package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Set;
import org.partyorg.core.RecordType;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.RecordScope;

/** Scopes for Bean Validation: paths relative to the validated object, "today" from the ClockProvider. */
final class Scopes {
    private Scopes() {
    }

    static RecordScope of(ConstraintContextSink sink, ConstraintValidatorContext context, RecordType type) {
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        RecordScope scope = new RecordScope(sink, PathLayout.RELATIVE, ValidationOptions.defaults(), today);
        scope.begin(type, 0, 0, null, Set.of());
        return scope;
    }
}
