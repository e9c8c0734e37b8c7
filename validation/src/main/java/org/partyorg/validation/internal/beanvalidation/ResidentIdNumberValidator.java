package org.partyorg.validation.internal.beanvalidation;

import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.constraints.ValidResidentIdNumber;
import org.partyorg.validation.internal.rules.Checks;

/** {@link ValidResidentIdNumber}: IDN-001 to IDN-004 and IDN-007, as the bulk validators check them. */
public final class ResidentIdNumberValidator extends CodeConstraintValidator<ValidResidentIdNumber, ResidentIdNumber> {
    /** Registered through {@code META-INF/services}. */
    public ResidentIdNumberValidator() {
        super("ValidResidentIdNumber", ResidentIdNumber.class, ResidentIdNumber::lenient, Checks::idNumber);
    }
}
