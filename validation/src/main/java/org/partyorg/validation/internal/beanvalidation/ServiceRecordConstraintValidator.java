package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidServiceRecord;
import org.partyorg.validation.internal.rules.ServiceRecordRules;

/**
 * Validates {@link ValidServiceRecord}: the per-record rules of a {@link ServiceRecord} other than its code
 * fields, which their own field constraints check. Calls {@code ServiceRecordRules.checkRecord}, the
 * implementation the bulk validators call.
 */
public final class ServiceRecordConstraintValidator implements ConstraintValidator<ValidServiceRecord, ServiceRecord> {

    @Override
    public boolean isValid(ServiceRecord value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        ServiceRecordRules.checkRecord(value, Scopes.of(sink, context, RecordType.SERVICE_RECORD));
        return sink.isValid();
    }
}
