package org.partyorg.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.RecordType;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.Unit;
import org.partyorg.core.Vote;
import org.partyorg.core.code.NationalCode;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * The schemas and the Java records describe the same wire format: same field names in the same
 * order, the same types, the same enumeration values, and the required fields of docs/format.md. A
 * record component added without a schema property (or the other way round) fails here.
 */
class SchemasAndRecordsInStepTest {

    /** Where each record's object schema lives: schema name and JSON Pointer inside it. */
    private static final Map<Class<? extends Record>, String[]> LOCATIONS = Map.ofEntries(
            Map.entry(Dataset.class, new String[] {"dataset", ""}),
            Map.entry(Organization.class, new String[] {"organization", ""}),
            Map.entry(Member.class, new String[] {"member", ""}),
            Map.entry(Grid.class, new String[] {"grid", ""}),
            Map.entry(ServiceRecord.class, new String[] {"serviceRecord", ""}),
            Map.entry(Posting.class, new String[] {"posting", ""}),
            Map.entry(Unit.class, new String[] {"common", "/$defs/Unit"}),
            Map.entry(Leadership.class, new String[] {"common", "/$defs/Leadership"}),
            Map.entry(Officer.class, new String[] {"common", "/$defs/Officer"}),
            Map.entry(Honor.class, new String[] {"common", "/$defs/Honor"}),
            Map.entry(PersonRef.class, new String[] {"common", "/$defs/PersonRef"}),
            Map.entry(SendingUnit.class, new String[] {"common", "/$defs/SendingUnit"}),
            Map.entry(Source.class, new String[] {"common", "/$defs/Source"}),
            Map.entry(Application.class, new String[] {"application", ""}),
            Map.entry(Meeting.class, new String[] {"meeting", ""}),
            Map.entry(DuesPayment.class, new String[] {"duesPayment", ""}),
            Map.entry(Transfer.class, new String[] {"transfer", ""}),
            Map.entry(Election.class, new String[] {"election", ""}),
            Map.entry(PublicNotice.class, new String[] {"common", "/$defs/PublicNotice"}),
            Map.entry(Vote.class, new String[] {"common", "/$defs/Vote"}),
            Map.entry(ElectedMember.class, new String[] {"common", "/$defs/ElectedMember"}));

