package org.partyorg.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** Findings handed to a listener: the same findings in the same order as a listed report, past several spilled runs. */
class FindingRunsTest {
    private static final Rule[] RULES = {Rule.IDN_001, Rule.MEM_001, Rule.ORG_010, Rule.DEV_019, Rule.DUE_020};

    /** Per-record findings in input order, then cross-record findings about earlier records, as a run reports them. */
    private static void feed(FindingCollector c, int n) {
        feed(c, n, true);
    }

    private static void feed(FindingCollector c, int n, boolean crossRecordToo) {
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            c.add(RULES[i % 3], Severity.ERROR, i, "member", "m" + i, "/" + (i + 2) + "/idNumber", "field", "idNumber");
        }
        for (int i = 0; crossRecordToo && i < n / 2; i++) {
            long seq = random.nextInt(n);
            c.crossRecordSink().add(RULES[3 + i % 2], Severity.WARNING, seq, "member", "m" + seq, "/" + (seq + 2), "problem", "-");
        }
    }

    @Test
    void aListenerReceivesWhatTheListedReportHoldsInTheSameOrder() {
        int n = 3 * FindingCollector.RUN_SIZE + 17; // several spilled runs and a last run in memory
        FindingCollector listed = new FindingCollector(ValidationOptions.defaults());
        feed(listed, n);
        ValidationReport expected = listed.report(n, true);

        List<Finding> received = new ArrayList<>();
        FindingCollector streamed = new FindingCollector(ValidationOptions.defaults(), null, received::add);
        feed(streamed, n);
        ValidationReport report = streamed.report(n, true);

        assertThat(received).hasSize(n + n / 2).isEqualTo(expected.findings());
        assertThat(report.findings()).isEmpty();
        assertThat(report.errors()).isEqualTo(n);
        assertThat(report.warnings()).isEqualTo(n / 2);
        assertThat(report.isTruncated()).isFalse();
    }

    @Test
    void aListenerRespectsTheListingLimitAndTheReportSaysItIsTruncated() {
        List<Finding> received = new ArrayList<>();
        FindingCollector c = new FindingCollector(ValidationOptions.defaults().withMaxListedFindings(10), null, received::add);
        feed(c, 5_000);
        ValidationReport report = c.report(5_000, true);

        FindingCollector listed = new FindingCollector(ValidationOptions.defaults().withMaxListedFindings(10));
        feed(listed, 5_000);
        assertThat(received).isEqualTo(listed.report(5_000, true).findings()).hasSize(10);
        assertThat(report.isTruncated()).isTrue();
        assertThat(report.errors() + report.warnings()).isEqualTo(7_500);
    }

    /** docs/rules.md: when the read stops early, no cross-record finding is reported, wherever it was held. */
    @Test
    void anEarlyStopDropsTheCrossRecordFindingsFromTheListTheSpilledRunsAndTheCounts() {
        int n = 3 * FindingCollector.RUN_SIZE + 17;
        FindingCollector perRecordOnly = new FindingCollector(ValidationOptions.defaults());
        feed(perRecordOnly, n, false);
        List<Finding> expected = perRecordOnly.report(n, false).findings();

        List<Finding> received = new ArrayList<>();
        FindingCollector streamed = new FindingCollector(ValidationOptions.defaults(), null, received::add);
        feed(streamed, n);
        ValidationReport report = streamed.report(n, false, true);
        assertThat(received).hasSize(n).isEqualTo(expected);
        assertThat(report.errors()).isEqualTo(n);
        assertThat(report.warnings()).isZero();

        // a short list is filled with per-record findings though cross-record ones came first
        FindingCollector listed = new FindingCollector(ValidationOptions.defaults().withMaxListedFindings(10));
        for (int i = 0; i < 2_000; i++) {
            listed.crossRecordSink().add(Rule.DEV_019, Severity.ERROR, i, "application", "a" + i, "/" + i, "value", "-");
        }
        feed(listed, 5_000, false);
        ValidationReport shortList = listed.report(5_000, false, true);
        assertThat(shortList.findings()).isEqualTo(expected.subList(0, 10));
        assertThat(shortList.errors()).isEqualTo(5_000);

        // near miss: a complete read keeps them
        FindingCollector whole = new FindingCollector(ValidationOptions.defaults().withMaxListedFindings(10));
        for (int i = 0; i < 2_000; i++) {
            whole.crossRecordSink().add(Rule.DEV_019, Severity.ERROR, i, "application", "a" + i, "/" + i, "value", "-");
        }
        feed(whole, 5_000, false);
        assertThat(whole.report(5_000, true, false).findings()).extracting(Finding::ruleId).contains("DEV-019");
        assertThat(whole.errors()).isEqualTo(7_000);
    }

    @Test
    void spilledRunsAreDeletedOnceMerged() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = runFiles(tmp);
        FindingCollector c = new FindingCollector(ValidationOptions.defaults(), null, f -> { });
        feed(c, 2 * FindingCollector.RUN_SIZE);
        assertThat(runFiles(tmp)).isGreaterThan(before);
        c.report(0, true);
        assertThat(runFiles(tmp)).isEqualTo(before);
    }

    private static long runFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("partyorg-findings-")).count();
        }
    }
}
