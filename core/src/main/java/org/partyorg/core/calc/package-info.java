/**
 * Pure domain calculations: Party dues ({@link org.partyorg.core.calc.PartyDues}, the 2008 rules, in
 * {@link java.math.BigDecimal}) and member dates ({@link org.partyorg.core.calc.MemberDates}: standing,
 * age, probation end). The validator's rules call the same methods, so a rule and the API cannot
 * disagree.
 *
 * <p><b>Nulls.</b> Arguments may not be null unless a method says so. <b>Threads.</b> Stateless and
 * thread-safe.
 */
package org.partyorg.core.calc;
