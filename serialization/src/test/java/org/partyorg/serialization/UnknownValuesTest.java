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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partyorg.validation.Finding;

/**
 * RULES.md: "One bad value yields one finding": a stage, status or dissolvedOn that fails its DOC
 * check is unknown to the size and liveness rules, which fire only when the unknown value cannot
 * change their verdict. The example has a county committee, a township committee and a branch
 * (br-kj, /organizations/2) with five full members.
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
}
