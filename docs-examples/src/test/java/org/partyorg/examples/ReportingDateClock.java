package org.partyorg.examples;

// tag::bv-clock-provider[]
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for Bean Validation: a fixed reporting date, in China Standard Time. */
public final class ReportingDateClock implements ClockProvider {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final Clock clock;

    public ReportingDateClock(LocalDate reportingDate) {
        this.clock = Clock.fixed(reportingDate.atStartOfDay(CHINA).toInstant(), CHINA);
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
// end::bv-clock-provider[]
