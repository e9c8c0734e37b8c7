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
 * Prefetching records ({@link ValidationRun#prefetch}), as the stream reader does for the next
 * records in hand before it validates them, changes no finding: the same findings in the same order
 * as a run that prefetches nothing, in groups of any size, on records with the defects whose rules
 * read what is prefetched (the member index, a member's dates).
 */
class PrefetchTest {

    /** The valid dataset's records in stream order, with members whose defects the prefetched data decides. */
    private static List<ExchangeRecord> records() {
        Dataset ds = ValidData.dataset();
        List<ExchangeRecord> records = new ArrayList<>(ds.organizations());
        records.addAll(ds.members());
        Member m = ds.members().get(1);
        records.add(with(m, "name", "重复编号")); // DOC-016 on the later record
        records.add(with(m, "id", null)); // no id: nothing to prefetch
        records.add(with(with(m, "id", "m-born"), "birthDate", m.birthDate().plusDays(1))); // IDN-005
        records.add(with(with(m, "id", "m-young"), "admittedOn", m.birthDate().plusYears(17))); // MEM-010
        records.add(with(with(m, "id", "m-early"), "fullMemberOn", m.admittedOn().plusMonths(6))); // MEM-012
        records.add(with(with(m, "id", "m-undated"), "birthDate", null));
        records.addAll(ds.grids());
        records.addAll(ds.serviceRecords());
        records.addAll(ds.postings());
        return records;
    }

    /** @param group how many records are prefetched before they are validated; 0 prefetches none and passes no key */
    private static List<Finding> findings(List<ExchangeRecord> records, int group) {
        ValidationRun run = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        run.start("1.0", ValidData.AS_OF);
        for (int from = 0; from < records.size(); from += Math.max(group, 1)) {
            int to = Math.min(records.size(), from + Math.max(group, 1));
            for (int i = from; i < to && group > 0; i++) {
                run.prefetch(records.get(i), ValidationRun.prefetchKey(records.get(i)));
            }
            for (int i = from; i < to; i++) {
                long line = i + 2;
                if (group > 0) { // with the key the prefetch used, as the stream reader passes it
                    run.record(records.get(i), line, line, Set.of(), ValidationRun.prefetchKey(records.get(i)));
                } else {
                    run.record(records.get(i), line, line, Set.of());
                }
            }
        }
        return run.finish(true).findings();
    }

    @Test
    void prefetchingInGroupsOfAnySizeGivesTheFindingsOfPrefetchingNothing() {
        List<ExchangeRecord> records = records();
        List<Finding> expected = findings(records, 0);

        assertThat(expected).extracting(Finding::ruleId).contains("DOC-016", "IDN-005", "MEM-010", "MEM-012");
        for (int group : new int[] {1, 2, 3, 16, records.size()}) {
            assertThat(findings(records, group)).as("groups of %d", group).isEqualTo(expected);
        }
    }

    @Test
    void onlyAMemberWithAnIdHasAPrefetchKey() {
        Dataset ds = ValidData.dataset();
        Member m = ds.members().get(0);

        assertThat(ValidationRun.prefetchKey(m)).isEqualTo(Hashing.hash64("m-0")).isNotZero();
        assertThat(ValidationRun.prefetchKey(with(m, "id", null))).isZero();
        assertThat(ValidationRun.prefetchKey(ds.organizations().get(0))).isZero();
        assertThat(ValidationRun.prefetchKey(ds.grids().get(0))).isZero();
    }

    @Test
    void prefetchingAMemberTwiceDoesNotMakeItsValidationADuplicate() {
        Dataset ds = ValidData.dataset();
        Member m = ds.members().get(0);
        ValidationRun run = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        run.start("1.0", ValidData.AS_OF);
        for (ExchangeRecord o : ds.organizations()) {
            run.prefetch(o, Hashing.hash64(o.id())); // a key for a record of another type: nothing read
        }
        run.prefetch(m, ValidationRun.prefetchKey(m));
        run.prefetch(m, ValidationRun.prefetchKey(m));
        run.prefetch(m, 0);
        run.prefetch(with(m, "admittedOn", (LocalDate) null), Long.MIN_VALUE);
        long line = 2;
        for (ExchangeRecord o : ds.organizations()) {
            run.record(o, line, line++, Set.of());
        }
        run.record(m, line, line++, Set.of());

        // a prefetch that had entered the member into the index would make this a duplicate (DOC-016)
        assertThat(run.finish(true).findings()).extracting(Finding::ruleId).doesNotContain("DOC-016");

        // the near miss: the same member validated twice is one
        ValidationRun twice = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        twice.start("1.0", ValidData.AS_OF);
        twice.record(m, 2, 2, Set.of());
        twice.record(m, 3, 3, Set.of());
        assertThat(twice.finish(true).findings()).extracting(Finding::ruleId).containsOnlyOnce("DOC-016");
    }
}
