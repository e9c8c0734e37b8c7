package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.serialization.TestInputs.document;
import static org.partyorg.serialization.TestInputs.readDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partyorg.serialization.ReportWriter.FileReport;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationReport;

/** The report as the command line prints it: one text line per finding, or one JSON document. */
class ReportWriterTest {

    /** A document whose first member has an unknown field named with a line break (DOC-015). */
    private static ValidationReport unknownFieldWithLineBreak() {
        ObjectNode doc = document();
        ((ObjectNode) doc.withArray("members").get(0)).put("note\nINJECTED: ERROR DOC-001\u2028x", 1);
        return readDocument(doc);
    }

    @Test
    void textKeepsEachFindingOnOneLineWhateverTheFieldNameHolds() {
        StringWriter out = new StringWriter();
        ReportWriter.text(List.of(new FileReport("a\nb.json", unknownFieldWithLineBreak())), new PrintWriter(out), Locale.ENGLISH);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("a\\nb.json:/members/0/note\\nINJECTED: ERROR DOC-001\\u2028x: WARNING DOC-015 ")
                .doesNotContain("\u2028");
        assertThat(lines.get(1)).isEqualTo("1 file(s), 11 record(s): 0 error(s), 1 warning(s), 0 info(s)");
    }

    @Test
    void jsonKeepsTheFieldNameExactlyAndHasTheShapeOfCliMd() throws Exception {
        StringWriter out = new StringWriter();
        ReportWriter.json(List.of(new FileReport("a.json", unknownFieldWithLineBreak())), out);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("findings")).hasSize(1);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("file").asText()).isEqualTo("a.json");
        assertThat(finding.get("ruleId").asText()).isEqualTo("DOC-015");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("path").asText()).isEqualTo("/members/0/note\nINJECTED: ERROR DOC-001\u2028x");
        assertThat(finding.get("recordType").asText()).isEqualTo("member");
        assertThat(finding.get("ruleUrl").asText()).isEqualTo(Rule.DOC_015.documentationUrl().toString())
                .isEqualTo("https://github.com/partyorg/partyorg/blob/main/docs/rules.md#doc-015");
        assertThat(finding.properties()).extracting(e -> e.getKey())
                .containsExactly("file", "ruleId", "severity", "path", "recordType", "recordId", "message", "ruleUrl");
        assertThat(json.get("summary").toString())
                .isEqualTo("{\"files\":1,\"records\":11,\"errors\":0,\"warnings\":1,\"infos\":0,\"truncated\":false,"
                        + "\"stoppedEarly\":false}");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(ReportWriter.oneLine("/members/3/出生日期")).isEqualTo("/members/3/出生日期");
        assertThat(ReportWriter.oneLine("tab\there\u0085\u007f")).isEqualTo("tab\\there\\u0085\\u007f");
    }
}
