package org.partyorg.core;

import java.time.OffsetDateTime;

/**
 * Where a dataset came from.
 *
 * <p>Immutable and thread-safe. Every component may be null (not known).
 *
 * @param system the producing system
 * @param exportedAt when it was exported
 */
public record Source(String system, OffsetDateTime exportedAt) {
}
