package org.partyorg.validation.beanvalidation;

import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.constraints.ValidMobilePhone;
import org.partyorg.validation.rules.Checks;

/** {@link ValidMobilePhone}: IDN-030, as the bulk validators check it. */
public final class MobilePhoneValidator extends CodeConstraintValidator<ValidMobilePhone, PhoneNumber> {
    /** Registered through {@code META-INF/services}. */
    public MobilePhoneValidator() {
        super("ValidMobilePhone", PhoneNumber.class, PhoneNumber::lenient, Checks::phone);
    }
}
