package org.partyorg.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;

/** Test helper: the clean example document and stream, and ways to break them. */
final class TestInputs {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TestInputs() {
    }

    /** @return a mutable copy of {@code reader/valid.json}, which breaks no rule */
    static ObjectNode document() {
        try (InputStream in = TestInputs.class.getResourceAsStream("/reader/valid.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the stream form of the clean document: header, then records by type */
    static List<String> streamLines(ObjectNode doc) {
        List<String> lines = new ArrayList<>();
        ObjectNode header = MAPPER.createObjectNode().put("recordType", "header");
        header.set("schemaVersion", doc.get("schemaVersion"));
        header.set("asOf", doc.get("asOf"));
        lines.add(header.toString());
        String[][] types = {{"organizations", "organization"}, {"members", "member"}, {"grids", "grid"},
            {"serviceRecords", "serviceRecord"}, {"postings", "posting"}};
        for (String[] t : types) {
            for (JsonNode r : doc.withArray(t[0])) {
                ObjectNode line = MAPPER.createObjectNode().put("recordType", t[1]);
                line.setAll((ObjectNode) r);
                lines.add(line.toString());
            }
        }
        return lines;
    }

    static ObjectNode record(ObjectNode doc, String section, int index) {
        return (ObjectNode) ((ArrayNode) doc.get(section)).get(index);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static ValidationReport readDocument(String json) {
        return DatasetReader.create().validate(bytes(json));
    }

    static ValidationReport readDocument(JsonNode doc) {
        return readDocument(doc.toString());
    }

    static ValidationReport readStream(List<String> lines) {
        return StreamReader.create().validate(bytes(String.join("\n", lines) + "\n"));
    }

    static ValidationReport readStream(String text) {
        return StreamReader.create().validate(bytes(text));
    }

    static List<Tuple> triples(ValidationReport report) {
        List<Tuple> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            out.add(new Tuple(f.ruleId(), f.severity(), f.path()));
        }
        return out;
    }
}