    /** The "req" columns of docs/format.md (sector's conditional requirement is tested on its own). */
    private static final Map<Class<? extends Record>, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(Dataset.class, List.of("schemaVersion", "asOf")),
            Map.entry(Organization.class, List.of("id", "name", "orgType", "divisionCode")),
            Map.entry(Member.class, List.of("id", "name", "idNumber", "sex", "birthDate", "ethnicity", "orgId", "stage",
                    "admittedOn", "status")),
            Map.entry(Grid.class, List.of("id", "name", "divisionCode", "kind", "leader", "households")),
            Map.entry(ServiceRecord.class, List.of("id", "gridId", "date", "category", "status")),
            Map.entry(Posting.class, List.of("id", "person", "role", "sendingUnit", "hostOrgId", "divisionCode", "startDate",
                    "plannedEndDate", "status")),
            Map.entry(Unit.class, List.of("name")),
            Map.entry(Leadership.class, List.of()),
            Map.entry(Officer.class, List.of("memberId", "role")),
            Map.entry(Honor.class, List.of("title")),
            Map.entry(PersonRef.class, List.of("name")),
            Map.entry(SendingUnit.class, List.of("name")),
            Map.entry(Source.class, List.of()),
            Map.entry(Application.class, List.of("id", "person", "orgId", "stage", "appliedOn")),
            Map.entry(Meeting.class, List.of("id", "orgId", "kind", "heldOn")),
            Map.entry(DuesPayment.class, List.of("id", "memberId", "month", "category", "amount", "paidOn")),
            Map.entry(Transfer.class, List.of("id", "memberId", "issuedOn", "status")),
            Map.entry(Election.class, List.of("id", "orgId", "heldOn", "form", "seats", "candidates", "eligible", "present")),
            Map.entry(PublicNotice.class, List.of("from", "to")),
            Map.entry(Vote.class, List.of("heldOn")),
            Map.entry(ElectedMember.class, List.of("memberId", "votes")));

    /** Records that have a schema file of their own (referenced by file, not by a common definition). */
    private static final Map<Class<?>, String> OWN_FILES = Map.of(Organization.class, "organization.schema.json",
            Member.class, "member.schema.json", Grid.class, "grid.schema.json", ServiceRecord.class,
            "serviceRecord.schema.json", Posting.class, "posting.schema.json", Application.class, "application.schema.json",
            Meeting.class, "meeting.schema.json", DuesPayment.class, "duesPayment.schema.json", Transfer.class,
            "transfer.schema.json", Election.class, "election.schema.json");

    static Stream<Arguments> records() {
        return LOCATIONS.keySet().stream().sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .map(c -> Arguments.of(c.getSimpleName(), c));
    }

    private static JsonNode objectSchema(Class<? extends Record> type) {
        String[] at = LOCATIONS.get(type);
        JsonNode node = SchemaSupport.tree(at[0]).at(at[1]);
        assertThat(node.isMissingNode()).as(type.getSimpleName()).isFalse();
        return node;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void everyRecordOfTheFormatIsCovered() {
        Set<Class<?>> reachable = new LinkedHashSet<>();
        collectRecords(Dataset.class, reachable);

        assertThat(reachable).containsExactlyInAnyOrderElementsOf(LOCATIONS.keySet());
        assertThat(REQUIRED.keySet()).containsExactlyInAnyOrderElementsOf(LOCATIONS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void propertiesAreTheRecordComponentsInOrder(String name, Class<? extends Record> type) {
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(names(objectSchema(type).path("properties"))).containsExactlyElementsOf(components);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void requiredFieldsAreThoseOfFormatMd(String name, Class<? extends Record> type) {
        assertThat(texts(objectSchema(type).path("required"))).containsExactlyInAnyOrderElementsOf(REQUIRED.get(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void requiredPropertiesRejectNullAndOptionalOnesAcceptIt(String name, Class<? extends Record> type) {
        JsonNode schema = objectSchema(type);
        List<String> required = REQUIRED.get(type);
        schema.path("properties").properties().forEach(e -> {
            boolean nullable = acceptsNull(e.getValue());
            if (required.contains(e.getKey())) {
                assertThat(nullable).as(name + "." + e.getKey() + " is required and must not accept null").isFalse();
            } else {
                assertThat(nullable).as(name + "." + e.getKey() + " is optional and must accept null").isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void propertyTypesFollowTheComponentTypes(String name, Class<? extends Record> type) {
        JsonNode properties = objectSchema(type).path("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            assertThat(schemaType(properties.path(c.getName())))
                    .as(name + "." + c.getName())
                    .isEqualTo(expectedType(c.getName(), c.getGenericType()));
        }
    }

    @Test
    void everyEnumerationListsExactlyTheJavaConstantsOrCodes() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Class<?> record : LOCATIONS.keySet()) {
            for (RecordComponent c : record.getRecordComponents()) {
                Class<?> raw = rawElementType(c.getGenericType());
                if (raw.isEnum()) {
                    enums.add(raw);
                }
            }
        }
        JsonNode defs = SchemaSupport.tree("common").path("$defs");
        assertThat(enums).hasSizeGreaterThanOrEqualTo(20);
        for (Class<?> e : enums) {
            List<String> expected = Arrays.stream(e.getEnumConstants())
                    .map(k -> k instanceof NationalCode code ? code.code() : ((Enum<?>) k).name()).toList();
            JsonNode def = defs.path(e.getSimpleName());
            assertThat(def.path("type").asText()).as(e.getSimpleName()).isEqualTo("string");
            assertThat(texts(def.path("enum"))).as(e.getSimpleName()).containsExactlyElementsOf(expected);
        }
        Set<String> enumDefs = new TreeSet<>();
        defs.properties().forEach(d -> {
            if (d.getValue().has("enum")) {
                enumDefs.add(d.getKey());
            }
        });
        assertThat(enumDefs).containsExactlyInAnyOrderElementsOf(enums.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void codeListsHaveTheirNationalStandardShapes() {
        JsonNode defs = SchemaSupport.tree("common").path("$defs");
        assertThat(texts(defs.path("Sex").path("enum"))).containsExactly("0", "1", "2", "9");
        assertThat(texts(defs.path("Ethnicity").path("enum"))).hasSize(56).startsWith("01").endsWith("56");
        assertThat(texts(defs.path("Education").path("enum"))).allMatch(c -> c.matches("[1-9][0-9]"));
    }

    @Test
    void sectorIsRequiredExactlyForTheBasicLevelTypes() {
        JsonNode org = SchemaSupport.tree("organization");
        List<String> basic = Arrays.stream(OrgType.values()).filter(OrgType::isBasicLevel).map(Enum::name).toList();

        assertThat(texts(org.at("/if/properties/orgType/enum"))).containsExactlyElementsOf(basic);
        assertThat(texts(org.at("/if/required"))).containsExactly("orgType");
        assertThat(texts(org.at("/then/required"))).containsExactly("sector");
        assertThat(acceptsNull(org.at("/then/properties/sector"))).isFalse();
    }

    @Test
    void aPostingsPersonMustCarryAnIdNumber() {
        JsonNode person = SchemaSupport.tree("posting").at("/properties/person");

        assertThat(texts(person.path("required"))).containsExactly("idNumber");
        assertThat(acceptsNull(person.at("/properties/idNumber"))).isFalse();
    }

    @Test
    void datasetListsAreTheRecordTypes() {
        JsonNode properties = SchemaSupport.tree("dataset").path("properties");
        for (RecordType t : RecordType.values()) {
            assertThat(properties.at("/" + t.datasetField() + "/items/$ref").asText())
                    .isEqualTo(t.wireName() + ".schema.json");
        }
    }

    @Test
    void streamRecordDispatchesOnEveryRecordTypeAndTheHeader() {
        JsonNode stream = SchemaSupport.tree("streamRecord");
        List<String> wire = new ArrayList<>(List.of("header"));
        Arrays.stream(RecordType.values()).map(RecordType::wireName).forEach(wire::add);

        assertThat(texts(stream.at("/properties/recordType/enum"))).containsExactlyElementsOf(wire);
        List<String> dispatch = new ArrayList<>();
        for (JsonNode branch : stream.path("allOf")) {
            String value = branch.at("/if/properties/recordType/const").asText();
            assertThat(texts(branch.at("/if/required"))).containsExactly("recordType");
            String target = branch.at("/then/$ref").asText();
            assertThat(target).isEqualTo(value.equals("header") ? "#/$defs/header" : value + ".schema.json");
            dispatch.add(value);
        }
        assertThat(dispatch).containsExactlyElementsOf(wire);

        JsonNode header = stream.at("/$defs/header");
        assertThat(names(header.path("properties"))).containsExactly("recordType", "schemaVersion", "asOf", "coverageFrom", "source");
        assertThat(texts(header.path("required"))).containsExactly("recordType", "schemaVersion", "asOf");
        JsonNode dataset = SchemaSupport.tree("dataset").path("properties");
        for (String field : List.of("schemaVersion", "asOf", "coverageFrom", "source")) {
            assertThat(schemaType(header.at("/properties/" + field))).isEqualTo(schemaType(dataset.path(field)));
        }
    }

    @Test
    void reportFindingsAreTheValidatorsFindingsPlusTheirFile() {
        JsonNode report = SchemaSupport.tree("report");
        JsonNode finding = report.at("/$defs/Finding");
        List<String> components = new ArrayList<>(List.of("file"));
        Arrays.stream(Finding.class.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);

        assertThat(texts(finding.path("required"))).containsExactlyInAnyOrderElementsOf(components);
        components.add("ruleUrl"); // the report links each finding to its rule's entry in the catalog (optional)
        assertThat(names(finding.path("properties"))).containsExactlyElementsOf(components);
        assertThat(acceptsNull(finding.at("/properties/recordType"))).isTrue();
        assertThat(acceptsNull(finding.at("/properties/recordId"))).isTrue();
        for (String notNull : List.of("file", "ruleId", "severity", "path", "message")) {
            assertThat(acceptsNull(finding.at("/properties/" + notNull))).as(notNull).isFalse();
        }
        assertThat(texts(finding.at("/properties/severity/enum")))
                .containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Enum::name).toList());
        List<String> recordTypes = new ArrayList<>();
        Arrays.stream(RecordType.values()).map(RecordType::wireName).forEach(recordTypes::add);
        recordTypes.add("null");
        assertThat(texts(finding.at("/properties/recordType/enum"))).containsExactlyElementsOf(recordTypes);

        Pattern ruleId = Pattern.compile(finding.at("/properties/ruleId/pattern").asText());
        assertThat(Rule.values()).allSatisfy(r -> assertThat(ruleId.matcher(r.id()).find()).as(r.id()).isTrue());
        assertThat(ruleId.matcher("XYZ-001").find()).isFalse();

        assertThat(names(report.at("/$defs/Summary/properties")))
                .containsExactly("files", "records", "errors", "warnings", "infos", "truncated", "stoppedEarly");
        assertThat(texts(report.at("/$defs/Summary/required")))
                .containsExactly("files", "records", "errors", "warnings", "infos", "truncated", "stoppedEarly");
    }

    // --- the type of a property, as a short string: "string", "ref:date", "array of ref:Unit", ...

    private static String expectedType(String name, Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "array of " + expectedType("", p.getActualTypeArguments()[0]);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name.equals("id") || name.equals("schemaVersion") ? "ref:" + name : "string";
        }
        if (c == LocalDate.class) {
            return "ref:date";
        }
        if (c == OffsetDateTime.class) {
            return "ref:timestamp";
        }
        if (c == Integer.class) {
            return "ref:count";
        }
        if (c == YearMonth.class) {
            return "ref:month";
        }
        if (c == BigDecimal.class) {
            return "ref:money";
        }
        if (c == Boolean.class) {
            return "boolean";
        }
        if (OWN_FILES.containsKey(c)) {
            return "ref:" + OWN_FILES.get(c);
        }
        return "ref:" + c.getSimpleName();
    }

    private static String schemaType(JsonNode property) {
        JsonNode p = property;
        if (p.has("anyOf")) {
            List<JsonNode> branches = new ArrayList<>();
            p.path("anyOf").forEach(branches::add);
            assertThat(branches).hasSize(2).anyMatch(b -> b.path("type").asText().equals("null"));
            p = branches.stream().filter(b -> !b.path("type").asText().equals("null")).findFirst().orElseThrow();
        }
        if (p.has("$ref")) {
            String ref = p.path("$ref").asText();
            return "ref:" + (ref.contains("#") ? ref.substring(ref.lastIndexOf('/') + 1) : ref);
        }
        List<String> types = p.path("type").isArray() ? new ArrayList<>(texts(p.path("type"))) : List.of(p.path("type").asText());
        types = types.stream().filter(t -> !t.equals("null")).toList();
        assertThat(types).as(property.toString()).hasSize(1);
        String t = types.get(0);
        return t.equals("array") ? "array of " + schemaType(p.path("items")) : t;
    }

    private static boolean acceptsNull(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode b : property.path("anyOf")) {
                if (b.path("type").asText().equals("null")) {
                    return true;
                }
            }
            return false;
        }
        JsonNode type = property.path("type");
        return type.isArray() && texts(type).contains("null");
    }

    private static Class<?> rawElementType(Type type) {
        if (type instanceof ParameterizedType p) {
            return rawElementType(p.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    private static void collectRecords(Class<?> type, Set<Class<?>> out) {
        if (!type.isRecord() || !out.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            collectRecords(rawElementType(c.getGenericType()), out);
        }
    }
}
