package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partyorg.serialization.TestInputs.document;
import static org.partyorg.serialization.TestInputs.readDocument;
import static org.partyorg.serialization.TestInputs.readStream;
import static org.partyorg.serialization.TestInputs.record;
import static org.partyorg.serialization.TestInputs.streamLines;
import static org.partyorg.serialization.TestInputs.triples;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partyorg.validation.Finding;

/**
 * docs/rules.md: "One bad value yields one finding": a value that fails its DOC check is unknown to
 * every other rule, which fires only when the unknown value cannot change its verdict. Here: a
 * stage, status or dissolvedOn in the size and liveness rules, a leadership or officer list in the
 * leadership rules, and a record or id that cannot be read in the reference rules. The example has
 * a county committee, a township committee and a branch (br-kj, /organizations/2) with five full
 * members m-0 to m-4, a grid g-1 led by m-0, a service record in it and a posting of m-2.
 */
class UnknownValuesTest {

    /** The document's findings, after checking that the stream form of it has the same rule ids. */
    private static List<Tuple> findings(ObjectNode doc) {
        List<String> streamRules = readStream(streamLines(doc)).findings().stream().map(Finding::ruleId).toList();
        List<Tuple> documentFindings = triples(readDocument(doc));
        assertThat(streamRules).containsExactlyInAnyOrderElementsOf(documentFindings.stream().map(t -> (String) t.toList().get(0)).toList());
        return documentFindings;
    }

    private static ObjectNode withMembersLeft(int... indexes) {
        ObjectNode doc = document();
        for (int i : indexes) {
            record(doc, "members", i).put("status", "LEFT");
        }
        return doc;
    }

    @Test
    void aMemberWithAnUnknownStageOrStatusMightBeTheThirdFullMember() {
        ObjectNode badStage = withMembersLeft(3, 4);
        record(badStage, "members", 2).put("stage", "FULLY");
        assertThat(findings(badStage)).containsExactly(tuple("DOC-012", ERROR, "/members/2/stage"));

        ObjectNode badStatus = withMembersLeft(3, 4);
        record(badStatus, "members", 2).put("status", "ACTIVE");
        assertThat(findings(badStatus)).containsExactly(tuple("DOC-012", ERROR, "/members/2/status"));

        ObjectNode nullStatus = withMembersLeft(3, 4);
        record(nullStatus, "members", 2).putNull("status");
        assertThat(findings(nullStatus)).containsExactly(tuple("DOC-010", ERROR, "/members/2/status"));
    }

    @Test
    void tooFewWhateverTheUnknownValueIsStillFires() {
        ObjectNode doc = withMembersLeft(2, 3, 4);
        record(doc, "members", 1).put("stage", "FULLY");
        // one certain full member and one that might be: at most two, fewer than three either way
        assertThat(findings(doc)).containsExactly(
                tuple("ORG-010", ERROR, "/organizations/2"), tuple("DOC-012", ERROR, "/members/1/stage"));
    }

    @Test
    void aProbationaryMemberWithAnUnknownStatusCannotBeAFullMember() {
        ObjectNode doc = withMembersLeft(3, 4);
        record(doc, "members", 2).put("stage", "PROBATIONARY").put("status", "ACTIVE").remove("fullMemberOn");
        assertThat(findings(doc)).extracting(t -> t.toList().get(0)).contains("ORG-010", "DOC-012");
    }

    @Test
    void aCommitteeOfSixCertainAndOneUnknownMightBeRight() {
        ObjectNode doc = document();
        ObjectNode branch = record(doc, "organizations", 2);
        branch.with("leadership").put("form", "COMMITTEE");
        branch.with("leadership").withArray("officers").addObject().put("memberId", "m-1").put("role", "DEPUTY_SECRETARY");
        branch.with("leadership").withArray("officers").addObject().put("memberId", "m-2").put("role", "COMMITTEE_MEMBER");
        String[][] more = {{"m-5", "522631196001010015", "1960-01-01"}, {"m-6", "52263119610202001X", "1961-02-02"}};
        for (String[] m : more) {
            ObjectNode extra = record(doc, "members", 0).deepCopy();
            extra.put("id", m[0]).put("idNumber", m[1]).put("birthDate", m[2]).put("sex", "1");
            doc.withArray("members").add(extra);
        }
        assertThat(findings(doc)).isEmpty(); // seven full members: a committee fits
        record(doc, "members", 6).put("stage", "FULLY");
        assertThat(findings(doc)).containsExactly(tuple("DOC-012", ERROR, "/members/6/stage"));
        record(doc, "members", 5).put("status", "LEFT");
        assertThat(findings(doc)).containsExactly(
                tuple("ORG-021", ERROR, "/organizations/2/leadership/form"), tuple("DOC-012", ERROR, "/members/6/stage"));
    }

