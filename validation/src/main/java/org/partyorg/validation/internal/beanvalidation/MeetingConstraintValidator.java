package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Meeting;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidMeeting;
import org.partyorg.validation.internal.rules.MeetingRules;

/**
 * {@link ValidMeeting}: the per-record rules of a Meeting (format 1.1), other than the lecturer's
 * code fields, which their own field constraints check; the same implementation the bulk validators
 * call.
 */
public final class MeetingConstraintValidator implements ConstraintValidator<ValidMeeting, Meeting> {

    @Override
    public boolean isValid(Meeting value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        MeetingRules.checkRecord(value, Scopes.of(sink, context, RecordType.MEETING));
        return sink.isValid();
    }
}
