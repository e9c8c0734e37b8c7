package org.partyorg.validation.internal.beanvalidation;

import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.constraints.ValidDivisionCode;
import org.partyorg.validation.internal.rules.Checks;

/** {@link ValidDivisionCode}: IDN-020 (and IDN-021 when a registry is configured), as the bulk validators check them. */
public final class DivisionCodeValidator extends CodeConstraintValidator<ValidDivisionCode, DivisionCode> {
    /** Registered through {@code META-INF/services}. */
    public DivisionCodeValidator() {
        super("ValidDivisionCode", DivisionCode.class, DivisionCode::lenient, Checks::divisionCode);
    }
}
