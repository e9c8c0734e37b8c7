package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.Honor;
import org.partyorg.core.Leadership;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Officer;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.Unit;
import org.partyorg.core.Vote;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.code.NationalCode;
import org.partyorg.core.code.Sex;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.PartyOrgModule;
import org.partyorg.serialization.Schemas;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;

/**
 * docs/format.md against the JSON Schemas and the records, so the reference cannot drift:
 * <ul>
 *   <li>each table after {@code <!-- fields: NAME -->} lists exactly the schema's properties, in
 *       the schema's order, with "yes" in the required column exactly for the schema's required
 *       properties, and, for a record, exactly its components;</li>
 *   <li>each table after {@code <!-- values: NAME -->} lists exactly the enumeration of the shared
 *       schema, in order, with the Java enum's Chinese name;</li>
 *   <li>every object and enumeration of the schemas has its table (the code lists of ethnicity and
 *       education excepted: they are linked, not copied);</li>
 *   <li>each JSON example is real: a record example equals the record of the same id in
 *       docs/examples/koujiang-village.json, stream lines are lines of koujiang-village.ndjson,
 *       the document example validates without findings.</li>
 * </ul>
 */
class FormatReferenceTest {
    private static final Path PAGE = Path.of("docs/format.md");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> LINKED_NOT_COPIED = Set.of("Ethnicity", "Education");

    /** Where each documented object lives: schema name and JSON Pointer, and its Java record if any. */
    private record Target(String schema, String pointer, Class<?> record) {
    }

    private static final Map<String, Target> OBJECTS = new LinkedHashMap<>();