    @Test
    void anOrganizationWithAnUnknownDissolvedOnIsNeitherLiveNorDissolved() {
        ObjectNode doc = withMembersLeft(1, 2, 3, 4);
        ObjectNode branch = record(doc, "organizations", 2);
        branch.put("dissolvedOn", "2023-02-30");
        branch.remove("leadership");
        // live, it would break ORG-010 (one member) and ORG-025 (no leadership); dissolved, ORG-031 (m-0)
        assertThat(findings(doc)).containsExactly(tuple("DOC-013", ERROR, "/organizations/2/dissolvedOn"));

        // a dissolved township committee whose only child may or may not be dissolved
        record(doc, "organizations", 1).put("dissolvedOn", "2023-01-01");
        assertThat(findings(doc)).containsExactly(tuple("DOC-013", ERROR, "/organizations/2/dissolvedOn"));

        // once the child is certainly live, the township committee holds a live child
        branch.remove("dissolvedOn");
        assertThat(findings(doc)).contains(tuple("ORG-031", ERROR, "/organizations/1/dissolvedOn"));
    }

    @Test
    void aLeadershipOrOfficerThatCannotBeReadLeavesTheLeadershipRulesQuiet() {
        ObjectNode notAList = document();
        record(notAList, "organizations", 2).with("leadership").put("officers", "m-0");
        assertThat(findings(notAList)).containsExactly(tuple("DOC-011", ERROR, "/organizations/2/leadership/officers"));

        ObjectNode secretaryUnreadable = document();
        record(secretaryUnreadable, "organizations", 2).with("leadership").withArray("officers").set(0, TestInputs.MAPPER.getNodeFactory().textNode("m-0"));
        assertThat(findings(secretaryUnreadable)).containsExactly(tuple("DOC-011", ERROR, "/organizations/2/leadership/officers/0"));

        // two secretaries are too many whatever the unreadable officer is
        ObjectNode twoSecretaries = document();
        ArrayNode officers = record(twoSecretaries, "organizations", 2).with("leadership").withArray("officers");
        ((ObjectNode) officers.get(1)).put("role", "SECRETARY");
        officers.add(7);
        assertThat(findings(twoSecretaries)).containsExactly(
                tuple("DOC-011", ERROR, "/organizations/2/leadership/officers/2"),
                tuple("ORG-024", ERROR, "/organizations/2/leadership/officers"));
    }

    @Test
    void aRecordWithoutAUsableIdMightBeTheOneAReferenceNames() {
        ObjectNode noMemberId = document();
        record(noMemberId, "members", 0).remove("id");
        // m-0 is secretary of two organizations, grid leader and service worker: none reported missing
        assertThat(findings(noMemberId)).containsExactly(tuple("DOC-010", ERROR, "/members/0/id"));

        ObjectNode badGridId = document();
        record(badGridId, "grids", 0).put("id", "g#1");
        record(badGridId, "serviceRecords", 0).put("gridId", "g#1");
        assertThat(findings(badGridId)).containsExactly(tuple("DOC-014", ERROR, "/grids/0/id"));

        ObjectNode badOrgId = document();
        record(badOrgId, "organizations", 0).put("id", "cty lp");
        assertThat(findings(badOrgId)).containsExactly(tuple("DOC-014", ERROR, "/organizations/0/id"));
    }

    @Test
    void aSectionOrElementThatIsNotReadableHidesNothingElse() {
        ObjectNode noOrganizations = document();
        noOrganizations.put("organizations", "cty-lp");
        assertThat(triples(readDocument(noOrganizations))).containsExactly(tuple("DOC-011", ERROR, "/organizations"));

        ObjectNode noMembers = document();
        noMembers.putObject("members");
        assertThat(triples(readDocument(noMembers))).containsExactly(tuple("DOC-011", ERROR, "/members"));

        ObjectNode memberNotAnObject = document();
        memberNotAnObject.withArray("members").set(0, TestInputs.MAPPER.getNodeFactory().textNode("m-0"));
        assertThat(triples(readDocument(memberNotAnObject))).containsExactly(tuple("DOC-011", ERROR, "/members/0"));
    }

    @Test
    void aLostStreamLineIsALostRecordOfUnknownType() {
        List<String> lines = new ArrayList<>(streamLines(document()));
        lines.set(4, lines.get(4).substring(0, 30)); // the line of m-0, cut
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-001", ERROR, "/5"));

        lines = new ArrayList<>(streamLines(document()));
        lines.set(4, lines.get(4).replace("\"recordType\":\"member\"", "\"recordType\":null"));
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-010", ERROR, "/5/recordType"));
        lines.set(4, lines.get(4).replace("\"recordType\":null", "\"recordType\":3"));
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-011", ERROR, "/5/recordType"));
        // also where the reader has to look for recordType after other fields
        lines.set(4, lines.get(4).replace("\"recordType\":3,", "").replace("}", ",\"recordType\":null}"));
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-010", ERROR, "/5/recordType"));
        lines.set(4, lines.get(4).replace("\"recordType\":null", "\"recordType\":3"));
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-011", ERROR, "/5/recordType"));
        lines.set(4, lines.get(4).replace("\"recordType\":3", "\"recordType\":\"membre\""));
        assertThat(triples(readStream(lines))).containsExactly(tuple("DOC-012", ERROR, "/5/recordType"));
    }

