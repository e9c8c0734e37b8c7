package org.partyorg.core;

import org.partyorg.core.code.CreditCode;
import org.partyorg.core.constraints.ValidCreditCode;

/**
 * The unit that sends a first secretary or work-team member (派出单位).
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds ({@code name} is
 * required).
 *
 * @param name the unit's name (required)
 * @param creditCode its 统一社会信用代码, may be null
 * @param level its administrative level, may be null
 * @param unitKind its kind, may be null
 */
public record SendingUnit(
        String name,
        @ValidCreditCode CreditCode creditCode,
        AdministrativeLevel level,
        UnitKind unitKind) {
}
