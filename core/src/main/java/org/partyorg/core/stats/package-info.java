/**
 * Counts over a dataset ({@link org.partyorg.core.stats.DatasetStatistics}): organizations by type and
 * sector, members by stage and status, secretaries by background, grids, service records, postings, and
 * the format 1.1 activity records.
 *
 * <p><b>Nulls.</b> A record whose counted value is null or unreadable is left out of that count (the
 * validator reports it); the maps hold no null keys. <b>Threads.</b> A statistics value is immutable and
 * thread-safe; its builder is not.
 */
package org.partyorg.core.stats;
