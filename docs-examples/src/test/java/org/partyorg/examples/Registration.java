package org.partyorg.examples;

// tag::bv-own-class[]
import jakarta.validation.constraints.NotNull;
import org.partyorg.core.constraints.CreditCode;
import org.partyorg.core.constraints.DivisionCode;
import org.partyorg.core.constraints.MobilePhone;
import org.partyorg.core.constraints.ResidentIdNumber;

/** A form of the application's own: partyorg's code constraints on plain strings. */
public record Registration(
        @NotNull @ResidentIdNumber String idNumber,
        @MobilePhone String phone,
        @DivisionCode String village,
        @CreditCode String employer) {
}
// end::bv-own-class[]
