package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Organization;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidOrganization;
import org.partyorg.validation.internal.rules.OrganizationRules;

/**
 * Validates {@link ValidOrganization}: the per-record rules of a {@link Organization} other than its code
 * fields, which their own field constraints check. Calls {@code OrganizationRules.checkRecord}, the
 * implementation the bulk validators call.
 */
public final class OrganizationConstraintValidator implements ConstraintValidator<ValidOrganization, Organization> {

    @Override
    public boolean isValid(Organization value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        OrganizationRules.checkRecord(value, Scopes.of(sink, context, RecordType.ORGANIZATION));
        return sink.isValid();
    }
}
