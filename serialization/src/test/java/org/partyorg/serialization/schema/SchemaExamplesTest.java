package org.partyorg.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.Schemas;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationReport;

/**
 * The examples of {@code examples/valid} and {@code examples/invalid} (written by
 * {@code serialization/tools/schema-examples.py}) against the dataset and streamRecord schemas,
 * and against partyorg's own reader and validator: valid examples pass both with no finding at all;
 * each invalid example fails the schema at one place and gives exactly one partyorg finding, of the
 * DOC rule its file name starts with.
 */
class SchemaExamplesTest {
    static Stream<Arguments> valid() {
        return SchemaSupport.examples("valid").stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    static Stream<Arguments> invalid() {
        return SchemaSupport.examples("invalid").stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    private static boolean isStream(Path file) {
        return file.toString().endsWith(".ndjson");
    }

    /** One schema error: where (line, for the stream form, and JSON Pointer) and what. */
    private record SchemaError(int line, String location, String text) {
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + " " : "") + location + " " + text;
        }
    }

    /** @return the schema errors per line (stream) or for the whole document */
    private static List<SchemaError> schemaErrors(Path file) {
        List<SchemaError> out = new ArrayList<>();
        if (isStream(file)) {
            List<JsonNode> lines = SchemaSupport.lines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (Error e : SchemaSupport.validate("streamRecord", lines.get(i))) {
                    out.add(new SchemaError(i + 1, pointer(e), e.getKeyword() + ": " + e.getMessage()));
                }
            }
        } else {
            for (Error e : SchemaSupport.validate("dataset", SchemaSupport.parse(SchemaSupport.read(file)))) {
                out.add(new SchemaError(0, pointer(e), e.getKeyword() + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** networknt's instance location as an RFC 6901 pointer ({@code ""} for the root). */
    private static String pointer(Error e) {
        String location = e.getInstanceLocation().toString();
        return location.equals("/") ? "" : location;
    }

    /** partyorg's own reader and validator, as the command line runs them. */
    private static ValidationReport partyorg(Path file) {
        return PartyOrg.validate(file);
    }

    @Test
    void thereAreEnoughExamples() {
        assertThat(SchemaSupport.examples("valid")).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(SchemaExamplesTest::isStream);
        List<Path> invalid = SchemaSupport.examples("invalid");
        assertThat(invalid).hasSizeGreaterThanOrEqualTo(20).anyMatch(SchemaExamplesTest::isStream);
        Set<String> rules = new TreeSet<>();
        invalid.forEach(p -> rules.add(p.getFileName().toString().substring(0, 7)));
        assertThat(rules).containsExactly("DOC-002", "DOC-003", "DOC-010", "DOC-011", "DOC-012", "DOC-013", "DOC-014");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validExamplesPassTheSchema(String name, Path file) {
        assertThat(schemaErrors(file)).extracting(SchemaError::toString).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validExamplesHaveNoFindingAtAll(String name, Path file) {
        ValidationReport report = partyorg(file);

        assertThat(report.findings()).extracting(Finding::ruleId, Finding::path, Finding::message).isEmpty();
    }

    /**
     * One place: every error lies on one line and on one path from the root to the deepest error.
     * (A nullable property, {@code anyOf [X, null]}, also reports "null expected" at the enclosing
     * object, which is on that path.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidExamplesFailTheSchemaAtOnePlace(String name, Path file) {
        List<SchemaError> errors = schemaErrors(file);

        assertThat(errors).isNotEmpty();
        String report = errors.stream().map(SchemaError::toString).collect(Collectors.joining("\n"));
        assertThat(errors.stream().map(SchemaError::line).distinct()).as(report).hasSize(1);
        String deepest = errors.stream().map(SchemaError::location).max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(errors).as(report).allSatisfy(e ->
                assertThat(deepest.equals(e.location()) || deepest.startsWith(e.location() + "/")).isTrue());
    }

    /**
     * With networknt's defaults, {@code format} is only an annotation in draft 2020-12: then the
     * patterns still catch every example except an impossible calendar date in the right shape.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void withoutFormatAssertionOnlyImpossibleCalendarDatesPass(String name, Path file) {
        SchemaRegistry plain = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(SchemaSupport::byId));
        boolean fails;
        if (isStream(file)) {
            Schema schema = plain.getSchema(SchemaLocation.of(Schemas.id("streamRecord")));
            fails = SchemaSupport.lines(file).stream().anyMatch(line -> !schema.validate(line).isEmpty());
        } else {
            Schema schema = plain.getSchema(SchemaLocation.of(Schemas.id("dataset")));
            fails = !schema.validate(SchemaSupport.parse(SchemaSupport.read(file))).isEmpty();
        }

        assertThat(fails).isEqualTo(!name.contains("-february-"));
    }

    /**
     * The differential check of shape verdicts: the schema rejects each invalid example (above),
     * and partyorg's reader gives exactly one finding, an ERROR of the DOC rule the file is named
     * after; a value the schema calls the wrong type, enumeration or date is one finding too, not
     * also "missing".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidExamplesBreakExactlyTheRuleTheyAreNamedAfter(String name, Path file) {
        String rule = name.substring(0, 7);
        ValidationReport report = partyorg(file);
        assertThat(report.findings()).extracting(Finding::ruleId).as(report.findings().toString()).containsExactly(rule);
        assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unknownFieldsPassTheSchemaSincePartyorgOnlyWarns() {
        ObjectNode doc = (ObjectNode) SchemaSupport.parse(SchemaSupport.resource("/examples/valid/dataset-koujiang.json"));
        doc.put("exportBatch", 17);
        ((ObjectNode) doc.withArray("members").get(0)).put("nickname", "老吴");
        ((ObjectNode) doc.at("/organizations/2/leadership")).put("note", "2021 换届");

        assertThat(SchemaSupport.validate("dataset", doc)).isEmpty();
    }

    @Test
    void codeFieldsInTheWrongFormatAreContentFindingsNotShapeErrors() {
        ObjectNode doc = (ObjectNode) SchemaSupport.parse(SchemaSupport.resource("/examples/valid/dataset-koujiang.json"));
        ((ObjectNode) doc.at("/members/4")).put("idNumber", "522631197403050190").put("phone", "12345");
        ((ObjectNode) doc.at("/organizations/0")).put("divisionCode", "5226");
        ((ObjectNode) doc.at("/grids/0")).put("code", "g1");
        ((ObjectNode) doc.at("/postings/0/sendingUnit")).put("creditCode", "not a code");

        assertThat(SchemaSupport.validate("dataset", doc)).isEmpty();
    }

    @Test
    void aStreamLineIsCheckedAgainstTheSchemaOfItsRecordType() {
        JsonNode memberLine = SchemaSupport.parse("{\"recordType\":\"member\",\"id\":\"m-9\"}");
        JsonNode headerWithRecordFields = SchemaSupport.parse(
                "{\"recordType\":\"header\",\"schemaVersion\":\"1.3\",\"asOf\":\"2023-08-18\",\"id\":\"m-9\"}");
        JsonNode orgAsMember = SchemaSupport.parse("{\"recordType\":\"member\",\"id\":\"cty-lp\",\"name\":\"中共黎平县委员会\","
                + "\"orgType\":\"LOCAL_COMMITTEE\",\"divisionCode\":\"522631000000\"}");
        JsonNode noType = SchemaSupport.parse("{\"id\":\"cty-lp\"}");

        assertThat(SchemaSupport.validate("streamRecord", memberLine)).extracting(Error::getKeyword).contains("required");
        assertThat(SchemaSupport.validate("streamRecord", headerWithRecordFields)).isEmpty();
        assertThat(SchemaSupport.validate("streamRecord", orgAsMember)).isNotEmpty();
        assertThat(SchemaSupport.validate("streamRecord", noType)).extracting(Error::getKeyword).containsExactly("required");
    }

    @Test
    void aSampleReportIsValidAndABrokenOneIsNot() {
        String report = """
                {"findings": [
                   {"file": "a.json", "ruleId": "IDN-002", "severity": "ERROR", "path": "/members/3/idNumber",
                    "recordType": "member", "recordId": "m-004", "message": "身份证号 522631****0196 校验码错误",
                    "ruleUrl": "https://github.com/partyorg/partyorg/blob/main/docs/rules.md#idn-002"},
                   {"file": "a.json", "ruleId": "DOC-002", "severity": "ERROR", "path": "/schemaVersion",
                    "recordType": null, "recordId": null, "message": "schemaVersion is missing"},
                   {"file": "-", "ruleId": "GRID-004", "severity": "WARNING", "path": "/7/households",
                    "recordType": "grid", "recordId": null, "message": "more than 500 households"}],
                 "summary": {"files": 2, "records": 1234, "errors": 2, "warnings": 1, "infos": 0,
                             "truncated": false, "stoppedEarly": false}}
                """;
        JsonNode good = SchemaSupport.parse(report);
        assertThat(SchemaSupport.validate("report", good)).isEmpty();

        for (String[] change : new String[][] {
                {"\"IDN-002\"", "\"IDN-2\""},
                {"\"WARNING\"", "\"warning\""},
                {"\"recordType\": \"grid\"", "\"recordType\": \"person\""},
                {"\"path\": \"/schemaVersion\"", "\"path\": \"schemaVersion\""},
                {"\"infos\": 0", "\"infos\": -1"},
                {"\"file\": \"-\", ", ""},
                {"\"recordType\": null, ", ""},
                {"\"ruleUrl\": \"https", "\"ruleUrl\": 7, \"x\": \"https"}}) {
            JsonNode broken = SchemaSupport.parse(report.replace(change[0], change[1]));
            assertThat(SchemaSupport.validate("report", broken)).as(change[0] + " -> " + change[1]).isNotEmpty();
        }
    }
}
