package org.partyorg.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedDatesTest {
    @ParameterizedTest(name = "{0}-{1}-{2}")
    @CsvSource({"2000, 2, 29", "2024, 2, 29", "1900, 1, 1", "2099, 12, 31", "1999, 4, 30", "1970, 1, 31"})
    void aRealDateOf1900To2099IsOneSharedInstance(int year, int month, int day) {
        LocalDate date = SharedDates.ofOrNull(year, month, day);
        assertThat(date).isEqualTo(LocalDate.of(year, month, day));
        assertThat(SharedDates.ofOrNull(year, month, day)).isSameAs(date);
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @CsvSource({"1899, 12, 31", "2100, 1, 1", "0, 1, 1", "9999, 12, 31", "1600, 2, 29"})
    void aRealDateOutsideTheTableIsStillADate(int year, int month, int day) {
        assertThat(SharedDates.ofOrNull(year, month, day)).isEqualTo(LocalDate.of(year, month, day));
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @CsvSource({"1900, 2, 29", "2023, 2, 29", "2024, 2, 30", "2024, 4, 31", "2024, 13, 1", "2024, 0, 1", "2024, 1, 0",
        "2024, 1, 32", "2024, -1, 1", "2024, 1, -1", "1000000000, 1, 1", "-1000000000, 1, 1", "2100, 2, 29"})
    void notARealDateIsNull(int year, int month, int day) {
        assertThat(SharedDates.ofOrNull(year, month, day)).isNull();
    }
}
