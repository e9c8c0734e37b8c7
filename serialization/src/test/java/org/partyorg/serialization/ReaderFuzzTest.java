package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Fuzz targets for the two readers with validation (Jazzer). For any bytes: no exception escapes;
 * every finding names a rule of the catalog at one of its severities and a valid RFC 6901 path
 * (for the stream form, one that starts with an existing line, and the findings of one parser per
 * line); the report is the same on a second read and in the other locale (but for the messages); the counts match the listed findings.
 *
 * <p>{@code mvn verify} runs each target on the inputs in {@code ReaderFuzzTestInputs/<method>/}
 * (regression mode); {@code scripts/fuzz.sh} fuzzes one for longer.
 */
class ReaderFuzzTest {
    private static final DatasetReader DOCUMENTS = DatasetReader.create();
    private static final DatasetReader DOCUMENTS_EN = DatasetReader.create()
            .withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH));
    private static final StreamReader STREAMS = StreamReader.create();
    private static final StreamReader STREAMS_PARSER_PER_LINE = StreamReader.create().withParserPerLine();
    private static final StreamReader STREAMS_EN = StreamReader.create()
            .withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH));
    private static final Pattern STREAM_PATH = Pattern.compile("/([1-9][0-9]*)(/.*)?", Pattern.DOTALL);

    @FuzzTest
    @DictionaryEntries({"\"schemaVersion\"", "\"1.0\"", "\"asOf\"", "\"2023-08-18\"", "\"organizations\"", "\"members\"",
        "\"grids\"", "\"serviceRecords\"", "\"postings\"", "\"id\"", "\"parentId\"", "\"orgType\"", "\"BRANCH\"",
        "\"idNumber\"", "\"11010519491231002X\"", "\"phone\"", "\"13800138000\"", "\"divisionCode\"", "\"522631100201\"",
        "\"leadership\"", "\"officers\"", "\"memberId\"", "\"orgId\"", "\"stage\"", "\"FULL\"", "\"status\"", "\"NORMAL\""})
    void document(byte[] data) {
        ReadResult read = DOCUMENTS.read(new ByteArrayInputStream(data));
        ValidationReport report = read.report();
        assertThat(read.dataset().toString()).isNotNull();
        for (Finding f : report.findings()) {
            assertKnownRule(f);
            assertPointer(f.path());
        }
        assertCounts(report);
        ValidationReport again = DOCUMENTS.validate(new ByteArrayInputStream(data));
        assertThat(again.findings()).isEqualTo(report.findings());
        assertThat(again.toString()).isEqualTo(report.toString());
        assertThat(keys(DOCUMENTS_EN.validate(new ByteArrayInputStream(data)))).isEqualTo(keys(report));
    }

    @FuzzTest
    @DictionaryEntries({"\"recordType\"", "\"header\"", "\"organization\"", "\"member\"", "\"grid\"", "\"serviceRecord\"",
        "\"posting\"", "\"schemaVersion\"", "\"1.0\"", "\"asOf\"", "\"2023-08-18\"", "\"id\"", "\"parentId\"", "\"orgType\"",
        "\"BRANCH\"", "\"idNumber\"", "\"11010519491231002X\"", "\"phone\"", "\"divisionCode\"", "\"522631100201\"",
        "\"orgId\"", "\"stage\"", "\"FULL\"", "\"status\"", "\"NORMAL\""})
    void stream(byte[] data) {
        ValidationReport report = STREAMS.validate(new ByteArrayInputStream(data));
        long lines = 1;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
        }
        for (Finding f : report.findings()) {
            assertKnownRule(f);
            assertPointer(f.path());
            var m = STREAM_PATH.matcher(f.path());
            assertThat(m.matches()).as("stream path %s of %s", f.path(), f.ruleId()).isTrue();
            assertThat(Long.parseLong(m.group(1))).as("line of %s", f.path()).isLessThanOrEqualTo(lines);
        }
        assertCounts(report);
        ValidationReport again = STREAMS.validate(new ByteArrayInputStream(data));
        assertThat(again.findings()).isEqualTo(report.findings());
        assertThat(STREAMS_PARSER_PER_LINE.validate(new ByteArrayInputStream(data)).findings())
                .as("one parser per line").isEqualTo(report.findings());
        assertThat(again.toString()).isEqualTo(report.toString());
        assertThat(keys(STREAMS_EN.validate(new ByteArrayInputStream(data)))).isEqualTo(keys(report));
    }

    private static void assertKnownRule(Finding f) {
        Rule rule = Rule.findById(f.ruleId()).orElseThrow(() -> new AssertionError("unknown rule id " + f.ruleId()));
        Severity lesser = rule.lesserSeverity().orElse(rule.severity());
        assertThat(f.severity()).as("severity of %s", f.ruleId()).isIn(rule.severity(), lesser);
        assertThat(f.message()).as("message of %s", f.ruleId()).isNotBlank().doesNotContain("org.partyorg.rule.");
    }

    /** RFC 6901: empty, or {@code /}-separated tokens in which {@code ~} is followed by 0 or 1. */
    private static void assertPointer(String path) {
        if (path.isEmpty()) {
            return;
        }
        assertThat(path).as("JSON Pointer").startsWith("/");
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '~') {
                assertThat(i + 1 < path.length() && (path.charAt(i + 1) == '0' || path.charAt(i + 1) == '1'))
                        .as("escape in JSON Pointer %s", path).isTrue();
            }
        }
    }

    private static void assertCounts(ValidationReport report) {
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        assertThat(report.errors()).isEqualTo(errors);
        assertThat(report.warnings()).isEqualTo(warnings);
        assertThat(report.infos()).isEqualTo(report.findings().size() - errors - warnings);
        assertThat(report.isTruncated()).isFalse();
    }

    /** A finding without its message, to compare reports across locales. */
    private static List<List<Object>> keys(ValidationReport report) {
        List<List<Object>> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(Arrays.asList(f.ruleId(), f.severity(), f.path(), f.recordType(), f.recordId()));
        }
        return out;
    }
}
