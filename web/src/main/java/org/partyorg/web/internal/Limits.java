package org.partyorg.web.internal;

import java.time.Duration;

/**
 * The server's limits on uploads.
 *
 * @param maxUploadBytes the largest upload
 * @param requestTime the longest time to receive and read one, and to wait for a turn
 * @param maxConcurrent how many are read at once
 * @param maxListedFindings the most findings a report lists
 */
public record Limits(long maxUploadBytes, Duration requestTime, int maxConcurrent, long maxListedFindings) {
}
