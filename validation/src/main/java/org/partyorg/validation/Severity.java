package org.partyorg.validation;

/**
 * How serious a finding is (docs/format.md §8).
 */
public enum Severity {
    /** The data breaks a rule that 应当/必须 hold. */
    ERROR,
    /** The data departs from a default that 一般/原则上 holds, or looks wrong. */
    WARNING,
    /** A note. */
    INFO;

    /**
     * @param threshold the lowest severity that counts
     * @return whether this severity is at or above the threshold (ERROR is highest)
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
