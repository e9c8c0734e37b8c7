package org.partyorg.examples;

// tag::bv-own-class[]
import jakarta.validation.constraints.NotNull;
import org.partyorg.core.constraints.ValidCreditCode;
import org.partyorg.core.constraints.ValidDivisionCode;
import org.partyorg.core.constraints.ValidMobilePhone;
import org.partyorg.core.constraints.ValidResidentIdNumber;

/** A form of the application's own: partyorg's code constraints on plain strings. */
public record Registration(
        @NotNull @ValidResidentIdNumber String idNumber,
        @ValidMobilePhone String phone,
        @ValidDivisionCode String village,
        @ValidCreditCode String employer) {
}
// end::bv-own-class[]