    @Test
    void anEmptyFieldNameIsAPathSegmentOfItsOwn() {
        ObjectNode doc = document();
        record(doc, "members", 4).put("", 1);
        assertThat(triples(readDocument(doc))).containsExactly(tuple("DOC-015", WARNING, "/members/4/"));
        assertThat(triples(readStream(streamLines(doc)))).containsExactly(tuple("DOC-015", WARNING, "/9/"));
    }

    @Test
    void aMemberWithoutOrgIdWhoCountsInNoSizeHidesNothing() {
        ObjectNode doc = withMembersLeft(2, 3, 4);
        record(doc, "members", 4).remove("orgId"); // LEFT: counts nowhere, wherever it belongs
        assertThat(findings(doc)).containsExactly(
                tuple("ORG-010", ERROR, "/organizations/2"), tuple("DOC-010", ERROR, "/members/4/orgId"));
        record(doc, "members", 4).put("status", "NORMAL"); // might be the third full member of br-kj
        assertThat(findings(doc)).containsExactly(tuple("DOC-010", ERROR, "/members/4/orgId"));
    }

    @Test
    void aPartyGroupWhoseParentIsUnknownMayBeTheMembersOwn() {
        ObjectNode doc = document();
        doc.withArray("organizations").addObject().put("id", "pg-1").put("name", "第一党小组").put("orgType", "PARTY_GROUP")
                .put("parentId", 7).put("divisionCode", "522631206200");
        record(doc, "members", 3).put("partyGroupId", "pg-1");
        assertThat(findings(doc)).containsExactly(tuple("DOC-011", ERROR, "/organizations/3/parentId"));
    }

    @Test
    void aCommitteeWithUnreadableOfficersIsJudgedOnWhatEveryCountWouldShare() {
        ObjectNode doc = document();
        ArrayNode officers = record(doc, "organizations", 2).with("leadership")
                .put("form", "COMMITTEE").withArray("officers");
        officers.removeAll();
        officers.addObject().put("memberId", "m-0").put("role", "SECRETARY");
        officers.add(1);
        // one or two officers: too few either way
        assertThat(findings(doc)).contains(tuple("ORG-022", ERROR, "/organizations/2/leadership/officers"));
        officers.addObject().put("memberId", "m-1").put("role", "COMMITTEE_MEMBER");
        // two or three: it depends on the unreadable one
        assertThat(findings(doc)).extracting(t -> t.toList().get(0)).doesNotContain("ORG-022");
    }

    @Test
    void contentAfterACompleteLineIsDoc001ButTheRecordWasRead() {
        ObjectNode doc = document();
        record(doc, "members", 1).put("orgId", "nope");
        List<String> lines = new ArrayList<>(streamLines(doc));
        lines.set(4, lines.get(4) + " 1"); // m-0, complete, then a stray number
        var report = readStream(lines);
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, "/5"), tuple("MEM-001", ERROR, "/6/orgId"));
        assertThat(report.records()).isEqualTo(11);

        lines = new ArrayList<>(streamLines(document()));
        lines.set(0, lines.get(0) + " x");
        report = readStream(lines);
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, "/1"));
        assertThat(report.records()).isEqualTo(11);
    }

    @Test
    void aLostLineWhoseTypeWasReadQuietsOnlyTheRulesAboutThatType() {
        ObjectNode doc = document();
        record(doc, "organizations", 2).put("parentId", "nope");
        List<String> lines = new ArrayList<>(streamLines(doc));
        lines.set(4, lines.get(4).substring(0, 40)); // m-0's line, cut after its recordType
        assertThat(lines.get(4)).startsWith("{\"recordType\":\"member\"");
        assertThat(triples(readStream(lines))).containsExactly(
                tuple("ORG-001", ERROR, "/4/parentId"), tuple("DOC-001", ERROR, "/5"));
    }

    @Test
    void aRepeatedSectionIsSkippedSoItsRecordsAreUnknown() {
        String twice = document().toString().replaceFirst("\"members\":\\[", "\"members\":[],\"members\":[");
        assertThat(triples(readDocument(twice))).containsExactly(tuple("DOC-017", ERROR, "/members"));
    }
}
