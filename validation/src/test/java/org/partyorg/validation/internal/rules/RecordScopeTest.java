package org.partyorg.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partyorg.core.RecordType;

/** Where a bound list's element sits in the input, when the reader left some elements out. */
class RecordScopeTest {
    private static RecordScope scope(String... flagged) {
        RecordScope s = new RecordScope(null, PathLayout.DOCUMENT, null, null);
        s.begin(RecordType.ELECTION, 0, 0, "e-1", Set.of(flagged));
        return s;
    }

    @Test
    void elementsLeftOutCountInTheIndexesOfThoseAfterThem() {
        RecordScope s = scope("elected/0", "elected/2", "elected/3/votes", "electedOn/1");
        assertThat(IntStream.range(0, 4).map(j -> s.elementIndex("elected", j))).containsExactly(1, 3, 4, 5);
        assertThat(s.element("elected", 1)).isEqualTo("elected/3");
    }

    @Test
    void nearMissesChangeNoIndex() {
        // nothing flagged; another list's element; a field inside a kept element; the whole list
        for (RecordScope s : new RecordScope[] {scope(), scope("contacts/0"), scope("elected/0/votes"), scope("elected")}) {
            assertThat(IntStream.range(0, 3).map(j -> s.elementIndex("elected", j))).containsExactly(0, 1, 2);
        }
    }
}