    static {
        OBJECTS.put("dataset", new Target("dataset", "", Dataset.class));
        OBJECTS.put("header", new Target("streamRecord", "/$defs/header", null));
        OBJECTS.put("organization", new Target("organization", "", Organization.class));
        OBJECTS.put("Unit", new Target("common", "/$defs/Unit", Unit.class));
        OBJECTS.put("Leadership", new Target("common", "/$defs/Leadership", Leadership.class));
        OBJECTS.put("Officer", new Target("common", "/$defs/Officer", Officer.class));
        OBJECTS.put("Honor", new Target("common", "/$defs/Honor", Honor.class));
        OBJECTS.put("member", new Target("member", "", Member.class));
        OBJECTS.put("grid", new Target("grid", "", Grid.class));
        OBJECTS.put("PersonRef", new Target("common", "/$defs/PersonRef", PersonRef.class));
        OBJECTS.put("serviceRecord", new Target("serviceRecord", "", ServiceRecord.class));
        OBJECTS.put("posting", new Target("posting", "", Posting.class));
        OBJECTS.put("SendingUnit", new Target("common", "/$defs/SendingUnit", SendingUnit.class));
        OBJECTS.put("Source", new Target("common", "/$defs/Source", Source.class));
        OBJECTS.put("application", new Target("application", "", Application.class));
        OBJECTS.put("PublicNotice", new Target("common", "/$defs/PublicNotice", PublicNotice.class));
        OBJECTS.put("Vote", new Target("common", "/$defs/Vote", Vote.class));
        OBJECTS.put("meeting", new Target("meeting", "", Meeting.class));
        OBJECTS.put("duesPayment", new Target("duesPayment", "", DuesPayment.class));
        OBJECTS.put("transfer", new Target("transfer", "", Transfer.class));
        OBJECTS.put("election", new Target("election", "", Election.class));
        OBJECTS.put("ElectedMember", new Target("common", "/$defs/ElectedMember", ElectedMember.class));
        OBJECTS.put("Finding", new Target("report", "/$defs/Finding", Finding.class));
        OBJECTS.put("Summary", new Target("report", "/$defs/Summary", null));
    }

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(Schemas.text(name));
    }

    /** A Markdown table: the cells of each row below the header, without backticks. */
    private static List<List<String>> table(String marker, List<String> lines, int from) {
        List<List<String>> rows = new ArrayList<>();
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        assertThat(lines.get(i)).as("docs/format.md: a table follows <!-- %s -->", marker).startsWith("|");
        i += 2; // header and separator
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String row = lines.get(i).strip();
            List<String> cells = new ArrayList<>();
            for (String cell : row.substring(1, row.length() - 1).split("(?<!\\\\)\\|")) {
                cells.add(cell.strip().replace("`", ""));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** @return the tables of the page by marker ({@code fields: member} etc.), each marker once */
    private static Map<String, List<List<String>>> tables(String kind) {
        List<String> lines = Docs.read(PAGE).lines().toList();
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("<!-- " + kind + ":") && t.endsWith("-->")) {
                String name = t.substring(("<!-- " + kind + ":").length(), t.length() - 3).strip();
                assertThat(out).as("docs/format.md:%d: <!-- %s: %s --> appears twice", i + 1, kind, name).doesNotContainKey(name);
                out.put(name, table(kind + ": " + name, lines, i + 1));
            }
        }
        return out;
    }

    @Test
    void everyFieldTableMatchesTheSchemaAndTheRecord() throws IOException {
        Map<String, List<List<String>>> tables = tables("fields");
        assertThat(tables.keySet()).as("field tables of docs/format.md").containsExactlyInAnyOrderElementsOf(OBJECTS.keySet());
        for (Map.Entry<String, Target> e : OBJECTS.entrySet()) {
            String name = e.getKey();
            Target target = e.getValue();
            JsonNode node = schema(target.schema()).at(target.pointer());
            List<String> schemaFields = new ArrayList<>();
            node.get("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> schemaRequired = new TreeSet<>();
            if (node.has("required")) {
                node.get("required").forEach(r -> schemaRequired.add(r.asText()));
            }
            List<List<String>> rows = tables.get(name);
            List<String> docFields = rows.stream().map(r -> r.get(0)).toList();
            Set<String> docRequired = new TreeSet<>();
            for (List<String> r : rows) {
                assertThat(r).as("docs/format.md %s.%s: columns field | type | required | meaning", name, r.get(0)).hasSize(4);
                if (r.get(2).equals("yes")) {
                    docRequired.add(r.get(0));
                }
            }
            assertThat(docFields).as("docs/format.md fields of %s, in the order of %s.schema.json", name, target.schema())
                    .isEqualTo(schemaFields);
            assertThat(docRequired).as("docs/format.md: fields of %s marked 'yes' (required) in %s.schema.json", name,
                    target.schema()).isEqualTo(schemaRequired);
            if (target.record() != null) {
                List<String> components = new ArrayList<>();
                for (RecordComponent c : target.record().getRecordComponents()) {
                    components.add(c.getName());
                }
                List<String> documented = new ArrayList<>(docFields);
                documented.remove("file"); // the report names the file; a Finding does not know it
                documented.remove("ruleUrl"); // and links the rule's entry, Rule.documentationUrl()
                assertThat(documented).as("docs/format.md fields of %s against %s's components", name,
                        target.record().getSimpleName()).isEqualTo(components);
            }
        }
    }

    @Test
    void everyValueTableMatchesTheSchemaAndTheEnum() throws Exception {
        Map<String, List<List<String>>> tables = tables("values");
        JsonNode defs = schema("common").get("$defs");
        Set<String> enums = new TreeSet<>();
        defs.fieldNames().forEachRemaining(n -> {
            if (defs.get(n).has("enum") && !LINKED_NOT_COPIED.contains(n)) {
                enums.add(n);
            }
        });
        assertThat(tables.keySet()).as("value tables of docs/format.md").containsExactlyInAnyOrderElementsOf(enums);
        for (String name : enums) {
            List<String> schemaValues = new ArrayList<>();
            defs.get(name).get("enum").forEach(v -> schemaValues.add(v.asText()));
            List<List<String>> rows = tables.get(name);
            assertThat(rows.stream().map(r -> r.get(0)).toList()).as("docs/format.md values of %s", name).isEqualTo(schemaValues);
            Class<?> type = name.equals("Sex") ? Sex.class
                    : name.equals("DuesCategory") ? DuesCategory.class : Class.forName("org.partyorg.core." + name);
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                Object c = constants[i];
                String wire = c instanceof NationalCode code ? code.code() : ((Enum<?>) c).name();
                String chinese = (String) type.getMethod("chineseName").invoke(c);
                assertThat(rows.get(i).get(0)).as("%s constant %d", name, i).isEqualTo(wire);
                assertThat(rows.get(i).get(1)).as("docs/format.md: the Chinese name of %s.%s", name, c).isEqualTo(chinese);
            }
        }
    }

    @Test
    void everyJsonExampleIsReal() throws IOException {
        Dataset example = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
        Set<String> streamLines = new HashSet<>(Files.readAllLines(Path.of("docs/examples/koujiang-village.ndjson"), StandardCharsets.UTF_8));
        ObjectMapper mapper = new ObjectMapper().registerModule(new PartyOrgModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Set<String> shownRecords = new TreeSet<>();
        List<Docs.Block> json = Docs.blocks(PAGE).stream().filter(b -> b.language().equals("json")).toList();
        assertThat(json).isNotEmpty();
        for (Docs.Block b : json) {
            assertThat(b.marker()).as("%s: a JSON example needs a marker (record: TYPE, stream-lines, document)", b.where()).isNotNull();
            if (b.marker().startsWith("record:")) {
                String type = b.marker().substring("record:".length()).strip();
                Class<?> cls = OBJECTS.get(type).record();
                Object record = mapper.readValue(b.text(), cls);
                List<Object> candidates = switch (type) {
                    case "organization" -> List.copyOf(example.organizations());
                    case "member" -> List.copyOf(example.members());
                    case "grid" -> List.copyOf(example.grids());
                    case "serviceRecord" -> List.copyOf(example.serviceRecords());
                    case "posting" -> List.copyOf(example.postings());
                    default -> throw new AssertionError(b.where() + ": no record type " + type);
                };
                String id = JSON.readTree(b.text()).get("id").asText();
                assertThat(candidates).as("%s: the example %s %s is the one in koujiang-village.json", b.where(), type, id)
                        .contains(record);
                shownRecords.add(type);
            } else if (b.marker().equals("stream-lines")) {
                for (String line : b.body()) {
                    assertThat(streamLines).as("%s: a line of docs/examples/koujiang-village.ndjson", b.where()).contains(line);
                }
            } else if (b.marker().equals("document")) {
                ValidationReport report = DatasetReader.create().validate(new ByteArrayInputStream(
                        b.text().getBytes(StandardCharsets.UTF_8)));
                assertThat(report.findings()).as("%s: the document example is valid", b.where()).isEmpty();
            } else {
                throw new AssertionError(b.where() + ": unknown marker " + b.marker());
            }
        }
        assertThat(shownRecords).as("an example of every record type")
                .containsExactlyInAnyOrder("organization", "member", "grid", "serviceRecord", "posting");
    }
}
