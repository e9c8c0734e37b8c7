/**
 * Value types for national codes: {@link org.partyorg.core.code.ResidentIdNumber} (公民身份号码, GB 11643),
 * {@link org.partyorg.core.code.CreditCode} (统一社会信用代码, GB 32100),
 * {@link org.partyorg.core.code.DivisionCode} (NBS statistical division codes),
 * {@link org.partyorg.core.code.GridCode}, {@link org.partyorg.core.code.PhoneNumber}, and the code lists
 * {@link org.partyorg.core.code.Sex}, {@link org.partyorg.core.code.Ethnicity} and
 * {@link org.partyorg.core.code.Education}.
 *
 * <p>Each value type keeps what it was given ({@code lenient}) and says whether it is valid; strict
 * factories ({@code parse}) throw {@link org.partyorg.core.code.InvalidCodeException}, the one
 * exception family under {@link org.partyorg.core.PartyOrgException}. {@code toString()} masks personal
 * data.
 *
 * <p><b>Nulls.</b> Null arguments throw {@link java.lang.NullPointerException}; lookups that may miss
 * return {@link java.util.Optional}. <b>Threads.</b> Immutable, value-based and thread-safe.
 */
package org.partyorg.core.code;
