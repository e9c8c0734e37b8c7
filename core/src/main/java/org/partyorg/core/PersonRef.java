package org.partyorg.core;

import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.constraints.ValidMobilePhone;
import org.partyorg.core.constraints.ValidResidentIdNumber;

/**
 * A person named by a grid, service record or posting, who may or may not be a member.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds ({@code name} is
 * required, and {@code idNumber} too on a posting's person). {@link #toString()} masks the ID
 * number and phone.
 *
 * @param name the name (required)
 * @param memberId the member record of this person, may be null
 * @param idNumber the 公民身份号码, may be null
 * @param phone a mainland mobile number, may be null
 */
public record PersonRef(
        String name,
        String memberId,
        @ValidResidentIdNumber ResidentIdNumber idNumber,
        @ValidMobilePhone PhoneNumber phone) {

    /**
     * @param name the name
     * @param memberId the member id
     * @return a reference with only a name and member id
     */
    public static PersonRef of(String name, String memberId) {
        return new PersonRef(name, memberId, null, null);
    }
}
