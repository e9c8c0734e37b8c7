package org.partyorg.examples.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The application's settings ({@code partyorg.*} in application.properties).
 *
 * @param maxBodySize the largest request body accepted; larger ones are answered 413 before or while reading
 * @param maxListedFindings at most this many findings in a report (counting goes on), so a report's size is bounded
 * @param reportingDate "today" for Bean Validation's per-record rules, or null for the date in China today
 */
// tag::spring-properties[]
@ConfigurationProperties("partyorg")
public record ExchangeProperties(
        @DefaultValue("64MB") DataSize maxBodySize,
        @DefaultValue("10000") long maxListedFindings,
        LocalDate reportingDate) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** @return "today" for the validators: the reporting date, or the system clock, in China Standard Time */
    public Clock clock() {
        return reportingDate == null ? Clock.system(CHINA) : Clock.fixed(reportingDate.atStartOfDay(CHINA).toInstant(), CHINA);
    }
}
// end::spring-properties[]
