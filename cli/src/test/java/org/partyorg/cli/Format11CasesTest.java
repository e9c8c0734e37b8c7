package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 1.1 rules as an integrator meets them: the command line over a small valid 1.1 dataset
 * (docs/examples/koujiang-village-1.1.json) with one mistake planted per case, in the document form
 * and in the stream form, and the exact (rule, severity, path) of every finding of the JSON report.
 * Each case is written from the rule catalog, independently of the rules' implementation; many come
 * with the near miss that must stay quiet.
 */
class Format11CasesTest {
    static final Path BASE = Path.of("..", "docs", "examples", "koujiang-village-1.1.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sections in document order, as the stream form below writes them. */
    private static final String[][] SECTIONS = {
        {"organizations", "organization"}, {"members", "member"}, {"grids", "grid"},
        {"serviceRecords", "serviceRecord"}, {"postings", "posting"}, {"applications", "application"},
        {"meetings", "meeting"}, {"duesPayments", "duesPayment"}, {"transfers", "transfer"}, {"elections", "election"}};

    @TempDir
    Path tmp;

    record Case(String name, Consumer<ObjectNode> mistake, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, Consumer<ObjectNode> mistake, String... expected) {
        return new Case(name, mistake, List.of(expected));
    }

    private static Consumer<ObjectNode> set(String pointer, String json) {
        return root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            JsonNode value = parse(json);
            if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(p.last().getMatchingProperty()), value);
            } else {
                ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
            }
        };
    }

    private static Consumer<ObjectNode> remove(String pointer) {
        return root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            ((ObjectNode) root.at(p.head())).remove(p.last().getMatchingProperty());
        };
    }

    private static Consumer<ObjectNode> append(String arrayPointer, String json) {
        return root -> ((ArrayNode) root.at(arrayPointer)).add(parse(json));
    }

    private static Consumer<ObjectNode> copyOf(String arrayPointer, int index) {
        return root -> ((ArrayNode) root.at(arrayPointer)).add(root.at(arrayPointer + "/" + index).deepCopy());
    }

    @SafeVarargs
    private static Consumer<ObjectNode> all(Consumer<ObjectNode>... steps) {
        return root -> {
            for (Consumer<ObjectNode> s : steps) {
                s.accept(root);
            }
        };
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static Stream<Arguments> cases() {
        String a1 = "/applications/0";
        String a2 = "/applications/1";
        return Stream.of(
            c("the base dataset is clean", root -> { }),
            // DEV: from application to admission
            // DOC-016 holds for the 1.1 record types too: a second record under one id, the later one reported
            c("DOC-016 a meeting twice", copyOf("/meetings", 0), "DOC-016 ERROR /meetings/5/id"),
            c("DOC-016 a dues payment twice, also paid twice for its month", copyOf("/duesPayments", 0),
                    "DOC-016 ERROR /duesPayments/2/id", "DUE-004 ERROR /duesPayments/2/month"),
            c("DOC-016 near miss: a dues payment's copy under another id", all(copyOf("/duesPayments", 0),
                    set("/duesPayments/2/id", "\"another-id\"")), "DUE-004 ERROR /duesPayments/2/month"),
            c("DOC-016 a transfer twice", copyOf("/transfers", 0), "DOC-016 ERROR /transfers/1/id"),
            c("DEV-001", set(a1 + "/orgId", "\"nope\""), "DEV-001 ERROR /applications/0/orgId"),
            c("DEV-002", set(a1 + "/orgId", "\"twp-kj\""), "DEV-002 WARNING /applications/0/orgId"),
            c("DEV-003 under 18 on appliedOn", set(a1 + "/person/idNumber", "\"522631200506010319\""),
                    "DEV-003 ERROR /applications/0/appliedOn"),
            c("DEV-003 near miss: 18 on the day", all(set(a1 + "/person/idNumber", "\"522631200506010319\""),
                    set(a1 + "/appliedOn", "\"2023-06-01\""), set(a1 + "/talkedOn", "\"2023-06-15\""))),
            c("DEV-004", all(set(a1 + "/appliedOn", "\"2023-08-19\""), remove(a1 + "/talkedOn")),
                    "DEV-004 ERROR /applications/0/appliedOn"),
            c("DEV-005 talk before the application", set(a1 + "/talkedOn", "\"2023-02-28\""),
                    "DEV-005 ERROR /applications/0/talkedOn"),
            c("DEV-005 and DEV-007 candidate before activist", set(a2 + "/candidateOn", "\"2021-04-30\""),
                    "DEV-005 ERROR /applications/1/candidateOn", "DEV-007 ERROR /applications/1/candidateOn"),
            c("DEV-006", set(a1 + "/talkedOn", "\"2023-04-02\""), "DEV-006 WARNING /applications/0/talkedOn"),
            c("DEV-006 near miss: one month to the day", set(a1 + "/talkedOn", "\"2023-04-01\"")),
            c("DEV-007", set(a2 + "/candidateOn", "\"2022-04-30\""), "DEV-007 ERROR /applications/1/candidateOn"),
            c("DEV-007 near miss: one year to the day", set(a2 + "/candidateOn", "\"2022-05-01\"")),
            c("DEV-008 and DEV-009 an activist without activistOn or contacts", set(a1 + "/stage", "\"ACTIVIST\""),
                    "DEV-008 ERROR /applications/0/activistOn", "DEV-009 WARNING /applications/0/contacts"),
            c("DEV-008 admitted without its meeting", remove(a2 + "/admissionMeeting"),
                    "DEV-008 ERROR /applications/1/admissionMeeting"),
            c("DEV-009 three contacts", set(a2 + "/contacts", "[\"m-2\",\"m-3\",\"m-4\"]"),
                    "DEV-009 WARNING /applications/1/contacts"),
            c("DEV-010", set(a2 + "/introducers", "[\"m-2\",\"m-2\"]"), "DEV-010 ERROR /applications/1/introducers"),
            c("DEV-011", set(a2 + "/contacts", "[\"m-99\"]"), "DEV-011 ERROR /applications/1/contacts/0"),
            c("DEV-012 a probationary introducer", set(a2 + "/introducers", "[\"m-2\",\"m-5\"]"),
                    "DEV-012 ERROR /applications/1/introducers/1"),
            c("DEV-013", set(a2 + "/politicalReview", "\"FAILED\""), "DEV-013 ERROR /applications/1/politicalReview"),
            c("DEV-014", set(a2 + "/trainingHours", "23"), "DEV-014 WARNING /applications/1/trainingHours"),
            c("DEV-015 half present", set(a2 + "/admissionMeeting/present", "2"),
                    "DEV-015 ERROR /applications/1/admissionMeeting/present"),
            c("DEV-015 half in favour", set(a2 + "/admissionMeeting/inFavor", "2"),
                    "DEV-015 ERROR /applications/1/admissionMeeting/inFavor"),
            c("DEV-015 near miss: three of five", all(set(a2 + "/admissionMeeting/present", "3"),
                    set(a2 + "/admissionMeeting/inFavor", "3"))),
            c("DEV-016 approval after three months is a warning", earlierAdmission("2023-04-21"),
                    "DEV-016 WARNING /applications/1/approvedOn"),
            c("DEV-016 approval after six months is an error", earlierAdmission("2023-07-21"),
                    "DEV-016 ERROR /applications/1/approvedOn"),
            c("DEV-016 near miss: three months to the day", earlierAdmission("2023-04-20")),
            c("DEV-017", set(a2 + "/memberId", "\"m-4\""), "DEV-017 ERROR /applications/1/memberId"),
            c("DEV-018 four weekdays", set(a2 + "/publicNotice/to", "\"2023-05-18\""),
                    "DEV-018 WARNING /applications/1/publicNotice"),
            c("DEV-018 near miss: five weekdays across a weekend", all(set(a2 + "/publicNotice/from", "\"2023-05-17\""),
                    set(a2 + "/publicNotice/to", "\"2023-05-23\""))),
            c("DEV-019", append("/applications", "{\"id\":\"a-3\",\"person\":{\"name\":\"申请人甲\",\"idNumber\":"
                    + "\"522631200001010233\"},\"orgId\":\"br-kj\",\"stage\":\"APPLICANT\",\"appliedOn\":\"2023-05-01\"}"),
                    "DEV-019 ERROR /applications/2/person/idNumber"),
            c("DEV-020", set(a1 + "/person/idNumber", "\"52263119700301011X\""),
                    "DEV-020 ERROR /applications/0/person/idNumber"),
            // MTG: meetings and their cadence (coverage 2023-04-01 to 2023-08-18: months 04-07, quarter Q2)
            c("MTG-001 and the month it leaves without a themed day", set("/meetings/1/orgId", "\"nope\""),
                    "MTG-023 WARNING /organizations/2", "MTG-001 ERROR /meetings/1/orgId"),
            c("MTG-002", set("/meetings/1/kind", "\"PARTY_GROUP_MEETING\""),
                    "MTG-023 WARNING /organizations/2", "MTG-002 ERROR /meetings/1/kind"),
            c("MTG-003 after asOf", set("/meetings/4/heldOn", "\"2023-08-19\""),
                    "MTG-023 WARNING /organizations/2", "MTG-003 ERROR /meetings/4/heldOn"),
            c("MTG-004", set("/meetings/0/present", "6"), "MTG-004 ERROR /meetings/0/present"),
            c("MTG-005", set("/meetings/0/present", "2"), "MTG-005 WARNING /meetings/0/present"),
            c("MTG-005 near miss: three of five", set("/meetings/0/present", "3")),
            c("MTG-020 the quarter missed by one day", set("/meetings/0/heldOn", "\"2023-07-01\""),
                    "MTG-020 WARNING /organizations/2"),
            c("MTG-020 near miss: the quarter's last day", set("/meetings/0/heldOn", "\"2023-06-30\"")),
            c("MTG-020 a coverage starting mid-quarter judges no quarter", all(set("/coverageFrom", "\"2023-04-02\""),
                    set("/meetings/0/heldOn", "\"2023-07-01\""))),
            c("DOC-020", remove("/coverageFrom"), "DOC-020 INFO /coverageFrom"),
            // DUE: dues
            c("DUE-001", set("/duesPayments/0/memberId", "\"nope\""), "DUE-001 ERROR /duesPayments/0/memberId"),
            c("DUE-002 salaried", set("/duesPayments/0/amount", "39.99"), "DUE-002 ERROR /duesPayments/0/amount"),
            c("DUE-002 near miss: paying more", set("/duesPayments/0/amount", "50")),
            c("DUE-002 farmer", set("/duesPayments/1/amount", "0.19"), "DUE-002 ERROR /duesPayments/1/amount"),
            c("DUE-003", set("/duesPayments/0/paidOn", "\"2023-08-19\""), "DUE-003 ERROR /duesPayments/0/paidOn"),
            c("DUE-004", append("/duesPayments", "{\"id\":\"d-3\",\"memberId\":\"m-0\",\"month\":\"2023-04\","
                    + "\"category\":\"FARMER\",\"amount\":0.20,\"paidOn\":\"2023-04-11\"}"),
                    "DUE-004 ERROR /duesPayments/2/month"),
            c("DUE-005", set("/duesPayments/0/month", "\"2000-06\""), "DUE-005 ERROR /duesPayments/0/month"),
            c("DUE-005 near miss: the admission month", set("/duesPayments/0/month", "\"2000-07\"")),
            c("DUE-020 and the cadence over a year of coverage", set("/coverageFrom", "\"2022-07-01\""),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2",
                    "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DUE-020 WARNING /members/4"),
            // TRF: transfers
            c("TRF-001", set("/transfers/0/memberId", "\"nope\""), "TRF-001 ERROR /transfers/0/memberId"),
            c("TRF-002", set("/transfers/0/fromOrgId", "\"nope\""), "TRF-002 ERROR /transfers/0/fromOrgId"),
            c("TRF-003", remove("/transfers/0/toOrgId"), "TRF-003 ERROR /transfers/0/toOrgId"),
            c("TRF-004 and TRF-008 a transfer to a committee", set("/transfers/0/toOrgId", "\"cty-lp\""),
                    "TRF-004 ERROR /transfers/0/toOrgId", "TRF-008 ERROR /transfers/0/toOrgId"),
            c("TRF-005 and TRF-007", set("/transfers/0/status", "\"IN_TRANSIT\""),
                    "TRF-005 ERROR /transfers/0/receivedOn", "TRF-007 WARNING /transfers/0/status"),
            c("TRF-006", set("/transfers/0/receivedOn", "\"2021-12-31\""), "TRF-006 ERROR /transfers/0/receivedOn"),
            c("TRF-007", append("/transfers", "{\"id\":\"t-2\",\"memberId\":\"m-3\",\"fromOrgId\":\"br-kj\","
                    + "\"toName\":\"某市某支部\",\"issuedOn\":\"2023-05-17\",\"status\":\"IN_TRANSIT\"}"),
                    "TRF-007 WARNING /transfers/1/status"),
            c("TRF-007 near miss: three months to the day", append("/transfers", "{\"id\":\"t-2\",\"memberId\":\"m-3\","
                    + "\"fromOrgId\":\"br-kj\",\"toName\":\"某市某支部\",\"issuedOn\":\"2023-05-18\",\"status\":\"IN_TRANSIT\"}")),
            c("TRF-008", set("/transfers/0/toOrgId", "\"twp-kj\""), "TRF-008 ERROR /transfers/0/toOrgId"),
            c("TRF-009", all(
                    append("/transfers", "{\"id\":\"t-2\",\"memberId\":\"m-3\",\"fromOrgId\":\"br-kj\",\"toName\":\"甲\","
                            + "\"issuedOn\":\"2023-08-01\",\"status\":\"IN_TRANSIT\"}"),
                    append("/transfers", "{\"id\":\"t-3\",\"memberId\":\"m-3\",\"fromOrgId\":\"br-kj\",\"toName\":\"乙\","
                            + "\"issuedOn\":\"2023-08-02\",\"status\":\"IN_TRANSIT\"}")),
                    "TRF-009 ERROR /transfers/2/status"),
            // ELC: elections
            c("ELC-001", set("/elections/0/orgId", "\"nope\""), "ELC-001 ERROR /elections/0/orgId"),
            c("ELC-002", set("/elections/0/orgId", "\"cty-lp\""), "ELC-002 ERROR /elections/0/orgId"),
            c("ELC-003", set("/elections/1/heldOn", "\"2023-08-19\""), "ELC-003 ERROR /elections/1/heldOn"),
            c("ELC-004 present over eligible", set("/elections/1/present", "6"), "ELC-004 ERROR /elections/1/present"),
            c("ELC-004 fewer candidates than seats", set("/elections/1/candidates", "1"),
                    "ELC-004 ERROR /elections/1/candidates"),
            c("ELC-004 more elected than seats", append("/elections/0/elected", "{\"memberId\":\"m-1\",\"votes\":5}"),
                    "ELC-004 ERROR /elections/0/elected"),
            c("ELC-004 more votes than present", set("/elections/1/elected/0/votes", "6"),
                    "ELC-004 ERROR /elections/1/elected/0/votes"),
            c("ELC-005 four fifths exactly", all(set("/elections/1/present", "4"), set("/elections/1/elected/0/votes", "4"),
                    set("/elections/1/elected/1/votes", "4")), "ELC-005 ERROR /elections/1/present"),
            c("ELC-006", set("/elections/0/candidates", "1"), "ELC-006 ERROR /elections/0/candidates"),
            c("ELC-006 near miss: exactly 20% more", all(set("/elections/0/seats", "5"), set("/elections/0/candidates", "6"))),
            c("ELC-007 half the votes", set("/elections/1/elected/1/votes", "2"),
                    "ELC-007 ERROR /elections/1/elected/1/votes"),
            c("ELC-007 near miss: three of five", set("/elections/1/elected/1/votes", "3")),
            c("ELC-008 a probationary member elected", set("/elections/1/elected/1/memberId", "\"m-5\""),
                    "ELC-008 ERROR /elections/1/elected/1/memberId"),
            c("ELC-009 one year late is a warning", append("/elections", ELECTION_2015.formatted("2015-05-01")),
                    "ELC-009 WARNING /elections/1/heldOn"),
            c("ELC-009 more than a year late is an error", append("/elections", ELECTION_2015.formatted("2015-04-30")),
                    "ELC-009 ERROR /elections/1/heldOn"),
            c("ELC-009 near miss: on time", append("/elections", ELECTION_2015.formatted("2016-05-01"))),
            c("ELC-010", set("/organizations/2/leadership/electedOn", "\"2021-04-30\""),
                    "ELC-010 WARNING /organizations/2/leadership/electedOn"),
            // one bad value, one finding: the comparisons that do not need it still decide
            c("DEV-012 a probationary introducer whose status is unreadable", all(set(a2 + "/introducers", "[\"m-2\",\"m-5\"]"),
                    set("/members/5/status", "\"BOGUS\"")), "DOC-012 ERROR /members/5/status", "DEV-012 ERROR /applications/1/introducers/1"),
            c("DEV-012 near miss: a full introducer whose status is unreadable", set("/members/3/status", "\"BOGUS\""),
                    "DOC-012 ERROR /members/3/status"),
            c("ELC-008 a probationary member elected whose status is unreadable", all(set("/elections/1/elected/1/memberId", "\"m-5\""),
                    set("/members/5/status", "\"BOGUS\"")), "DOC-012 ERROR /members/5/status", "ELC-008 ERROR /elections/1/elected/1/memberId"),
            c("MTG-003 after dissolvedOn when establishedOn is unreadable", all(set("/organizations/2/dissolvedOn", "\"2023-07-01\""),
                    set("/organizations/2/establishedOn", "\"1990-13-01\"")), "DOC-013 ERROR /organizations/2/establishedOn",
                    "ORG-031 ERROR /organizations/2/dissolvedOn", "MTG-003 ERROR /meetings/4/heldOn"),
            // DUE-020 counts after the latest received transfer and fires only if it fires whichever that is
            c("DUE-020 not for a member received on an unreadable date", all(set("/coverageFrom", "\"2022-07-01\""), set("/transfers/0/receivedOn", "\"2022-02-30\"")),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2",
                    "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DOC-013 ERROR /transfers/0/receivedOn"),
            c("DUE-020 near miss: received in March 2023, too few months since", all(set("/coverageFrom", "\"2022-07-01\""), set("/transfers/0/receivedOn", "\"2023-03-10\"")),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2",
                    "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3"),
            c("DUE-020 a transfer whose status is unreadable may be received", all(set("/coverageFrom", "\"2022-07-01\""), set("/transfers/0/receivedOn", "\"2023-03-10\""),
                    set("/transfers/0/status", "\"ACCEPTED\"")), "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2",
                    "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DOC-012 ERROR /transfers/0/status"),
            c("DUE-020 a received transfer without memberId may be anyone's", all(set("/coverageFrom", "\"2022-07-01\""), set("/transfers/0/receivedOn", "\"2023-03-10\""),
                    remove("/transfers/0/memberId")), "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2",
                    "DOC-010 ERROR /transfers/0/memberId"),
            // a record whose id is bad is still read: it silences only references to its type, never the cadence
            c("DUE-020 beside a transfer whose id is bad", all(set("/coverageFrom", "\"2022-07-01\""), set("/transfers/0/id", "\"t 1\"")),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2", "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DUE-020 WARNING /members/4", "DOC-014 ERROR /transfers/0/id"),
            c("DUE-020 beside a dues payment whose id is bad", all(set("/coverageFrom", "\"2022-07-01\""), set("/duesPayments/0/id", "\"d 1\"")),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2", "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DUE-020 WARNING /members/4", "DOC-014 ERROR /duesPayments/0/id"),
            c("the cadence beside a meeting whose id is bad", all(set("/coverageFrom", "\"2022-07-01\""), set("/meetings/1/id", "\"mt 2\"")),
                    "MTG-020 WARNING /organizations/2", "MTG-023 WARNING /organizations/2", "DUE-020 WARNING /members/0", "DUE-020 WARNING /members/1", "DUE-020 WARNING /members/2",
                    "DUE-020 WARNING /members/3", "DUE-020 WARNING /members/4", "DOC-014 ERROR /meetings/1/id"),
            c("TRF-008 not judged while a received transfer without memberId may be anyone's latest",
                    all(set("/transfers/0/toOrgId", "\"twp-kj\""), append("/transfers", "{\"id\":\"t-2\",\"fromName\":\"甲\","
                            + "\"toOrgId\":\"br-kj\",\"issuedOn\":\"2023-01-01\",\"receivedOn\":\"2023-01-10\",\"status\":\"RECEIVED\"}")),
                    "DOC-010 ERROR /transfers/1/memberId"),
            // a reference that is not shaped like an id names nothing, as in the 1.0 rules (MEM-001)
            c("DEV-001 an orgId that is no id", set(a1 + "/orgId", "\"口江村支部\""), "DEV-001 ERROR /applications/0/orgId"),
            c("DEV-011 a contact that is no id", set(a2 + "/contacts", "[\"党员9\"]"), "DEV-011 ERROR /applications/1/contacts/0"),
            c("DEV-017 a memberId that is no id", set(a2 + "/memberId", "\"党员5\""), "DEV-017 ERROR /applications/1/memberId"),
            c("MTG-001 an orgId that is no id", set("/meetings/1/orgId", "\"口江村支部\""),
                    "MTG-023 WARNING /organizations/2", "MTG-001 ERROR /meetings/1/orgId"),
            c("DUE-001 a memberId that is no id", set("/duesPayments/0/memberId", "\"党员0\""), "DUE-001 ERROR /duesPayments/0/memberId"),
            c("TRF-001 a memberId that is no id", set("/transfers/0/memberId", "\"党员1\""), "TRF-001 ERROR /transfers/0/memberId"),
            c("TRF-002 an orgId that is no id", set("/transfers/0/fromOrgId", "\"口江村支部\""), "TRF-002 ERROR /transfers/0/fromOrgId"),
            c("ELC-001 an orgId that is no id", set("/elections/0/orgId", "\"口江村支部\""), "ELC-001 ERROR /elections/0/orgId"),
            c("ELC-008 a memberId that is no id", set("/elections/0/elected/0/memberId", "\"党员0\""),
                    "ELC-008 ERROR /elections/0/elected/0/memberId"),
            // a list element the reader leaves out still counts in the paths of the elements after it
            c("DOC-011 in elected/1 after a null elected/0", set("/elections/1/elected", "[null,{\"memberId\":\"m-1\",\"votes\":\"5\"}]"),
                    "DOC-011 ERROR /elections/1/elected/0", "DOC-011 ERROR /elections/1/elected/1/votes"),
            c("ELC-008 at elected/2 after a null elected/0", set("/elections/1/elected",
                    "[null,{\"memberId\":\"m-0\",\"votes\":5},{\"memberId\":\"m-5\",\"votes\":5}]"),
                    "DOC-011 ERROR /elections/1/elected/0", "ELC-008 ERROR /elections/1/elected/2/memberId"),
            c("ELC-004 at elected/1 after a null elected/0", set("/elections/1/elected", "[null,{\"memberId\":\"m-0\",\"votes\":6}]"),
                    "DOC-011 ERROR /elections/1/elected/0", "ELC-004 ERROR /elections/1/elected/1/votes"),
            c("DEV-011 at contacts/1 after a number", set(a2 + "/contacts", "[5,\"nobody\"]"),
                    "DEV-011 ERROR /applications/1/contacts/1", "DOC-011 ERROR /applications/1/contacts/0"),
            c("DEV-012 at introducers/2 after a number", set(a2 + "/introducers", "[5,\"m-2\",\"m-5\"]"),
                    "DEV-012 ERROR /applications/1/introducers/2", "DOC-011 ERROR /applications/1/introducers/0"),
            c("ORG-026 at officers/2 after a null officer", set("/organizations/2/leadership/officers",
                    "[null,{\"memberId\":\"m-0\",\"role\":\"SECRETARY\"},{\"memberId\":\"nobody\",\"role\":\"DEPUTY_SECRETARY\"}]"),
                    "DOC-011 ERROR /organizations/2/leadership/officers/0", "ORG-026 ERROR /organizations/2/leadership/officers/2/memberId"),
            c("IDN-030 at workers/1 after a null worker", set("/grids/0/workers", "[null,{\"name\":\"w\",\"phone\":\"123\"}]"),
                    "DOC-011 ERROR /grids/0/workers/0", "IDN-030 WARNING /grids/0/workers/1/phone"),
            // 1.0 records, 1.1 rules
            c("SVC-005", set("/serviceRecords/0/worker/memberId", "\"m-99\""),
                    "SVC-005 ERROR /serviceRecords/0/worker/memberId"),
            c("PST-010", set("/postings/0/person/memberId", "\"m-99\""), "PST-010 WARNING /postings/0/person/memberId"),
            // shape of the new fields
            c("a month that is no month", set("/duesPayments/0/month", "\"2023-13\""), "DOC-013 ERROR /duesPayments/0/month"),
            c("money with three decimals", set("/duesPayments/0/amount", "40.005"), "DOC-014 ERROR /duesPayments/0/amount"),
            c("negative money", set("/duesPayments/1/amount", "-0.20"), "DOC-014 ERROR /duesPayments/1/amount"),
            c("an unknown stage", set(a1 + "/stage", "\"MEMBER\""), "DOC-012 ERROR /applications/0/stage"),
            c("an unknown field", set("/meetings/0/room", "\"会议室\""), "DOC-015 WARNING /meetings/0/room"),
            c("no seats", set("/elections/0/seats", "0"), "DOC-014 ERROR /elections/0/seats"),
            c("a meeting without its kind", remove("/meetings/0/kind"), "DOC-010 ERROR /meetings/0/kind"))
            .map(Arguments::of);
    }

    /** The admitted application moved to January 2023 (notice, assembly, the member's admission), approved on the day given. */
    private static Consumer<ObjectNode> earlierAdmission(String approvedOn) {
        String a2 = "/applications/1";
        return all(set(a2 + "/publicNotice/from", "\"2023-01-09\""), set(a2 + "/publicNotice/to", "\"2023-01-13\""),
                set(a2 + "/admissionMeeting/heldOn", "\"2023-01-20\""), set("/members/5/admittedOn", "\"2023-01-20\""),
                set(a2 + "/approvedOn", "\"" + approvedOn + "\""));
    }

    /** An earlier election of the village branch, five years' term, held on the date given. */
    private static final String ELECTION_2015 = "{\"id\":\"e-0\",\"orgId\":\"br-kj\",\"heldOn\":\"%s\",\"form\":\"SECRETARY_ONLY\","
            + "\"seats\":2,\"candidates\":2,\"eligible\":5,\"present\":5,\"elected\":[{\"memberId\":\"m-0\",\"votes\":5},"
            + "{\"memberId\":\"m-1\",\"votes\":5}],\"termYears\":5}";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void documentForm(Case c) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BASE.toFile());
        c.mistake().accept(root);
        Path file = tmp.resolve("case.json");
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
        assertThat(findings(file)).as(c.name()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void streamForm(Case c) throws IOException {
        streamForm(c, null);
    }

    /**
     * The format has a writer declare 1.1 when it writes a 1.1 record, yet nothing in the rules
     * depends on the declared minor version: a small stream that declares 1.0 gets the same findings.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void streamFormThatDeclares10(Case c) throws IOException {
        streamForm(c, "1.0");
    }

    private void streamForm(Case c, String declared) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BASE.toFile());
        c.mistake().accept(root);
        if (declared != null && root.path("schemaVersion").asText().equals("1.1")) {
            root.put("schemaVersion", declared);
        }
        StringBuilder lines = new StringBuilder();
        ObjectNode header = JSON.createObjectNode().put("recordType", "header");
        for (String field : new String[] {"schemaVersion", "asOf", "coverageFrom", "source"}) {
            if (root.has(field)) {
                header.set(field, root.get(field));
            }
        }
        lines.append(JSON.writeValueAsString(header)).append('\n');
        // document path prefix (/members/3) -> stream line (/7)
        Map<String, String> lineOf = new HashMap<>();
        lineOf.put("", "/1");
        int line = 1;
        for (String[] section : SECTIONS) {
            JsonNode records = root.path(section[0]);
            for (int i = 0; i < records.size(); i++) {
                ObjectNode record = JSON.createObjectNode().put("recordType", section[1]);
                Iterator<Map.Entry<String, JsonNode>> fields = records.get(i).fields();
                fields.forEachRemaining(e -> record.set(e.getKey(), e.getValue()));
                lines.append(JSON.writeValueAsString(record)).append('\n');
                lineOf.put("/" + section[0] + "/" + i, "/" + ++line);
            }
        }
        Path file = tmp.resolve("case.ndjson");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>();
        for (String finding : c.expected()) {
            String[] parts = finding.split(" ", 3);
            String path = parts[2];
            String[] segments = path.split("/", 4); // "", section, index, rest
            String prefix = segments.length >= 3 && lineOf.containsKey("/" + segments[1] + "/" + segments[2])
                    ? "/" + segments[1] + "/" + segments[2] : "";
            String rest = path.substring(prefix.length());
            expected.add(parts[0] + " " + parts[1] + " " + lineOf.get(prefix) + rest);
        }
        assertThat(findings(file)).as(c.name()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theBaseIsA11DatasetThatUsesEveryNewRecordType() throws IOException {
        JsonNode root = JSON.readTree(BASE.toFile());
        assertThat(root.get("schemaVersion").asText()).isEqualTo("1.1");
        for (String[] section : SECTIONS) {
            assertThat(root.path(section[0]).size()).as(section[0]).isPositive();
        }
    }

    /**
     * A number whose exponent no {@code BigDecimal} holds is DOC-014 of its field, in both forms: the
     * parser throws for it, which ended the whole read (exit 2, no report) before.
     */
    @Test
    void anExponentBeyondEveryDecimalIsDoc014() throws IOException {
        String document = Files.readString(BASE, StandardCharsets.UTF_8)
                .replace("\"amount\": 40.00,", "\"amount\": 1e-2147483649,").replace("\"seats\": 1,", "\"seats\": 1E+2147483648,");
        Path file = tmp.resolve("exponents.json");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        assertThat(findings(file)).containsExactly("DOC-014 ERROR /duesPayments/0/amount", "DOC-014 ERROR /elections/0/seats");
        Path stream = tmp.resolve("exponents.ndjson");
        Files.writeString(stream, """
                {"recordType":"header","schemaVersion":"1.1","asOf":"2023-08-18"}
                {"recordType":"duesPayment","id":"d-1","memberId":"m-0","month":"2023-04","category":"FARMER","amount":1e-2147483649,"paidOn":"2023-04-10"}
                {"recordType":"election","id":"e-1","orgId":"o","heldOn":"2021-09-01","form":"COMMITTEE","seats":1E+2147483648,"candidates":2,"eligible":5,"present":5,"elected":[]}
                """, StandardCharsets.UTF_8);
        assertThat(findings(stream)).contains("DOC-014 ERROR /2/amount", "DOC-014 ERROR /3/seats");
        // near miss: an exponent a decimal holds is judged by its value
        Files.writeString(file, document.replace("1e-2147483649", "4000e-2").replace("1E+2147483648", "1E+0"), StandardCharsets.UTF_8);
        assertThat(findings(file)).isEmpty();
        // zero is zero whatever its exponent (the payment is then below its minimum); a count far below 1 is no integer
        Files.writeString(file, document.replace("1e-2147483649", "0e-2147483649").replace("1E+2147483648", "1e-2147483649"),
                StandardCharsets.UTF_8);
        assertThat(findings(file)).containsExactly("DUE-002 ERROR /duesPayments/0/amount", "DOC-011 ERROR /elections/0/seats");
    }

    /** A count or date that is wrong either way says which way, in both languages. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("directions")
    void messagesSayWhichWayACountOrDateIsWrong(String locale, String pointer, String json, String message) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BASE.toFile());
        set(pointer, json).accept(root);
        Path file = tmp.resolve("case.json");
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("validate", "--format", "json", "--locale", locale, file.toString());
        List<String> messages = new ArrayList<>();
        JSON.readTree(r.out()).get("findings").forEach(f -> messages.add(f.get("message").asText()));
        assertThat(messages).contains(message);
    }

    static Stream<Arguments> directions() {
        return Stream.of(
                Arguments.of("en", "/elections/1/candidates", "1", "candidates 1 is fewer than seats 2"),
                Arguments.of("zh", "/elections/1/candidates", "1", "candidates 1 少于 seats 2"),
                Arguments.of("en", "/elections/1/present", "6", "present 6 exceeds eligible 5"),
                Arguments.of("zh", "/elections/1/present", "6", "present 6 超过 eligible 5"),
                Arguments.of("en", "/meetings/4/heldOn", "\"2023-08-19\"", "heldOn 2023-08-19 is after asOf 2023-08-18"),
                Arguments.of("zh", "/meetings/4/heldOn", "\"2023-08-19\"", "会议日期 2023-08-19 晚于 asOf 2023-08-18"),
                Arguments.of("en", "/organizations/2/establishedOn", "\"2023-05-01\"",
                        "heldOn 2023-04-05 is before establishedOn 2023-05-01"),
                Arguments.of("en", "/transfers/0/receivedOn", "\"2021-12-31\"", "receivedOn 2021-12-31 is before issuedOn 2022-01-01"),
                Arguments.of("zh", "/transfers/0/receivedOn", "\"2023-08-19\"", "receivedOn 2023-08-19 晚于 asOf 2023-08-18"));
    }

    private static List<String> findings(Path file) throws IOException {
        CliTest.Result r = CliTest.run("validate", "--format", "json", "--locale", "en", file.toString());
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.get("path").asText());
        }
        return out;
    }
}
