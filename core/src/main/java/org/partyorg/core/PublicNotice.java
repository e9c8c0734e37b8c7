package org.partyorg.core;

import java.time.LocalDate;

/**
 * The public notice (公示) of a candidate for admission, docs/format.md §10.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds (both are required).
 *
 * @param from its first day
 * @param to its last day
 */
public record PublicNotice(LocalDate from, LocalDate to) {
}
