package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.core.Dataset;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.ReadResult;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Privacy audit (docs/design.md principle 6, docs/format.md §8): for every rule of the catalog, a dataset
 * that triggers it and holds recognisable 身份证号 and mobile numbers, valid and invalid, in the
 * personal fields and, where a message quotes a value, misplaced in other fields too. The readers
 * and validator in both locales and the command line (text and JSON, both locales) must never
 * show one unmasked: not in a message, not in the {@code toString()} of a finding, record, value
 * type or exception, not on standard output or error.
 *
 * <p>Record ids are not personal data and are shown as they are, so no id here holds a number.
 */
class PrivacyAuditTest {
    static final String BEIJING = "11010519491231002X";
    static final String OLD = "440524188001010014";
    static final String PHONE = "13800138000";
    /** An unmasked 身份证号 (15 or more digits, 17 digits and X) or mobile number (11 digits starting with 1). */
    static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(1[0-9]{10}(?![0-9])|[0-9]{15,}|[0-9]{17}[Xx])");
    /** Grid codes are 15 digits too, but not personal: the dataset's own are allowed. */
    static final Set<String> GRID_CODES = Set.of("522631206200001", "522631206200002", "522631206299001", "522631206201001");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Case(String rule, String name, boolean misplaced, String text) {
    }

    // ------------------------------------------------------------------ the datasets

    static ObjectNode base() {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(CliTest.EXAMPLE, StandardCharsets.UTF_8));
            ObjectNode m0 = member(doc, 0);
            m0.put("idNumber", BEIJING).put("birthDate", "1949-12-31").put("sex", "2").put("phone", PHONE);
            ObjectNode m1 = member(doc, 1);
            m1.put("idNumber", OLD).put("birthDate", "1880-01-01").put("sex", "1").put("phone", "13912345678");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode member(ObjectNode doc, int i) {
        return (ObjectNode) doc.withArray("members").get(i);
    }

    static ObjectNode org(ObjectNode doc, int i) {
        return (ObjectNode) doc.withArray("organizations").get(i);
    }

    static ObjectNode grid(ObjectNode doc) {
        return (ObjectNode) doc.withArray("grids").get(0);
    }

    static ObjectNode service(ObjectNode doc) {
        return (ObjectNode) doc.withArray("serviceRecords").get(0);
    }

    static ObjectNode posting(ObjectNode doc) {
        return (ObjectNode) doc.withArray("postings").get(0);
    }

    static ObjectNode leadership(ObjectNode doc) {
        return (ObjectNode) org(doc, 2).get("leadership");
    }

