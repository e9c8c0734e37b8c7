package org.partyorg.validation.internal.beanvalidation;

import org.partyorg.core.code.CreditCode;
import org.partyorg.core.constraints.ValidCreditCode;
import org.partyorg.validation.internal.rules.Checks;

/** {@link ValidCreditCode}: IDN-010 and IDN-011, as the bulk validators check them. */
public final class CreditCodeValidator extends CodeConstraintValidator<ValidCreditCode, CreditCode> {
    /** Registered through {@code META-INF/services}. */
    public CreditCodeValidator() {
        super("ValidCreditCode", CreditCode.class, CreditCode::lenient, Checks::creditCode);
    }
}
