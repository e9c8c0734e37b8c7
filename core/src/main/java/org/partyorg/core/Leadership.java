package org.partyorg.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The current elected or appointed leadership of an organization.
 *
 * <p>Immutable and thread-safe. Every component may be null (not known); {@code officers} is never
 * null (absent means empty) and is an unmodifiable copy.
 *
 * @param form committee, secretary only, or appointed
 * @param electedOn the date of the election or appointment
 * @param termYears the term in years (3-5 for elected leaderships, ORG-028)
 * @param officers the posts
 */
public record Leadership(LeadershipForm form, LocalDate electedOn, Integer termYears, List<Officer> officers) {

    /** Copies {@code officers}; null becomes empty. */
    public Leadership {
        officers = Lists.copy(officers);
    }

    /**
     * @return the day the term ends, {@code electedOn + termYears}, if both are known and that day
     *     is a {@code LocalDate} (a record keeps a term of 999,999,999 years as read; it ends on no
     *     such day)
     */
    public Optional<LocalDate> termEnd() {
        if (electedOn == null || termYears == null) {
            return Optional.empty();
        }
        long year = (long) electedOn.getYear() + termYears;
        if (year > Year.MAX_VALUE || year < Year.MIN_VALUE) {
            return Optional.empty();
        }
        return Optional.of(electedOn.plusYears(termYears));
    }
}