    /** A valid ID number: 17 digits and their check character. */
    static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Adds n full members of the village branch, with valid ID numbers and phones. */
    static void addMembers(ObjectNode doc, int n) {
        for (int i = 0; i < n; i++) {
            ObjectNode m = member(doc, 4).deepCopy();
            String seq = String.format("%03d", 100 + 2 * i + 1);
            m.put("id", "m-x" + i).put("idNumber", id("52263119800101" + seq)).put("sex", "1").put("birthDate", "1980-01-01")
                    .put("phone", "1390000" + String.format("%04d", i));
            doc.withArray("members").add(m);
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Consumer<String> none = s -> { };
        class Adder {
            void add(String rule, String name, boolean misplaced, Consumer<ObjectNode> change) {
                ObjectNode doc = base();
                change.accept(doc);
                cases.add(new Case(rule, name, misplaced, doc.toPrettyString()));
            }

            void raw(String rule, String name, String text) {
                cases.add(new Case(rule, name, true, text));
            }
        }
        Adder a = new Adder();
        String clean = base().toPrettyString();
        a.add(null, "clean", false, d -> { });
        // DOC
        a.raw("DOC-001", "unquoted id number", "{\"schemaVersion\":\"1.0\",\"idNumber\": " + BEIJING + "}");
        a.raw("DOC-001", "broken after a phone", clean.replace("\"" + PHONE + "\"", PHONE + "x"));
        a.raw("DOC-001", "cut in an id number", clean.substring(0, clean.indexOf(BEIJING) + 10));
        a.add("DOC-002", "phone as schemaVersion", true, d -> d.put("schemaVersion", PHONE));
        a.add("DOC-002", "id as schemaVersion", true, d -> d.put("schemaVersion", "1." + BEIJING));
        a.add("DOC-003", "id as asOf", true, d -> d.put("asOf", BEIJING));
        a.add("DOC-010", "name missing", false, d -> member(d, 0).remove("name"));
        a.add("DOC-011", "phone as a number", true, d -> member(d, 0).put("phone", 13800138000L));
        a.add("DOC-011", "id number as sex", true, d -> member(d, 0).put("sex", 11010519491231002L));
        a.add("DOC-012", "id number as sex", true, d -> member(d, 0).put("sex", BEIJING));
        a.add("DOC-012", "phone as ethnicity", true, d -> member(d, 1).put("ethnicity", PHONE));
        a.add("DOC-012", "phone as tag", true, d -> member(d, 1).putArray("tags").add(PHONE));
        a.add("DOC-013", "phone as birthDate", true, d -> member(d, 0).put("birthDate", PHONE));
        a.add("DOC-013", "id number as exportedAt", true, d -> ((ObjectNode) d.get("source")).put("exportedAt", BEIJING));
        a.add("DOC-014", "phone in a long name", true, d -> member(d, 0).put("name", "党员" + PHONE + "x".repeat(60)));
        a.add("DOC-014", "id number in a long grid name", true, d -> grid(d).put("name", BEIJING + "网格".repeat(60)));
        a.add("DOC-014", "negative population", false, d -> grid(d).put("population", -1));
        a.add("DOC-015", "unknown field holding a phone", true, d -> member(d, 0).put("mobile", PHONE));
        a.add("DOC-016", "duplicate id", false, d -> member(d, 1).put("id", "m-0"));
        a.raw("DOC-017", "repeated idNumber", clean.replace("\"idNumber\" : \"" + BEIJING + "\"",
                "\"idNumber\" : \"" + BEIJING + "\", \"idNumber\" : \"" + OLD + "\""));
        a.raw("DOC-018", "a long string of phones", "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"x\":\""
                + (PHONE + " " + BEIJING + " ").repeat(40_000) + "\"}");
        a.raw("DOC-018", "a long number", "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"phone\":" + PHONE.repeat(20) + "}");
        // IDN
        a.add("IDN-001", "16 digits", false, d -> member(d, 0).put("idNumber", BEIJING.substring(0, 16)));
        a.add("IDN-001", "19 characters", false, d -> member(d, 0).put("idNumber", BEIJING + "1"));
        a.add("IDN-001", "a phone", false, d -> member(d, 0).put("idNumber", PHONE));
        a.add("IDN-002", "wrong check", false, d -> member(d, 0).put("idNumber", "110105194912310021"));
        a.add("IDN-002", "posting person wrong check", false, d -> ((ObjectNode) posting(d).get("person")).put("idNumber", "110105194912310021"));
        a.add("IDN-003", "february 30", false, d -> member(d, 0).put("idNumber", id("11010519490230002")));
        a.add("IDN-003", "born after asOf", false, d -> member(d, 0).put("idNumber", id("11010520300101002")));
        a.add("IDN-004", "province 99", false, d -> member(d, 0).put("idNumber", id("99010519491231002")));
        a.add("IDN-005", "birth date differs", false, d -> member(d, 0).put("birthDate", "1949-12-30"));
        a.add("IDN-006", "sex differs", false, d -> member(d, 0).put("sex", "1"));
        a.add("IDN-007", "lowercase x", false, d -> member(d, 0).put("idNumber", BEIJING.toLowerCase(Locale.ROOT)));
        a.add("IDN-010", "phone as credit code", true, d -> ((ObjectNode) posting(d).get("sendingUnit")).put("creditCode", PHONE));
        a.add("IDN-011", "wrong check", false, d -> ((ObjectNode) posting(d).get("sendingUnit")).put("creditCode", "91350100M000100Y44"));
        a.add("IDN-011", "id number as credit code", true, d -> ((ObjectNode) posting(d).get("sendingUnit")).put("creditCode", OLD));
        a.add("IDN-020", "phone as division code", true, d -> org(d, 2).put("divisionCode", PHONE));
        a.add("IDN-020", "id number as division code", true, d -> org(d, 2).put("divisionCode", BEIJING));
        a.add("IDN-021", "unknown village", false, d -> {
            org(d, 2).put("divisionCode", "522631206299");
            grid(d).put("divisionCode", "522631206299").put("code", "522631206299001");
            posting(d).put("divisionCode", "522631206299");
        });
        a.add("IDN-022", "id number as grid code", true, d -> grid(d).put("code", OLD));
        a.add("IDN-022", "phone as grid code", true, d -> grid(d).put("code", PHONE));
        a.add("IDN-022", "another village", false, d -> grid(d).put("code", "522631206201001"));
        a.add("IDN-030", "10 digits", false, d -> member(d, 0).put("phone", PHONE.substring(0, 10)));
        a.add("IDN-030", "12 digits", false, d -> member(d, 0).put("phone", PHONE + "1"));
        a.add("IDN-030", "international", false, d -> member(d, 0).put("phone", "+86" + PHONE));
        a.add("IDN-030", "dashes", false, d -> member(d, 0).put("phone", "138-0013-8000"));
        a.add("IDN-030", "id number as phone", false, d -> ((ObjectNode) grid(d).withArray("workers").get(0)).put("phone", BEIJING));
        a.add("IDN-040", "two memberships", false, d -> member(d, 1).put("idNumber", BEIJING).put("birthDate", "1949-12-31").put("sex", "2"));
        // ORG
        a.add("ORG-001", "parent missing", false, d -> org(d, 2).put("parentId", "nope"));
        a.add("ORG-002", "cycle", false, d -> org(d, 0).put("parentId", "br-kj"));
        a.add("ORG-003", "branch under a party group", false, d -> org(d, 1).put("orgType", "PARTY_GROUP"));
        a.add("ORG-010", "two full members", false, d -> {
            for (int i = 2; i < 5; i++) {
                member(d, i).put("orgId", "twp-kj");
            }
        });
        a.add("ORG-011", "51 members", false, d -> addMembers(d, 46));
        a.add("ORG-012", "small general branch", false, d -> org(d, 2).put("orgType", "GENERAL_BRANCH"));
        a.add("ORG-020", "7 members, secretary only", false, d -> addMembers(d, 2));
        a.add("ORG-021", "5 members, committee", false, d -> leadership(d).put("form", "COMMITTEE"));
        a.add("ORG-022", "committee of 2", false, d -> {
            addMembers(d, 2);
            leadership(d).put("form", "COMMITTEE");
        });
        a.add("ORG-023", "two deputies", false, d -> leadership(d).withArray("officers")
                .add(JSON.createObjectNode().put("memberId", "m-2").put("role", "DEPUTY_SECRETARY")));
        a.add("ORG-024", "two secretaries", false, d -> ((ObjectNode) leadership(d).withArray("officers").get(1)).put("role", "SECRETARY"));
        a.add("ORG-025", "no leadership", false, d -> org(d, 2).remove("leadership"));
        a.add("ORG-026", "officer not a member", false, d -> ((ObjectNode) leadership(d).withArray("officers").get(1)).put("memberId", "nope"));
        a.add("ORG-027", "deputy is director", false, d -> ((ObjectNode) leadership(d).withArray("officers").get(1))
                .put("concurrentVillageDirector", true));
        a.add("ORG-028", "two-year term", false, d -> leadership(d).put("termYears", 2));
        a.add("ORG-029", "term ended", false, d -> leadership(d).put("electedOn", "2015-01-01"));
        a.add("ORG-030", "six host units", false, d -> {
            org(d, 2).put("orgType", "JOINT_BRANCH");
            ArrayNode units = org(d, 2).putArray("hostUnits");
            for (int i = 0; i < 6; i++) {
                units.add(JSON.createObjectNode().put("name", "单位" + i).put("creditCode", "91350100M000100Y43"));
            }
        });
        a.add("ORG-031", "dissolved with members", false, d -> org(d, 2).put("dissolvedOn", "2022-01-01"));
        a.add("ORG-032", "outside the parent", false, d -> org(d, 2).put("divisionCode", "522632206200"));
        a.add("ORG-033", "established later", false, d -> org(d, 2).put("establishedOn", "2024-01-01"));
        // MEM
        a.add("MEM-001", "org missing", false, d -> member(d, 3).put("orgId", "nope"));
        a.add("MEM-002", "in the county committee", false, d -> member(d, 3).put("orgId", "cty-lp"));
        a.add("MEM-003", "in the township committee", false, d -> member(d, 3).put("orgId", "twp-kj"));
        a.add("MEM-004", "party group missing", false, d -> member(d, 3).put("partyGroupId", "nope"));
        a.add("MEM-010", "admitted at 10", false, d -> member(d, 0).put("admittedOn", "1960-01-01").put("fullMemberOn", "1961-01-01"));
        a.add("MEM-011", "full without date", false, d -> member(d, 0).remove("fullMemberOn"));
        a.add("MEM-012", "short probation", false, d -> member(d, 0).put("fullMemberOn", "2001-01-01"));
        a.add("MEM-013", "long probation", false, d -> member(d, 0).put("fullMemberOn", "2003-07-01"));
        a.add("MEM-014", "probation long over", false, d -> member(d, 3).put("stage", "PROBATIONARY").put("admittedOn", "2021-01-01")
                .remove("fullMemberOn"));
        a.add("MEM-015", "short extension", false, d -> member(d, 3).put("stage", "PROBATIONARY").put("admittedOn", "2022-10-01")
                .put("probationExtendedTo", "2023-11-01").remove("fullMemberOn"));
        a.add("MEM-016", "status since later", false, d -> member(d, 0).put("statusSince", "2024-01-01"));
        a.add("MEM-017", "lost contact", false, d -> member(d, 3).put("status", "LOST_CONTACT").put("statusSince", "2020-01-01"));
        a.add("MEM-018", "suspended", false, d -> member(d, 3).put("status", "SUSPENDED").put("statusSince", "2019-01-01"));
        // GRID, SVC
        a.add("GRID-001", "township grid", false, d -> grid(d).put("divisionCode", "522631206000"));
        a.add("GRID-002", "lead org missing", false, d -> grid(d).put("leadOrgId", "nope"));
        a.add("GRID-003", "group in two grids", false, d -> {
            ObjectNode g2 = grid(d).deepCopy().put("id", "g-2").put("code", "522631206200002");
            d.withArray("grids").add(g2);
        });
        a.add("GRID-004", "900 households", false, d -> grid(d).put("households", 900));
        a.add("GRID-005", "3000 people", false, d -> grid(d).put("population", 3000));
        a.add("GRID-006", "leader not a member", false, d -> ((ObjectNode) grid(d).get("leader")).put("memberId", "nope"));
        a.add("GRID-007", "county leads", false, d -> grid(d).put("leadOrgId", "cty-lp"));
        a.add("SVC-001", "grid missing", false, d -> service(d).put("gridId", "nope"));
        a.add("SVC-002", "later date", false, d -> service(d).put("date", "2024-01-01"));
        a.add("SVC-003", "open but resolved", false, d -> service(d).put("status", "OPEN"));
        a.add("SVC-004", "resolved before", false, d -> service(d).put("resolvedOn", "2023-04-01"));
        // PST
        a.add("PST-001", "host missing", false, d -> posting(d).put("hostOrgId", "nope"));
        a.add("PST-002", "township host", false, d -> posting(d).put("hostOrgId", "twp-kj"));
        a.add("PST-003", "other division", false, d -> posting(d).put("divisionCode", "522631206201"));
        a.add("PST-004", "short plan", false, d -> posting(d).put("plannedEndDate", "2023-01-01"));
        a.add("PST-005", "ends before it starts", false, d -> posting(d).put("endDate", "2021-01-01").put("status", "COMPLETED"));
        a.add("PST-006", "completed without end", false, d -> posting(d).put("status", "COMPLETED"));
        a.add("PST-007", "overlapping postings", false, d -> {
            ((ObjectNode) posting(d).get("person")).put("idNumber", BEIJING).put("memberId", "m-0").put("phone", PHONE);
            ObjectNode p2 = posting(d).deepCopy().put("id", "p-2").put("startDate", "2022-06-01");
            d.withArray("postings").add(p2);
        });
        a.add("PST-008", "recent full member", false, d -> member(d, 2).put("admittedOn", "2020-06-01").put("fullMemberOn", "2021-06-01"));
        a.add("PST-009", "previous missing", false, d -> posting(d).put("previousPostingId", "nope"));
        // format 1.1: every case of the 1.1 catalogue, on the 1.1 example whose applicants and members carry
        // ID numbers, plus the cadence rules the catalogue's small example cannot reach
        for (Case c : cases11()) {
            cases.add(c);
        }
        none.accept("");
        return cases;
    }

    static ObjectNode base11() {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(Format11CasesTest.BASE, StandardCharsets.UTF_8));
            ((ObjectNode) doc.withArray("applications").get(0).get("person")).put("phone", PHONE);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> cases11() {
        List<Case> out = new ArrayList<>();
        Format11CasesTest.cases().forEach(arguments -> {
            Format11CasesTest.Case c = (Format11CasesTest.Case) arguments.get()[0];
            ObjectNode doc = base11();
            c.mistake().accept(doc);
            String rule = c.expected().isEmpty() ? null : c.expected().get(c.expected().size() - 1).split(" ")[0];
            out.add(new Case(rule, "1.1 " + c.name(), false, doc.toPrettyString()));
        });
        ObjectNode committee = base11();
        ((ObjectNode) committee.withArray("organizations").get(2).get("leadership")).put("form", "COMMITTEE");
        out.add(new Case("MTG-021", "1.1 committee without committee meetings", false, committee.toPrettyString()));
        ObjectNode group = base11();
        group.withArray("organizations").add(JSON.createObjectNode().put("id", "pg-1").put("name", "口江村第一党小组")
                .put("orgType", "PARTY_GROUP").put("parentId", "br-kj").put("divisionCode", "522631206200"));
        out.add(new Case("MTG-022", "1.1 party group without meetings", false, group.toPrettyString()));
        for (String rule : List.of("MTG-024", "MTG-025", "MTG-026")) {
            ObjectNode year = base11();
            year.put("coverageFrom", "2022-01-01"); // 2022 is a whole year of the coverage
            out.add(new Case(rule, "1.1 a whole year without " + rule, false, year.toPrettyString()));
        }
        ObjectNode arrears = base11();
        arrears.put("coverageFrom", "2022-07-01");
        out.add(new Case("DUE-020", "1.1 a year without dues", false, arrears.toPrettyString()));
        return out;
    }

    // ------------------------------------------------------------------ the audit

    @Test
    void noUnmaskedIdNumberOrPhoneAnywhere() throws IOException {
        Set<String> triggered = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        ValidationOptions zh = ValidationOptions.defaults().withDivisionRegistry(NbsDivisions.nbs2023());
        ValidationOptions en = zh.withLocale(Locale.ENGLISH);
        int n = 0;
        for (Case c : cases()) {
            String where = c.rule() + " (" + c.name() + ")";
            byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
            boolean parsed = isJsonObject(c.text());
            Set<String> ids = new TreeSet<>();
            for (ValidationOptions options : List.of(zh, en)) {
                ReadResult read = DatasetReader.create().withOptions(options).read(new ByteArrayInputStream(bytes));
                scan(leaks, where + " document " + options.locale(), read.report());
                read.report().findings().forEach(f -> ids.add(f.ruleId()));
                try {
                    read.orThrow();
                } catch (RuntimeException e) {
                    scanText(leaks, where + " ReadException", e.toString() + " " + e.getMessage());
                }
                if (!c.misplaced()) {
                    scanText(leaks, where + " records", read.dataset().toString());
                }
                if (parsed) {
                    Dataset ds = read.dataset();
                    scan(leaks, where + " dataset validator " + options.locale(), DatasetValidator.create().withOptions(options).validate(ds));
                    byte[] stream = streamForm((ObjectNode) JSON.readTree(c.text()));
                    ValidationReport s = StreamReader.create().withOptions(options).validate(new ByteArrayInputStream(stream));
                    scan(leaks, where + " stream " + options.locale(), s);
                    s.findings().forEach(f -> ids.add(f.ruleId()));
                }
            }
            Path file = tmp.resolve("case-" + (n++) + ".json");
            Files.write(file, bytes);
            for (String locale : List.of("zh-CN", "en")) {
                for (String format : List.of("text", "json")) {
                    CliTest.Result r = CliTest.run("validate", "--divisions", "--format", format, "--locale", locale, file.toString());
                    assertThat(r.status()).as(where).isIn(0, 1);
                    scanText(leaks, where + " CLI " + format + " " + locale,
                            (r.out() + "\n" + r.err()).replace(tmp.toString(), "<tmp>"));
                    if (format.equals("json")) {
                        JSON.readTree(r.out()).get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
                    }
                }
            }
            if (c.rule() != null) {
                assertThat(ids).as("%s triggers its rule", where).contains(c.rule());
            } else {
                assertThat(ids).as("the base dataset is clean").isEmpty();
            }
            triggered.addAll(ids);
        }
        // the strict factories' exceptions, for the same numbers in the wrong places
        for (String text : List.of(BEIJING, OLD, PHONE, "110105194912310021", BEIJING + "1", "+86" + PHONE, PHONE + "1")) {
            for (Runnable parse : List.<Runnable>of(() -> ResidentIdNumber.parse(text), () -> PhoneNumber.parse(text),
                    () -> CreditCode.parse(text), () -> DivisionCode.parse(text), () -> DivisionCode.ofPrefix(text),
                    () -> GridCode.parse(text), () -> GridCode.of(DivisionCode.lenient(text), 1))) {
                try {
                    parse.run();
                } catch (RuntimeException e) {
                    scanText(leaks, "exception for " + text.length() + " characters", e.toString());
                }
            }
            scanText(leaks, "value types", ResidentIdNumber.lenient(text) + " " + PhoneNumber.lenient(text));
        }
        assertThat(leaks).as("unmasked personal numbers").isEmpty();
        Set<String> all = new TreeSet<>();
        for (Rule r : EnumSet.allOf(Rule.class)) {
            all.add(r.id());
        }
        assertThat(triggered).as("every rule was triggered").isEqualTo(all);
    }

    /**
     * A 身份证号 or phone number where partyorg does not expect one (an id, a reference, a field's
     * name) is masked in every message and in the text report, while the JSON report keeps
     * {@code recordId} and {@code path} exact for programs; codes of places and grids stay whole.
     */
    @Test
    void numbersInIdsReferencesAndFieldNamesAreMaskedWhereverTheyAreQuoted() throws IOException {
        record Misplaced(String name, String rule, String path, String recordId, Consumer<ObjectNode> change) {
        }
        List<Misplaced> cases = List.of(
                new Misplaced("an id number as the id of two members", "DOC-016", "/members/1/id", BEIJING,
                        d -> {
                            member(d, 0).put("id", BEIJING);
                            member(d, 1).put("id", BEIJING);
                            ((ObjectNode) leadership(d).withArray("officers").get(0)).put("memberId", BEIJING);
                        }),
                new Misplaced("a phone as a reference", "MEM-001", "/members/3/orgId", null,
                        d -> member(d, 3).put("orgId", PHONE)),
                new Misplaced("an id number as a grid's lead organization", "GRID-002", "/grids/0/leadOrgId", null,
                        d -> grid(d).put("leadOrgId", OLD)),
                new Misplaced("an id number as an unknown field's name", "DOC-015", "/members/0/" + BEIJING, null,
                        d -> member(d, 0).put(BEIJING, "x")));
        List<String> leaks = new ArrayList<>();
        int n = 0;
        for (Misplaced c : cases) {
            ObjectNode doc = base();
            c.change().accept(doc);
            Path file = tmp.resolve("misplaced-" + (n++) + ".json");
            Files.writeString(file, doc.toPrettyString(), StandardCharsets.UTF_8);
            for (String locale : List.of("zh-CN", "en")) {
                CliTest.Result text = CliTest.run("validate", "--format", "text", "--locale", locale, file.toString());
                assertThat(text.out()).as(c.name()).contains(c.rule());
                scanText(leaks, c.name() + " text " + locale, (text.out() + "\n" + text.err()).replace(tmp.toString(), "<tmp>"));
                CliTest.Result json = CliTest.run("validate", "--format", "json", "--locale", locale, file.toString());
                JsonNode finding = null;
                for (JsonNode f : JSON.readTree(json.out()).get("findings")) {
                    scanText(leaks, c.name() + " json " + locale, f.get("message").asText());
                    if (f.get("ruleId").asText().equals(c.rule()) && f.get("path").asText().equals(c.path())) {
                        finding = f;
                    }
                }
                assertThat(finding).as("%s: %s at %s, exact in the JSON report", c.name(), c.rule(), c.path()).isNotNull();
                if (c.recordId() != null) {
                    assertThat(finding.get("recordId").asText()).isEqualTo(c.recordId());
                }
            }
            ValidationReport report = DatasetReader.create().validate(new ByteArrayInputStream(
                    doc.toPrettyString().getBytes(StandardCharsets.UTF_8)));
            for (Finding f : report.findings()) {
                scanText(leaks, c.name() + " " + f.ruleId(), f.message() + "\n" + f);
            }
        }
        assertThat(leaks).as("unmasked personal numbers").isEmpty();
        // written in groups, as on a paper form: the birth date and the phone's middle digits never show
        Map<String, Consumer<ObjectNode>> grouped = Map.of(
                "MEM-001", d -> member(d, 3).put("orgId", "110105 19491231 002X"),
                "GRID-002", d -> grid(d).put("leadOrgId", "138-0013-8000"));
        for (Map.Entry<String, Consumer<ObjectNode>> c : grouped.entrySet()) {
            ObjectNode doc = base();
            c.getValue().accept(doc);
            Path file = tmp.resolve("grouped-" + c.getKey() + ".json");
            Files.writeString(file, doc.toPrettyString(), StandardCharsets.UTF_8);
            for (String format : List.of("text", "json")) {
                String out = CliTest.run("validate", "--format", format, "--locale", "en", file.toString()).out();
                assertThat(out).as(c.getKey() + " " + format).contains(c.getKey()).doesNotContain("19491231").doesNotContain("0013");
            }
        }
        // near miss: a grid code and a division code quoted in messages stay whole
        ObjectNode doc = base();
        grid(doc).put("code", "522631206201001");
        Path file = tmp.resolve("grid-code.json");
        Files.writeString(file, doc.toPrettyString(), StandardCharsets.UTF_8);
        assertThat(CliTest.run("validate", "--format", "text", "--locale", "en", file.toString()).out())
                .contains("IDN-022").contains("522631206201001").contains("522631206200");
    }

    private static boolean isJsonObject(String text) {
        try {
            return JSON.readTree(text) instanceof ObjectNode o && o.has("organizations");
        } catch (IOException e) {
            return false;
        }
    }

    /** The stream form of a document: header, then the records with their recordType. */
    static byte[] streamForm(ObjectNode doc) {
        StringBuilder out = new StringBuilder();
        ObjectNode header = JSON.createObjectNode().put("recordType", "header");
        header.set("schemaVersion", doc.get("schemaVersion"));
        header.set("asOf", doc.get("asOf"));
        if (doc.has("coverageFrom")) {
            header.set("coverageFrom", doc.get("coverageFrom"));
        }
        out.append(header).append('\n');
        String[][] types = {{"organizations", "organization"}, {"members", "member"}, {"grids", "grid"},
            {"serviceRecords", "serviceRecord"}, {"postings", "posting"}, {"applications", "application"},
            {"meetings", "meeting"}, {"duesPayments", "duesPayment"}, {"transfers", "transfer"}, {"elections", "election"}};
        for (String[] t : types) {
            JsonNode records = doc.get(t[0]);
            if (records == null || !records.isArray()) {
                continue;
            }
            for (JsonNode r : records) {
                ObjectNode line = JSON.createObjectNode().put("recordType", t[1]);
                if (r.isObject()) {
                    line.setAll((ObjectNode) r);
                }
                out.append(line).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void scan(List<String> leaks, String where, ValidationReport report) {
        scanText(leaks, where + " report", report.toString());
        for (Finding f : report.findings()) {
            assertThat(f.recordId() == null || !PERSONAL.matcher(f.recordId()).find()).as("test data puts no number in ids").isTrue();
            scanText(leaks, where + " " + f.ruleId(), f.message() + "\n" + f.toString().replace(f.path(), "<path>"));
        }
    }

    private static void scanText(List<String> leaks, String where, String text) {
        Matcher m = PERSONAL.matcher(text);
        while (m.find()) {
            if (!GRID_CODES.contains(m.group())) {
                int from = Math.max(0, m.start() - 40);
                leaks.add(where + ": ..." + text.substring(from, Math.min(text.length(), m.end() + 20)).replace('\n', ' ') + "...");
                return;
            }
        }
    }
}
