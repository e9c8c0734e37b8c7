package org.partyorg.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The meetings an organization owes in each calendar period (三会一课 and the rest of Party life), and
 * the periods in which it owes them: the calendar behind the cadence rules MTG-020 to MTG-026 of
 * docs/rules.md, shared by those rules and {@code DatasetStatistics} so that a count of missed
 * periods and a finding can never disagree.
 *
 * <ul>
 *   <li>A BRANCH or JOINT_BRANCH owes a BRANCH_ASSEMBLY each quarter (支部工作条例 Art. 11), a THEMED_DAY
 *       each month, a PARTY_LECTURE, a LIFE_MEETING (Art. 17) and a DEMOCRATIC_REVIEW each year, and
 *       when its leadership form is COMMITTEE a BRANCH_COMMITTEE meeting each month (Art. 12).</li>
 *   <li>A PARTY_GROUP owes a PARTY_GROUP_MEETING each month (Art. 13).</li>
 *   <li>Other organizations owe none.</li>
 * </ul>
 *
 * <p>Only whole calendar periods count: those that lie entirely inside [{@code coverageFrom},
 * {@code asOf}] and in which the organization is live from the first day to the last (established on
 * or before the first day, not dissolved by the last). A coverage starting on the 2nd of a month does
 * not judge that month, nor its quarter or year.
 *
 * <p>A static utility; its values are immutable and thread-safe.
 */
public final class MeetingCadence {
    private MeetingCadence() {
    }

    /** The calendar periods of the cadence: months, quarters and years, each starting on its first day. */
    public enum Period {
        /** A calendar month. */
        MONTH(1),
        /** A calendar quarter (January, April, July, October). */
        QUARTER(3),
        /** A calendar year. */
        YEAR(12);

        private final int months;

        Period(int months) {
            this.months = months;
        }

        /** @return the period's length in months: 1, 3 or 12 */
        public int months() {
            return months;
        }

        /**
         * @param start a period's first month, as {@link #wholePeriods} returns it
         * @return how reports name it: {@code 2023-07}, {@code 2023-Q3} or {@code 2023}
         * @throws NullPointerException if {@code start} is null
         */
        public String name(YearMonth start) {
            return switch (this) {
                case YEAR -> Integer.toString(start.getYear());
                case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
                case MONTH -> start.toString();
            };
        }
    }

    /**
     * A kind of meeting owed once in each period.
     *
     * @param kind the kind of meeting, never null
     * @param period the period, never null
     */
    public record Obligation(MeetingKind kind, Period period) {
        /**
         * @throws NullPointerException if either is null
         */
        public Obligation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
        }
    }

    private static final List<Obligation> BRANCH = List.of(
            new Obligation(MeetingKind.BRANCH_ASSEMBLY, Period.QUARTER),
            new Obligation(MeetingKind.THEMED_DAY, Period.MONTH),
            new Obligation(MeetingKind.PARTY_LECTURE, Period.YEAR),
            new Obligation(MeetingKind.LIFE_MEETING, Period.YEAR),
            new Obligation(MeetingKind.DEMOCRATIC_REVIEW, Period.YEAR));
    /** A branch's, with the committee's monthly meeting second, in the order of the rules (MTG-020, MTG-021, MTG-023, ...). */
    private static final List<Obligation> BRANCH_WITH_COMMITTEE = Stream.of(BRANCH.subList(0, 1),
            List.of(new Obligation(MeetingKind.BRANCH_COMMITTEE, Period.MONTH)), BRANCH.subList(1, BRANCH.size()))
            .flatMap(List::stream).toList();
    private static final List<Obligation> PARTY_GROUP = List.of(
            new Obligation(MeetingKind.PARTY_GROUP_MEETING, Period.MONTH));

    /**
     * The meetings an organization owes.
     *
     * @param type its type, may be null (then it owes none that can be judged)
     * @param form its leadership form, may be null (then a branch owes no BRANCH_COMMITTEE meeting)
     * @return the obligations, in the order of the rules; empty for types that owe none
     */
    public static List<Obligation> obligations(OrgType type, LeadershipForm form) {
        if (type == null) {
            return List.of();
        }
        if (type.isBranch()) {
            return form == LeadershipForm.COMMITTEE ? BRANCH_WITH_COMMITTEE : BRANCH;
        }
        return type == OrgType.PARTY_GROUP ? PARTY_GROUP : List.of();
    }

    /**
     * The whole periods of a coverage in which an organization is live, oldest first.
     *
     * @param period the period, not null
     * @param coverageFrom the first day of the coverage, not null
     * @param asOf the last day of the coverage, not null
     * @param established the organization's establishment, null when unknown (then live from the start)
     * @param dissolved its dissolution, null when it is not dissolved
     * @return the first month of each such period; empty when none is whole
     * @throws NullPointerException if {@code period}, {@code coverageFrom} or {@code asOf} is null
     */
    public static List<YearMonth> wholePeriods(Period period, LocalDate coverageFrom, LocalDate asOf,
            LocalDate established, LocalDate dissolved) {
        Objects.requireNonNull(period, "period");
        YearMonth first = YearMonth.from(coverageFrom);
        if (coverageFrom.getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(asOf);
        if (!asOf.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        int length = period.months();
        int offset = (first.getMonthValue() - 1) % length;
        YearMonth start = offset == 0 ? first : first.plusMonths(length - offset); // periods begin on multiples of their length
        List<YearMonth> periods = new ArrayList<>();
        for (; !start.plusMonths(length - 1L).isAfter(last); start = start.plusMonths(length)) {
            LocalDate firstDay = start.atDay(1);
            LocalDate lastDay = start.plusMonths(length - 1L).atEndOfMonth();
            boolean live = (established == null || !established.isAfter(firstDay))
                    && (dissolved == null || dissolved.isAfter(lastDay));
            if (live) {
                periods.add(start);
            }
        }
        return periods;
    }
}
