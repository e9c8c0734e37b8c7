package org.partyorg.validation.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberSetTest {

    @Test
    void aNumberIsAddedOnceWhateverItsCheckCharacterCase() {
        IdNumberSet set = new IdNumberSet();
        assertThat(set.add("11010519491231002X", LocalDate.of(1949, 12, 31))).isTrue();
        assertThat(set.add("11010519491231002x", LocalDate.of(1949, 12, 31))).isFalse();
        assertThat(set.add("11010519491231001", LocalDate.of(1949, 12, 31))).isTrue(); // another sequence
        assertThat(set.add("11010619491231002", LocalDate.of(1949, 12, 31))).isTrue(); // another region
        assertThat(set.add("11010519500101002", LocalDate.of(1950, 1, 1))).isTrue();   // another day
        assertThat(set.size()).isEqualTo(4);
    }

    @Test
    void birthDatesOutsideTheCompactRangeAreKeptToo() {
        IdNumberSet set = new IdNumberSet();
        assertThat(set.add("11010517990101001", LocalDate.of(1799, 1, 1))).isTrue();
        assertThat(set.add("11010517990101001", LocalDate.of(1799, 1, 1))).isFalse();
        assertThat(set.add("11010517990101002", LocalDate.of(1799, 1, 1))).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }

    @Test
    void manyNumbersInManyRegionsStayDistinct() {
        IdNumberSet set = new IdNumberSet();
        int n = 0;
        for (int region = 0; region < 50; region++) {
            for (int day = 0; day < 400; day++) {
                LocalDate born = LocalDate.of(1980, 1, 1).plusDays(day);
                for (int seq = 0; seq < 10; seq++) {
                    String first17 = String.format("52%04d%s%03d", region, born.toString().replace("-", ""), seq);
                    assertThat(set.add(first17, born)).isTrue();
                    n++;
                }
            }
        }
        assertThat(set.size()).isEqualTo(n);
        assertThat(set.add("520007" + "19800105" + "003", LocalDate.of(1980, 1, 5))).isFalse();
        assertThat(set.memoryBytes()).isLessThan(n * 4L * 2 + 1024);
    }
}
