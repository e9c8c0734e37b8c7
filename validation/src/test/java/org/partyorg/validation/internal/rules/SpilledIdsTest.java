package org.partyorg.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.core.RecordType;

class SpilledIdsTest {
    private final List<String> reported = new ArrayList<>();
    private final FindingSink sink = (rule, severity, seq, recordType, recordId, path, args) ->
            reported.add(rule.id() + " " + path + " " + recordId + " " + seq);

    private Located at(long seq, String id) {
        return new Located(sink, PathLayout.STREAM, RecordType.DUES_PAYMENT, seq, seq + 2, id);
    }

    @Test
    void everyRecordButTheFirstOfAnIdIsReportedWhetherInMemoryOrSpilled() {
        for (int run : new int[] {1 << 10, 3, 1}) {
            reported.clear();
            SpilledIds ids = new SpilledIds(run);
            String[] input = {"a", "b", "a", "c", "d", "b", "a", "e", "f", "c"};
            for (int i = 0; i < input.length; i++) {
                ids.add(at(i, input[i]));
            }
            ids.report();

            assertThat(reported).as("runs of " + run).containsExactlyInAnyOrder(
                    "DOC-016 /4/id a 2", "DOC-016 /7/id b 5", "DOC-016 /8/id a 6", "DOC-016 /11/id c 9");
        }
    }

    @Test
    void distinctIdsGiveNothingAndNothingIsLeftOnDisk() {
        SpilledIds ids = new SpilledIds(2);
        for (int i = 0; i < 9; i++) {
            ids.add(at(i, "id-" + i));
        }
        ids.report();
        assertThat(reported).isEmpty();
        new SpilledIds().report(); // nothing added: nothing to say
        assertThat(reported).isEmpty();
    }

    @Test
    void idsOfAnyLengthAndScriptComeBackFromTheDisk() {
        String longId = "长".repeat(70_000); // 210,000 bytes of UTF-8: more than a writeUTF string may hold
        SpilledIds ids = new SpilledIds(2);
        String[] input = {longId, "党支部-1", "x", longId, "党支部-1", "y"};
        for (int i = 0; i < input.length; i++) {
            ids.add(at(i, input[i]));
        }
        ids.report();
        assertThat(reported).containsExactlyInAnyOrder(
                "DOC-016 /5/id " + longId + " 3", "DOC-016 /6/id 党支部-1 4");
    }

    @Test
    void runsHoldAtMostTheEntriesTheirIndexCanNumber() {
        assertThatThrownBy(() -> new SpilledIds((1 << 18) + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("runs hold 1 to 2^18 entries, not 262145");
        assertThatThrownBy(() -> new SpilledIds(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
