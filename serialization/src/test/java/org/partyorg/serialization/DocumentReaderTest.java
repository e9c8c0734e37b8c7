package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partyorg.serialization.TestInputs.document;
import static org.partyorg.serialization.TestInputs.readDocument;
import static org.partyorg.serialization.TestInputs.record;
import static org.partyorg.serialization.TestInputs.triples;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The document reader: each DOC rule it reports, with paths into the document, and reading that goes on. */
class DocumentReaderTest {

    @Test
    void theExampleDocumentIsClean() {
        ReadResult result = DatasetReader.create().read(TestInputs.bytes(document().toString()));
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().records()).isEqualTo(11);
        Dataset ds = result.orThrow();
        assertThat(ds.members()).hasSize(5);
        assertThat(ds.organizations().get(2).leadership().officers()).hasSize(2);
        assertThat(ds.source().system()).isEqualTo("test");
    }

    @Test
    void doc001MalformedJsonStopsReadingAndSaysSo() {
        String broken = document().toString();
        ValidationReport report = readDocument(broken.substring(0, broken.length() / 2));
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(report.isComplete()).isFalse();
        assertThat(triples(readDocument(""))).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(triples(readDocument(document() + " {}"))).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(triples(readDocument("{\"schemaVersion\": \"1.0\", \"asOf\": 2023-08-18}"))).containsExactly(tuple("DOC-001", ERROR, ""));
    }

    @Test
    void aQuotedValueIsCutBetweenCharactersNeverInsideOne() {
        ObjectNode doc = document();
        ((ObjectNode) doc.get("members").get(0)).put("name", "𠮷".repeat(51)); // 51 characters, 102 chars
        ValidationReport report = readDocument(doc.toString());

        assertThat(triples(report)).containsExactly(tuple("DOC-014", ERROR, "/members/0/name"));
        String message = report.findings().get(0).message();
        assertThat(message).contains("𠮷...").doesNotContain("?").doesNotContain("\uFFFD");
        assertThat(message.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).isEmpty();
    }

    /** docs/rules.md: when reading stops early, the records read before the stop are still judged by every per-record rule. */
    @Test
    void aBrokenDocumentKeepsTheFindingsOfTheRecordsReadBeforeTheBreak() {
        String text = document().toString().replace("522631197103020120", "522631197103020121"); // m-1's check digit
        int cut = text.indexOf("\"grids\"");
        ValidationReport report = readDocument(text.substring(0, cut) + "\"grids\": [{,");
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, ""), tuple("IDN-002", ERROR, "/members/1/idNumber"));
        assertThat(report.isComplete()).isFalse();
        assertThat(report.records()).isEqualTo(8); // 3 organizations and 5 members were read
    }

    /** docs/rules.md: after an early stop no cross-record rule reports, not even one a record's arrival decided. */
    @Test
    void aBrokenDocumentReportsNoClashFoundBeforeTheBreak() {
        ObjectNode doc = document();
        record(doc, "members", 2).put("id", "m-1");
        String text = doc.toString();
        assertThat(triples(readDocument(text))).containsExactly(tuple("DOC-016", ERROR, "/members/2/id"),
                tuple("PST-010", WARNING, "/postings/0/person/memberId")); // the posting of the member now missing
        int cut = text.indexOf("\"grids\"");
        ValidationReport report = readDocument(text.substring(0, cut) + "\"grids\": [{,");
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(report.errors()).isEqualTo(1);
    }

    @Test
    void aDocumentThatIsNotAnObjectIsTheWrongType() {
        assertThat(triples(readDocument("null"))).containsExactly(tuple("DOC-011", ERROR, ""));
        assertThat(triples(readDocument("[1, 2]"))).containsExactly(tuple("DOC-011", ERROR, ""));
    }

    @Test
    void doc002AndDoc003AreOneFindingEachWhateverIsWrong() {
        ObjectNode doc = document();
        doc.put("schemaVersion", 1.0);
        doc.put("asOf", "2023-02-30");
        assertThat(triples(readDocument(doc))).containsExactly(tuple("DOC-002", ERROR, "/schemaVersion"), tuple("DOC-003", ERROR, "/asOf"));
        doc.remove("schemaVersion");
        doc.remove("asOf");
        assertThat(triples(readDocument(doc))).containsExactly(tuple("DOC-002", ERROR, "/schemaVersion"), tuple("DOC-003", ERROR, "/asOf"));
        doc = document();
        doc.put("schemaVersion", "1.12");
        assertThat(readDocument(doc).findings()).isEmpty();
    }

    @Test
    void doc010RequiredFieldMissingOrNull() {
        ObjectNode doc = document();
        record(doc, "members", 3).remove("name");
        record(doc, "grids", 0).putNull("kind");
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-010", ERROR, "/members/3/name"), tuple("DOC-010", ERROR, "/grids/0/kind"));
    }

    @Test
    void doc011WrongTypeIsReportedOnceNotAlsoAsMissing() {
        ObjectNode doc = document();
        record(doc, "members", 3).put("sex", 1);
        record(doc, "organizations", 2).put("leadership", "secretary only");
        record(doc, "grids", 0).put("households", "300");
        record(doc, "members", 4).putArray("tags").addNull();
        // a leadership that cannot be read is unknown, not missing: no ORG-025
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-011", ERROR, "/organizations/2/leadership"),
                tuple("DOC-011", ERROR, "/members/3/sex"),
                tuple("DOC-011", ERROR, "/members/4/tags/0"),
                tuple("DOC-011", ERROR, "/grids/0/households"));
    }

    @Test
    void anArrayElementThatIsNotAnObjectIsReportedAndSkipped() {
        ObjectNode doc = document();
        doc.withArray("members").insertNull(0);
        ValidationReport report = readDocument(doc);
        assertThat(triples(report)).containsExactly(tuple("DOC-011", ERROR, "/members/0"));
        assertThat(report.records()).isEqualTo(12);
    }

    @Test
    void doc012ValueOutsideItsEnumerationOrCodeList() {
        ObjectNode doc = document();
        record(doc, "organizations", 0).put("orgType", "PROVINCIAL_COMMITTEE");
        record(doc, "members", 3).put("ethnicity", "57");
        record(doc, "members", 4).put("education", "99");
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-012", ERROR, "/organizations/0/orgType"),
                tuple("DOC-012", ERROR, "/members/3/ethnicity"),
                tuple("DOC-012", ERROR, "/members/4/education"));
    }

    @Test
    void doc013InvalidDateIsUnknownToEveryOtherRule() {
        ObjectNode doc = document();
        record(doc, "members", 3).put("birthDate", "1973-02-30");
        record(doc, "postings", 0).put("endDate", "2024-13-01");
        doc.with("source").put("exportedAt", "2023-08-18T10:00+08:00"); // RFC 3339 wants the seconds
        // no IDN-005 for the unknown birth date, no DOC-010 either
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-013", ERROR, "/source/exportedAt"),
                tuple("DOC-013", ERROR, "/members/3/birthDate"),
                tuple("DOC-013", ERROR, "/postings/0/endDate"));
    }

    @Test
    void doc014LengthsPatternsAndCounts() {
        ObjectNode doc = document();
        record(doc, "members", 3).put("name", "");
        record(doc, "grids", 0).put("population", -3);
        record(doc, "serviceRecords", 0).put("id", "s/1");
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-014", ERROR, "/members/3/name"),
                tuple("DOC-014", ERROR, "/grids/0/population"),
                tuple("DOC-014", ERROR, "/serviceRecords/0/id"));
    }

    @Test
    void codeFieldsAreJudgedByTheirIdnRulesNotByShape() {
        ObjectNode doc = document();
        record(doc, "members", 3).put("idNumber", "not an id number");
        record(doc, "organizations", 2).put("divisionCode", "5226");
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("IDN-020", ERROR, "/organizations/2/divisionCode"), tuple("IDN-001", ERROR, "/members/3/idNumber"));
    }

    @Test
    void doc015UnknownFieldsAreWarningsWithEscapedPaths() {
        ObjectNode doc = document();
        doc.put("comment", "x");
        record(doc, "members", 0).put("nickname", "小张");
        ((ObjectNode) record(doc, "organizations", 2).get("leadership")).put("a/b~c", 1);
        assertThat(triples(readDocument(doc))).containsExactly(
                tuple("DOC-015", WARNING, "/comment"),
                tuple("DOC-015", WARNING, "/organizations/2/leadership/a~1b~0c"),
                tuple("DOC-015", WARNING, "/members/0/nickname"));
    }

    @Test
    void doc016DuplicateIdsOnTheLaterRecord() {
        ObjectNode doc = document();
        record(doc, "members", 4).put("id", "m-3");
        assertThat(triples(readDocument(doc))).containsExactly(tuple("DOC-016", ERROR, "/members/4/id"));
    }

    @Test
    void doc017RepeatedKeysKeepTheFirstValue() {
        String json = document().toString().replaceFirst("\"name\":\"党员3\"", "\"name\":\"党员3\",\"name\":\"另一个\"");
        ReadResult result = DatasetReader.create().read(TestInputs.bytes(json));
        assertThat(triples(result.report())).containsExactly(tuple("DOC-017", ERROR, "/members/3/name"));
        assertThat(result.dataset().members().get(3).name()).isEqualTo("党员3");
        String twice = document().toString().replaceFirst("\"asOf\":\"2023-08-18\"", "\"asOf\":\"2023-08-18\",\"asOf\":\"2020-01-01\"");
        assertThat(triples(readDocument(twice))).containsExactly(tuple("DOC-017", ERROR, "/asOf"));
    }

    @Test
    void doc018LimitsStopReadingCleanly() {
        String deep = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"x\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        ValidationReport report = readDocument(deep);
        // the unknown field is reported before the reader stops inside it
        assertThat(triples(report)).containsExactly(tuple("DOC-015", WARNING, "/x"), tuple("DOC-018", ERROR, "/x"));
        assertThat(report.findings("DOC-018").get(0).message()).contains("nesting depth").doesNotContain("StreamReadConstraints");
        // the words of the message are in the report's language; the parser's own words are marked as such
        ValidationReport chinese = DatasetReader.create().withOptions(ValidationOptions.defaults()
                .withLocale(Locale.SIMPLIFIED_CHINESE)).validate(TestInputs.bytes(deep));
        assertThat(chinese.findings("DOC-018").get(0).message())
                .startsWith("输入超出读取器的安全限制（嵌套深度），已在此处停止读取：解析器报告（英文）：")
                .doesNotContain("StreamReadConstraints");
        assertThat(report.isComplete()).isFalse();
        String longNumber = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"x\":" + "9".repeat(100_000) + "}";
        assertThat(triples(readDocument(longNumber))).containsExactly(tuple("DOC-018", ERROR, "/x"));
        ReadLimits small = ReadLimits.defaults().withMaxStringLength(1000);
        String longString = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"x\":\"" + "a".repeat(5000) + "\"}";
        assertThat(triples(DatasetReader.create().withLimits(small).validate(TestInputs.bytes(longString))))
                .containsExactly(tuple("DOC-015", WARNING, "/x"), tuple("DOC-018", ERROR, "/x"));
    }

    @Test
    void errorDetailsNeverQuoteAnIdNumber() {
        ValidationReport report = readDocument("{\"idNumber\": 11010519491231002X}");
        Finding f = report.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("DOC-001");
        assertThat(f.message()).doesNotContain("11010519491231002").contains("line 1");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] json = document().toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(DatasetReader.create().validate(new ByteArrayInputStream(withBom)).findings()).isEmpty();
        // the look-ahead works whatever the caller's stream is, a PushbackInputStream of one byte included
        assertThat(DatasetReader.create().validate(new PushbackInputStream(new ByteArrayInputStream(json))).findings())
                .isEmpty();
        assertThat(StreamReader.create().validate(new PushbackInputStream(
                TestInputs.bytes(String.join("\n", TestInputs.streamLines(document())) + "\n"))).findings()).isEmpty();
    }

    @Test
    void invalidUtf8IsMalformedInput() {
        byte[] json = "{\"schemaVersion\":\"1.\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(triples(DatasetReader.create().validate(new ByteArrayInputStream(json))))
                .containsExactly(tuple("DOC-001", ERROR, ""));
    }

    @Test
    void utf16AndUtf32AreDoc001SinceExchangedJsonIsUtf8() {
        String text = document().toString();
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        encoded.put("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE));
        encoded.put("UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE));
        encoded.put("UTF-16BE ", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)); // with a byte-order mark
        encoded.put("UTF-32BE", text.getBytes(Charset.forName("UTF-32BE")));
        encoded.put("UTF-32LE", text.getBytes(Charset.forName("UTF-32LE")));
        encoded.put("UTF-32LE ", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE"))); // with a byte-order mark
        for (Map.Entry<String, byte[]> e : encoded.entrySet()) {
            ValidationReport document = DatasetReader.create().validate(new ByteArrayInputStream(e.getValue()));
            assertThat(triples(document)).as(e.getKey()).containsExactly(tuple("DOC-001", ERROR, ""));
            assertThat(document.findings().get(0).message()).contains(e.getKey().trim());
            ValidationReport stream = StreamReader.create().validate(new ByteArrayInputStream(e.getValue()));
            assertThat(triples(stream)).as(e.getKey()).containsExactly(tuple("DOC-001", ERROR, "/1"));
        }
    }
}
