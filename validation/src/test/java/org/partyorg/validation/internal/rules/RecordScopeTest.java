package org.partyorg.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
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

    /** Against counting one by one, on random lists with up to half their elements left out. */
    @Test
    void agreesWithCountingOneByOne() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(40);
            Set<String> flagged = new HashSet<>();
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                if (random.nextInt(3) == 0) {
                    flagged.add("elected/" + k);
                } else {
                    kept.add(k);
                }
            }
            RecordScope s = scope(flagged.toArray(new String[0]));
            for (int j = 0; j < kept.size(); j++) {
                assertThat(s.elementIndex("elected", j)).as("round %d, element %d of %s", round, j, flagged).isEqualTo(kept.get(j));
            }
        }
    }

    @Test
    void nearMissesChangeNoIndex() {
        // nothing flagged; another list's element; a field inside a kept element; the whole list
        for (RecordScope s : new RecordScope[] {scope(), scope("contacts/0"), scope("elected/0/votes"), scope("elected")}) {
            assertThat(IntStream.range(0, 3).map(j -> s.elementIndex("elected", j))).containsExactly(0, 1, 2);
        }
    }
}
