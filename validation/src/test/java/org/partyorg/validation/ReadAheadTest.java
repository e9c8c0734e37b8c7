package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Member;
import org.partyorg.validation.internal.index.Hashing;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reading records ahead ({@link ValidationRun#readAhead}), as the stream reader does for the next
 * records in hand before it validates them, changes no finding: the same findings in the same order
 * as a run that reads nothing ahead, in groups of any size, on records with the defects whose rules
 * read what is read ahead (the member index, a member's dates).
 */
class ReadAheadTest {

    /** The valid dataset's records in stream order, then members with defects read ahead. */
    private static List<ExchangeRecord> records() {
        Dataset ds = ValidData.dataset();
        List<ExchangeRecord> records = new ArrayList<>(ds.organizations());
        records.addAll(ds.members());
        Member m = ds.members().get(1);
        records.add(with(m, "name", "重复编号")); // DOC-016 on the later record
        records.add(with(m, "id", null)); // no id: nothing to read ahead
        records.add(with(with(m, "id", "m-born"), "birthDate", m.birthDate().plusDays(1))); // IDN-005
        records.add(with(with(m, "id", "m-young"), "admittedOn", m.birthDate().plusYears(17))); // MEM-010
        records.add(with(with(m, "id", "m-early"), "fullMemberOn", m.admittedOn().plusMonths(6))); // MEM-012
        records.add(with(with(m, "id", "m-undated"), "birthDate", null));
        records.addAll(ds.grids());
        records.addAll(ds.serviceRecords());
        records.addAll(ds.postings());
        return records;
    }

    /** @param group how many records are read ahead before they are validated; 0 reads none */
    private static List<Finding> findings(List<ExchangeRecord> records, int group) {
        ValidationRun run = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        run.start("1.0", ValidData.AS_OF);
        for (int from = 0; from < records.size(); from += Math.max(group, 1)) {
            int to = Math.min(records.size(), from + Math.max(group, 1));
            for (int i = from; i < to && group > 0; i++) {
                run.readAhead(records.get(i), ValidationRun.readAheadKey(records.get(i)));
            }
            for (int i = from; i < to; i++) {
                long line = i + 2;
                run.record(records.get(i), line, line, Set.of());
            }
        }
        return run.finish(true).findings();
    }

    @Test
    void readingAheadInGroupsOfAnySizeGivesTheFindingsOfReadingNothingAhead() {
        List<ExchangeRecord> records = records();
        List<Finding> expected = findings(records, 0);

        assertThat(expected).extracting(Finding::ruleId).contains("DOC-016", "IDN-005", "MEM-010", "MEM-012");
        for (int group : new int[] {1, 2, 3, 16, records.size()}) {
            assertThat(findings(records, group)).as("groups of %d", group).isEqualTo(expected);
        }
    }

    @Test
    void onlyAMemberWithAnIdHasAKeyToReadAhead() {
        Dataset ds = ValidData.dataset();
        Member m = ds.members().get(0);

        assertThat(ValidationRun.readAheadKey(m)).isEqualTo(Hashing.hash64("m-0")).isNotZero();
        assertThat(ValidationRun.readAheadKey(with(m, "id", null))).isZero();
        assertThat(ValidationRun.readAheadKey(ds.organizations().get(0))).isZero();
        assertThat(ValidationRun.readAheadKey(ds.grids().get(0))).isZero();
    }

    @Test
    void aKeyOfZeroOrARecordOfAnotherTypeReadsNothingAndChangesNothing() {
        Dataset ds = ValidData.dataset();
        ValidationRun run = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        run.start("1.0", ValidData.AS_OF);
        run.readAhead(ds.members().get(0), 0);
        run.readAhead(ds.organizations().get(0), Hashing.hash64(ds.organizations().get(0).id()));
        run.readAhead(with(ds.members().get(0), "admittedOn", (LocalDate) null), Long.MIN_VALUE);

        assertThat(run.finish(true).findings()).isEmpty();
    }
}
