package org.partyorg.core;

import org.partyorg.core.code.CreditCode;
import org.partyorg.core.constraints.ValidCreditCode;

/**
 * A 单位 (unit) that an organization is built in. A joint branch lists each of its units.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; the validator
 * reports a missing {@code name} (DOC-010).
 *
 * @param name the unit's name (required)
 * @param creditCode its 统一社会信用代码 (GB 32100), may be null
 * @param unitKind the kind of unit, may be null
 */
public record Unit(
        String name,
        @ValidCreditCode CreditCode creditCode,
        UnitKind unitKind) {
}
