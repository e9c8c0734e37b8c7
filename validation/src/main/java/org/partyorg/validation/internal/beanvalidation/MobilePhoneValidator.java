package org.partyorg.validation.internal.beanvalidation;

import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.constraints.ValidMobilePhone;
import org.partyorg.validation.internal.rules.Checks;

/** {@link ValidMobilePhone}: IDN-030, as the bulk validators check it. */
public final class MobilePhoneValidator extends CodeConstraintValidator<ValidMobilePhone, PhoneNumber> {
    /** Registered through {@code META-INF/services}. */
    public MobilePhoneValidator() {
        super("ValidMobilePhone", PhoneNumber.class, PhoneNumber::lenient, Checks::phone);
    }
}
