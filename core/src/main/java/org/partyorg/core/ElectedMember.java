package org.partyorg.core;

/**
 * One person an election elected, with the votes in favour, docs/format.md §14.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds (both are required).
 *
 * @param memberId the member elected
 * @param votes the votes in favour
 */
public record ElectedMember(String memberId, Integer votes) {
}
