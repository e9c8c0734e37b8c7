package org.partyorg.core;

import java.time.LocalDate;

/**
 * The branch assembly (支部大会) that voted on an admission, docs/format.md §10.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds ({@code heldOn} is
 * required).
 *
 * @param heldOn the meeting's date
 * @param eligible the full members with a vote who should attend (应到会有表决权的正式党员), may be null
 * @param present those present, may be null
 * @param inFavor the votes in favour, may be null
 */
public record Vote(LocalDate heldOn, Integer eligible, Integer present, Integer inFavor) {
}
