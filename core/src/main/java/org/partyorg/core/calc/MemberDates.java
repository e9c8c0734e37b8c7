package org.partyorg.core.calc;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.Member;

/**
 * Date calculations on members: age, Party standing (党龄), probation end.
 *
 * <p>All take the reference date as an argument, never the clock. Stateless and thread-safe; null
 * arguments throw {@link NullPointerException}.
 */
public final class MemberDates {
    private MemberDates() {
    }

    /**
     * @param birthDate the birth date
     * @param on the reference date
     * @return completed years of age on that date (周岁)
     */
    public static int ageOn(LocalDate birthDate, LocalDate on) {
        return Period.between(Objects.requireNonNull(birthDate, "birthDate"), Objects.requireNonNull(on, "on")).getYears();
    }

    /**
     * Party standing (党龄) counts from becoming a full member (转正); with an extended probation,
     * from the end of the extension, which is what {@code fullMemberOn} records.
     *
     * @param member the member
     * @param on the reference date
     * @return completed years of standing, or empty for a member with no {@code fullMemberOn}
     *     or one after {@code on}
     */
    public static Optional<Integer> partyStandingYears(Member member, LocalDate on) {
        LocalDate full = member.fullMemberOn();
        if (full == null || full.isAfter(Objects.requireNonNull(on, "on"))) {
            return Optional.empty();
        }
        return Optional.of(Period.between(full, on).getYears());
    }

    /**
     * @param admittedOn the branch meeting that admitted the probationary member
     * @param probationExtendedTo the end of an extended probation, may be null
     * @return the end of probation: the extension's end, else one year after admission
     */
    public static LocalDate probationEnd(LocalDate admittedOn, LocalDate probationExtendedTo) {
        Objects.requireNonNull(admittedOn, "admittedOn");
        return probationExtendedTo != null ? probationExtendedTo : admittedOn.plusYears(1);
    }
}
