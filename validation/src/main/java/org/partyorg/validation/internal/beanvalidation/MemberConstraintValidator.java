package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Member;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidMember;
import org.partyorg.validation.internal.rules.MemberRules;

/**
 * Validates {@link ValidMember}: the per-record rules of a {@link Member} other than its code
 * fields, which their own field constraints check. Calls {@code MemberRules.checkRecord}, the
 * implementation the bulk validators call.
 */
public final class MemberConstraintValidator implements ConstraintValidator<ValidMember, Member> {

    @Override
    public boolean isValid(Member value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        MemberRules.checkRecord(value, Scopes.of(sink, context, RecordType.MEMBER));
        return sink.isValid();
    }
}
