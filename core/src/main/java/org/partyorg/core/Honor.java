package org.partyorg.core;

/**
 * An honor an organization received, e.g. 全国先进基层党组织.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; the validator
 * reports a missing {@code title} (DOC-010).
 *
 * @param title the honor's title (required)
 * @param level the level of the awarding body, may be null
 * @param year the year awarded, may be null
 * @param awardedBy the awarding body, may be null
 */
public record Honor(String title, HonorLevel level, Integer year, String awardedBy) {
}
