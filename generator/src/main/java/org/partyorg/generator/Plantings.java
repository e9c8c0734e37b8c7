package org.partyorg.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ElectionForm;
import org.partyorg.core.Grid;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingCadence;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.generator.PlantedData.Key;
import org.partyorg.generator.Planter.Victim;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * The catalog of plantable defects, one per rule, in catalog order. Each picks victims that the
 * change affects in no other way: plain members (FULL, NORMAL, in a branch of 9 to 48 full members,
 * named nowhere else), copies of records where changing the original would change what other rules
 * count (a meeting's copy breaks no cadence), and fresh records where the defect needs what the data
 * lacks (a branch without members for ORG-010).
 */
final class Plantings {
    private static final Map<String, Planting> BY_RULE = new LinkedHashMap<>();

    private Plantings() {
    }

    static Optional<Planting> byRuleId(String ruleId) {
        return Optional.ofNullable(BY_RULE.get(ruleId));
    }

    /** @return every planting, in the order of the rule catalog */
    static List<Planting> all() {
        List<Planting> all = new ArrayList<>(BY_RULE.values());
        all.sort(Comparator.comparing(x -> Rule.ofId(x.ruleId()).ordinal()));
        return List.copyOf(all);
    }

    private static void p(String rule, String description, RecordType type, Predicate<Victim> eligible, Planting.Recipe recipe) {
        BY_RULE.put(rule, new Planting(rule, description, type, eligible, recipe, false));
    }

    private static void alone(String rule, String description, RecordType type, Predicate<Victim> eligible, Planting.Recipe recipe) {
        BY_RULE.put(rule, new Planting(rule, description, type, eligible, recipe, true));
    }

    // ---------------------------------------------------------------- victims

    private static Member m(Victim v) {
        return v.as(Member.class);
    }

    private static Organization o(Victim v) {
        return v.as(Organization.class);
    }

    /** A plain member: FULL and NORMAL, named by no other record, in a branch whose size thresholds one member cannot cross. */
    private static boolean plain(Victim v) {
        Member x = m(v);
        Organization org = v.ctx().org(x.orgId());
        int full = v.ctx().fullMembers(x.orgId());
        return x.stage() == MemberStage.FULL && x.status() == MemberStatus.NORMAL && !v.ctx().isReferenced(x.id())
                && org != null && org.orgType().isBranch() && org.dissolvedOn() == null && full >= 9 && v.ctx().liveMembers(x.orgId()) <= 48
                && x.partyGroupId() == null && x.fullMemberOn() != null && x.probationExtendedTo() == null
                && !v.ctx().isReservedMember(x.id());
    }

    private static boolean liveOrg(Organization x) {
        return x.dissolvedOn() == null;
    }

    private static boolean electedLeadership(Organization x) {
        return x.leadership() != null && x.leadership().form() != null && x.leadership().form().isElected()
                && x.leadership().electedOn() != null && x.leadership().termYears() != null;
    }

    /** An organization's index in its section, for plantings that edit an organization other than the victim. */
    private static Key orgKey(Victim v, String id) {
        return v.ctx().keyOfOrg(id);
    }

    private static String d(LocalDate date) {
        return date.toString();
    }

    /** Appends a copy of the victim with a fresh id, changed by {@code edit}; returns its key. */
    private static Key copy(Victim v, String idPrefix, Consumer<ObjectNode> edit) {
        ObjectNode copy = PlantedData.tree(v.record());
        copy.put("id", v.ctx().freshId(idPrefix));
        edit.accept(copy);
        return v.ctx().add(v.type(), copy);
    }

    private static void expectOnCopy(Victim v, String rule, Key key, String field) {
        v.ctx().expect(rule, key, PlantedData.idOf(v.ctx().data(), key), field);
    }

    private static String otherLocalCommittee(Victim v) {
        return v.ctx().firstLive(OrgType.LOCAL_COMMITTEE);
    }

    /** A fresh live organization under {@code parent}, established days before asOf (no whole period to judge). */
    private static ObjectNode freshOrg(Victim v, Organization parent, OrgType type, boolean leadership) {
        ObjectNode n = PlantedData.JSON.createObjectNode();
        String id = v.ctx().freshId("org");
        n.put("id", id).put("name", "中共新建" + id + "组织").put("orgType", type.name());
        if (type.isBasicLevel()) {
            n.put("sector", parent.sector() == null ? "RURAL" : parent.sector().name());
        }
        n.put("parentId", parent.id()).put("divisionCode", parent.divisionCode().text())
                .put("establishedOn", d(v.ctx().asOf().minusDays(5)));
        String secretary = v.ctx().secretary(parent);
        if (leadership && secretary != null) {
            ObjectNode l = n.putObject("leadership");
            l.put("form", "SECRETARY_ONLY").put("electedOn", d(v.ctx().asOf().minusDays(5))).put("termYears", 5);
            l.putArray("officers").addObject().put("memberId", secretary).put("role", "SECRETARY");
        }
        return n;
    }

    private static boolean mayParent(Victim v, OrgType child) {
        Organization x = o(v);
        return liveOrg(x) && child.mayHaveParent(x.orgType()) && x.divisionCode() != null && v.ctx().secretary(x) != null;
    }

    // ---------------------------------------------------------------- the catalog

    static {
        doc();
        idn();
        org();
        mem();
        grid();
        svc();
        pst();
        dev();
        mtg();
        due();
        trf();
        elc();
    }

    private static void doc() {
        alone("DOC-001", "a dues payment's JSON cut short: the document stops there; in a stream, that line is not a JSON object",
                RecordType.DUES_PAYMENT, v -> true, v -> {
                    v.ctx().data().raw(v.key(), s -> s.substring(0, s.indexOf(',')));
                    v.ctx().data().breakDocument();
                    v.ctx().expectUnreadable("DOC-001", v.key());
                });
        p("DOC-002", "the header's schemaVersion is \"2.0\"", null, v -> true, v -> {
            v.ctx().data().header(h -> h.put("schemaVersion", "2.0"));
            v.ctx().expectHeader("DOC-002", "schemaVersion");
        });
        alone("DOC-003", "the header's asOf is 2023-02-30 (the rules that need asOf cannot run)", null, v -> true, v -> {
            v.ctx().data().header(h -> h.put("asOf", "2023-02-30"));
            v.ctx().expectHeader("DOC-003", "asOf");
        });
        p("DOC-010", "an organization without its name", RecordType.ORGANIZATION, v -> true, v -> {
            v.remove("name");
            v.expect("DOC-010", "name");
        });
        p("DOC-011", "a member's name is a number", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("name", 12345);
            v.expect("DOC-011", "name");
        });
        p("DOC-012", "a member's occupation is ASTRONAUT", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("occupation", "ASTRONAUT");
            v.expect("DOC-012", "occupation");
        });
        p("DOC-013", "a member's birthDate is February 30th", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("birthDate", m(v).birthDate().getYear() + "-02-30");
            v.expect("DOC-013", "birthDate");
        });
        p("DOC-014", "a meeting's copy with a negative attendance", RecordType.MEETING, v -> v.as(Meeting.class).expected() != null,
                v -> expectOnCopy(v, "DOC-014", copy(v, "mtg", n -> n.put("present", -1)), "present"));
        p("DOC-015", "a member with an unknown field nickname", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("nickname", "老王");
            v.expect("DOC-015", "nickname");
        });
        p("DOC-016", "a meeting's copy under the same id", RecordType.MEETING, v -> true, v -> {
            ObjectNode copy = PlantedData.tree(v.record());
            Key key = v.ctx().add(RecordType.MEETING, copy);
            v.ctx().expect("DOC-016", key, v.record().id(), "id");
        });
        p("DOC-017", "a meeting whose id key appears twice", RecordType.MEETING, v -> true, v -> {
            String id = v.record().id();
            v.ctx().data().raw(v.key(), s -> "{\"id\":" + PlantedData.quote(id) + "," + s.substring(1));
            v.expect("DOC-017", "id");
        });
        alone("DOC-018", "a meeting's topic of a million and one characters: the reader stops there", RecordType.MEETING,
                v -> true, v -> {
                    v.set("topic", "议".repeat(1_000_001));
                    v.ctx().expectStoppedInside("DOC-018", v.key());
                });
        alone("DOC-020", "the header has no coverageFrom (the cadence rules cannot run)", null, v -> v.ctx().coverageFrom() != null, v -> {
            v.ctx().data().header(h -> h.remove("coverageFrom"));
            v.ctx().expectHeader("DOC-020", "coverageFrom");
        });
    }

    private static String id17(Member x) {
        return x.idNumber().text().substring(0, 17);
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static void idn() {
        p("IDN-001", "a member's 身份证号 cut to 17 characters", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("idNumber", id17(m(v)));
            v.expect("IDN-001", "idNumber");
        });
        p("IDN-002", "a member's 身份证号 with a wrong check character", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("idNumber", IdNumbers.withWrongCheckCharacter(m(v).idNumber()).text());
            v.expect("IDN-002", "idNumber");
        });
        p("IDN-003", "a member's 身份证号 born on February 30th (with a right check character)", RecordType.MEMBER, Plantings::plain, v -> {
            String id = id17(m(v));
            v.set("idNumber", withCheck(id.substring(0, 6) + "19800230" + id.substring(14)));
            v.expect("IDN-003", "idNumber");
        });
        p("IDN-004", "a member's 身份证号 in province 99 (with a right check character)", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("idNumber", withCheck("99" + id17(m(v)).substring(2)));
            v.expect("IDN-004", "idNumber");
        });
        p("IDN-005", "a member's birthDate a day before the one in the 身份证号", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("birthDate", d(m(v).birthDate().minusDays(1)));
            v.expect("IDN-005", "birthDate");
        });
        p("IDN-006", "a member's sex the other than the 身份证号's", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("sex", m(v).sex() == Sex.MALE ? "2" : "1");
            v.expect("IDN-006", "sex");
        });
        p("IDN-007", "a member's 身份证号 ending in a lowercase x", RecordType.MEMBER,
                v -> plain(v) && m(v).idNumber().text().endsWith("X"), v -> {
                    v.set("idNumber", id17(m(v)) + "x");
                    v.expect("IDN-007", "idNumber");
                });
        p("IDN-010", "a host unit's 统一社会信用代码 of 5 characters", RecordType.ORGANIZATION, v -> !o(v).hostUnits().isEmpty(), v -> {
            v.set("hostUnits/0/creditCode", "91520");
            v.expect("IDN-010", "hostUnits/0/creditCode");
        });
        p("IDN-011", "a host unit's 统一社会信用代码 with a wrong check character", RecordType.ORGANIZATION,
                v -> !o(v).hostUnits().isEmpty(), v -> {
                    String first17 = "91522631MA6DN" + String.format("%04d", v.index() % 10_000);
                    char right = CreditCode.checkCharacter(first17);
                    v.set("hostUnits/0/creditCode", first17 + (right == '1' ? '2' : '1'));
                    v.expect("IDN-011", "hostUnits/0/creditCode");
                });
        p("IDN-020", "a grid's division code with a zero township segment before a non-zero village", RecordType.GRID,
                v -> v.as(Grid.class).divisionCode() != null, v -> {
                    v.set("divisionCode", v.as(Grid.class).divisionCode().text().substring(0, 6) + "000001");
                    v.expect("IDN-020", "divisionCode");
                });
        p("IDN-021", "a grid on a well-formed village code of its township that the NBS 2023 registry lacks, led by the "
                + "township's committee (reported when validating with a registry)", RecordType.GRID,
                v -> v.as(Grid.class).divisionCode() != null && v.as(Grid.class).code() != null && townshipCommittee(v) != null, v -> {
                    Grid g = v.as(Grid.class);
                    String division = g.divisionCode().text().substring(0, 9) + "999";
                    v.set("divisionCode", division).set("code", division + g.code().text().substring(12))
                            .set("leadOrgId", townshipCommittee(v)).remove("villagerGroups");
                    v.expect("IDN-021", "divisionCode");
                });
        p("IDN-022", "a grid code of 14 digits", RecordType.GRID, v -> v.as(Grid.class).code() != null, v -> {
            v.set("code", v.as(Grid.class).code().text().substring(0, 14));
            v.expect("IDN-022", "code");
        });
        p("IDN-030", "a member's phone is a landline", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("phone", "0851" + (1_000_000 + v.index() % 9_000_000));
            v.expect("IDN-030", "phone");
        });
        p("IDN-040", "a SUSPENDED second record of a member, same 身份证号, another id", RecordType.MEMBER, Plantings::plain, v -> {
            Key key = copy(v, "mem", n -> n.put("status", "SUSPENDED").put("statusSince", d(v.ctx().asOf().minusDays(60))));
            expectOnCopy(v, "IDN-040", key, "idNumber");
        });
    }

    private static void org() {
        p("ORG-001", "a dissolved branch whose parent is missing", RecordType.ORGANIZATION, v -> o(v).divisionCode() != null, v -> {
            ObjectNode n = historyOrg(v, OrgType.BRANCH);
            n.put("parentId", "missing-" + n.get("id").asText());
            expectOnCopy(v, "ORG-001", v.ctx().add(RecordType.ORGANIZATION, n), "parentId");
        });
        p("ORG-002", "two dissolved county committees, each the other's parent (a finding on each)", RecordType.ORGANIZATION,
                v -> o(v).divisionCode() != null, v -> {
                    ObjectNode a = historyOrg(v, OrgType.LOCAL_COMMITTEE);
                    ObjectNode b = historyOrg(v, OrgType.LOCAL_COMMITTEE);
                    a.put("parentId", b.get("id").asText());
                    b.put("parentId", a.get("id").asText());
                    expectOnCopy(v, "ORG-002", v.ctx().add(RecordType.ORGANIZATION, a), "parentId");
                    expectOnCopy(v, "ORG-002", v.ctx().add(RecordType.ORGANIZATION, b), "parentId");
                });
        p("ORG-003", "a dissolved branch under a branch", RecordType.ORGANIZATION,
                v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)) && o(v).divisionCode() != null, v -> {
                    ObjectNode n = historyOrg(v, OrgType.BRANCH);
                    n.put("parentId", v.record().id());
                    expectOnCopy(v, "ORG-003", v.ctx().add(RecordType.ORGANIZATION, n), "parentId");
                });
        p("ORG-010", "a branch established five days ago with no members", RecordType.ORGANIZATION,
                v -> mayParent(v, OrgType.BRANCH), v -> {
                    Key key = v.ctx().add(RecordType.ORGANIZATION, freshOrg(v, o(v), OrgType.BRANCH, true));
                    expectOnCopy(v, "ORG-010", key, "");
                });
        p("ORG-011", "a branch joined by probationary members admitted two months ago, to 51 members", RecordType.ORGANIZATION,
                v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)) && v.ctx().liveMembers(v.record().id()) >= 9
                        && v.ctx().liveMembers(v.record().id()) <= 50 && parentsStayBelow(v, 51 - v.ctx().liveMembers(v.record().id())),
                v -> {
                    int add = 51 - v.ctx().liveMembers(v.record().id());
                    for (int i = 0; i < add; i++) {
                        v.ctx().add(RecordType.MEMBER, newProbationary(v, v.record().id(), i));
                    }
                    v.ctx().reserveOrg(v.record().id());
                    v.expect("ORG-011", "");
                });
        p("ORG-012", "a general branch established five days ago with no members", RecordType.ORGANIZATION,
                v -> mayParent(v, OrgType.GENERAL_BRANCH), v -> {
                    Key key = v.ctx().add(RecordType.ORGANIZATION, freshOrg(v, o(v), OrgType.GENERAL_BRANCH, true));
                    expectOnCopy(v, "ORG-012", key, "");
                });
        p("ORG-020", "a branch of 7 or more full members whose leadership is APPOINTED", RecordType.ORGANIZATION,
                v -> o(v).orgType().isBranch() && liveOrg(o(v)) && o(v).leadership() != null
                        && o(v).leadership().form() == LeadershipForm.COMMITTEE && v.ctx().fullMembers(v.record().id()) >= 7, v -> {
                    v.set("leadership/form", "APPOINTED");
                    v.expect("ORG-020", "leadership/form");
                });
        p("ORG-021", "a branch established five days ago whose three members (moved from a large branch) form a committee",
                RecordType.ORGANIZATION, v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)) && v.ctx().fullMembers(v.record().id()) >= 10
                        && plainMembersOf(v, 3).size() == 3 && v.ctx().org(o(v).parentId()) != null
                        && liveOrg(v.ctx().org(o(v).parentId())) && v.ctx().org(o(v).parentId()).divisionCode() != null, v -> {
                    List<String> moved = plainMembersOf(v, 3);
                    ObjectNode n = freshOrg(v, v.ctx().org(o(v).parentId()), OrgType.BRANCH, false);
                    ObjectNode l = n.putObject("leadership");
                    l.put("form", "COMMITTEE").put("electedOn", d(v.ctx().asOf().minusDays(5))).put("termYears", 5);
                    ArrayNode officers = l.putArray("officers");
                    for (int i = 0; i < moved.size(); i++) {
                        officers.addObject().put("memberId", moved.get(i)).put("role", i == 0 ? "SECRETARY" : "COMMITTEE_MEMBER");
                        String id = moved.get(i);
                        v.ctx().reserveMember(id);
                        v.ctx().edit(v.ctx().keyOfMember(id), x -> x.put("orgId", n.get("id").asText()));
                    }
                    v.ctx().reserveOrg(v.record().id());
                    expectOnCopy(v, "ORG-021", v.ctx().add(RecordType.ORGANIZATION, n), "leadership/form");
                });
        p("ORG-022", "a branch committee of eight officers", RecordType.ORGANIZATION,
                v -> o(v).orgType().isBranch() && liveOrg(o(v)) && o(v).leadership() != null
                        && o(v).leadership().form() == LeadershipForm.COMMITTEE && plainMembersOf(v, 8).size() >= 8
                        - o(v).leadership().officers().size(), v -> {
                    int missing = 8 - o(v).leadership().officers().size();
                    List<String> more = plainMembersOf(v, 8).subList(0, missing);
                    v.ctx().edit(v.key(), n -> {
                        ArrayNode officers = (ArrayNode) n.at("/leadership/officers");
                        more.forEach(id -> officers.addObject().put("memberId", id).put("role", "COMMITTEE_MEMBER"));
                    });
                    more.forEach(v.ctx()::reserveMember);
                    v.expect("ORG-022", "leadership/officers");
                });
        p("ORG-023", "a SECRETARY_ONLY leadership with committee members (a non-branch committee's)", RecordType.ORGANIZATION,
                v -> !o(v).orgType().isBranch() && liveOrg(o(v)) && o(v).leadership() != null
                        && o(v).leadership().form() == LeadershipForm.COMMITTEE
                        && o(v).leadership().officers().stream().anyMatch(x -> x.role() != OfficerRole.SECRETARY
                        && x.role() != OfficerRole.DEPUTY_SECRETARY), v -> {
                    v.set("leadership/form", "SECRETARY_ONLY");
                    v.expect("ORG-023", "leadership/officers");
                });
        p("ORG-024", "a leadership with a second SECRETARY", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && o(v).leadership() != null && secondOfficer(o(v)) >= 0, v -> {
                    v.set("leadership/officers/" + secondOfficer(o(v)) + "/role", "SECRETARY");
                    v.expect("ORG-024", "leadership/officers");
                });
        p("ORG-025", "a live branch without its leadership", RecordType.ORGANIZATION,
                v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)) && o(v).leadership() != null, v -> {
                    v.remove("leadership");
                    v.expect("ORG-025", "leadership");
                });
        p("ORG-026", "an officer naming no member", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && o(v).leadership() != null && !o(v).leadership().officers().isEmpty(), v -> {
                    v.set("leadership/officers/0/memberId", "missing-" + v.record().id());
                    v.expect("ORG-026", "leadership/officers/0/memberId");
                });
        p("ORG-027", "a village director's flag on an officer who is not the secretary", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && o(v).leadership() != null && secondOfficer(o(v)) >= 0, v -> {
                    v.set("leadership/officers/" + secondOfficer(o(v)) + "/concurrentVillageDirector", true);
                    v.expect("ORG-027", "leadership/officers/" + secondOfficer(o(v)) + "/concurrentVillageDirector");
                });
        p("ORG-028", "an elected leadership's term of 6 years", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && electedLeadership(o(v)), v -> {
                    v.set("leadership/termYears", 6);
                    v.expect("ORG-028", "leadership/termYears");
                });
        p("ORG-029", "an elected leadership whose term ended two years ago (its election records removed)", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && electedLeadership(o(v)) && o(v).approvalRef() == null, v -> {
                    Organization x = o(v);
                    v.set("leadership/electedOn", d(v.ctx().asOf().minusYears(x.leadership().termYears() + 2L)));
                    List<Election> all = v.ctx().clean().elections();
                    for (int i = 0; i < all.size(); i++) {
                        if (x.id().equals(all.get(i).orgId())) {
                            v.ctx().remove(new Key(RecordType.ELECTION, i));
                        }
                    }
                    v.expect("ORG-029", "leadership/electedOn");
                });
        p("ORG-030", "a branch turned joint branch with six host units", RecordType.ORGANIZATION,
                v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)), v -> {
                    v.set("orgType", "JOINT_BRANCH");
                    v.ctx().edit(v.key(), n -> {
                        ArrayNode units = n.putArray("hostUnits");
                        for (int i = 1; i <= 6; i++) {
                            units.addObject().put("name", "联建单位" + i).put("unitKind", "PRIVATE_ENTERPRISE");
                        }
                    });
                    v.expect("ORG-030", "hostUnits");
                });
        p("ORG-031", "a branch dissolved the day after its last meeting, its members still live", RecordType.ORGANIZATION,
                v -> o(v).orgType() == OrgType.BRANCH && liveOrg(o(v)) && v.ctx().liveMembers(v.record().id()) > 0
                        && v.ctx().children(v.record().id()).isEmpty() && lastMeeting(v) != null
                        && lastMeeting(v).isBefore(v.ctx().asOf()), v -> {
                    v.set("dissolvedOn", d(lastMeeting(v).plusDays(1)));
                    v.expect("ORG-031", "dissolvedOn");
                });
        p("ORG-032", "a leaf organization moved to a township of Beijing", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && o(v).parentId() != null && v.ctx().children(v.record().id()).isEmpty()
                        && !isGridLeadOrPostingHost(v) && (o(v).leadership() == null || o(v).leadership().officers().stream()
                        .noneMatch(x -> Boolean.TRUE.equals(x.concurrentVillageDirector())))
                        && (o(v).divisionCode() == null || !o(v).divisionCode().isVillageLevel() || !electedLeadership(o(v))
                        || o(v).leadership().termYears() == 5), v -> {
                    v.set("divisionCode", "110101001000");
                    v.expect("ORG-032", "divisionCode");
                });
        p("ORG-033", "a leadership elected ten days after asOf", RecordType.ORGANIZATION,
                v -> liveOrg(o(v)) && electedLeadership(o(v)), v -> {
                    v.set("leadership/electedOn", d(v.ctx().asOf().plusDays(10)));
                    v.expect("ORG-033", "leadership/electedOn");
                });
    }

    private static ObjectNode historyOrg(Victim v, OrgType type) {
        ObjectNode n = PlantedData.JSON.createObjectNode();
        String id = v.ctx().freshId("org");
        n.put("id", id).put("name", "中共已撤销" + id + "组织").put("orgType", type.name());
        if (type.isBasicLevel()) {
            n.put("sector", "OTHER");
        }
        n.put("divisionCode", o(v).divisionCode().text()).put("establishedOn", "2001-03-01").put("dissolvedOn", "2019-06-30");
        return n;
    }

    private static boolean parentsStayBelow(Victim v, int added) {
        Organization parent = v.ctx().org(o(v).parentId());
        return parent == null || parent.orgType() != OrgType.GENERAL_BRANCH || subtree(v, parent.id()) + added < 100;
    }

    private static int subtree(Victim v, String orgId) {
        int n = v.ctx().liveMembers(orgId);
        for (String child : v.ctx().children(orgId)) {
            n += subtree(v, child);
        }
        return n;
    }

    /** The {@code nth} probationary member added to a branch: born on a day of its own from 1995, alternately a man and a woman. */
    private static ObjectNode newProbationary(Victim v, String orgId, int nth) {
        LocalDate birth = LocalDate.of(1995, 1, 1).plusDays(nth);
        Sex sex = nth % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        ResidentIdNumber id = v.ctx().freshIdNumber(birth, sex);
        ObjectNode n = PlantedData.JSON.createObjectNode();
        String memberId = v.ctx().freshId("mem");
        n.put("id", memberId).put("name", "新党员" + memberId.substring(memberId.lastIndexOf('-') + 1)).put("idNumber", id.text())
                .put("sex", sex == Sex.MALE ? "1" : "2").put("birthDate", d(birth)).put("ethnicity", "01").put("orgId", orgId).put("stage", "PROBATIONARY")
                .put("admittedOn", d(v.ctx().asOf().minusDays(60))).put("status", "NORMAL");
        return n;
    }

    private static List<String> plainMembersOf(Victim v, int limit) {
        List<String> out = new ArrayList<>();
        for (int i : v.ctx().membersOf(v.record().id())) {
            Member x = v.ctx().clean().members().get(i);
            if (out.size() < limit && plain(new Victim(v.ctx(), RecordType.MEMBER, i, x))) {
                out.add(x.id());
            }
        }
        return out;
    }

    /** The index of an officer who is not the secretary and holds no village director's flag, or -1. */
    private static int secondOfficer(Organization x) {
        List<Officer> officers = x.leadership().officers();
        for (int i = 0; i < officers.size(); i++) {
            if (officers.get(i).role() != OfficerRole.SECRETARY && !Boolean.TRUE.equals(officers.get(i).concurrentVillageDirector())) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate lastMeeting(Victim v) {
        LocalDate last = null;
        for (int i : v.ctx().meetingsOf(v.record().id())) {
            Meeting x = v.ctx().clean().meetings().get(i);
            if (x.heldOn() != null && (last == null || x.heldOn().isAfter(last))) {
                last = x.heldOn();
            }
        }
        return last;
    }

    private static boolean isGridLeadOrPostingHost(Victim v) {
        String id = v.record().id();
        return v.ctx().clean().grids().stream().anyMatch(g -> id.equals(g.leadOrgId()))
                || v.ctx().clean().postings().stream().anyMatch(p -> id.equals(p.hostOrgId()));
    }

    private static void mem() {
        p("MEM-001", "a LEFT second record of a member in an organization that is missing", RecordType.MEMBER, Plantings::plain, v -> {
            Key key = copy(v, "mem", n -> n.put("orgId", "missing-" + m(v).orgId()).put("status", "LEFT")
                    .put("statusSince", d(v.ctx().asOf().minusDays(100))).put("idNumber", freshLike(v).text()));
            expectOnCopy(v, "MEM-001", key, "orgId");
        });
        p("MEM-002", "a member moved into a county committee", RecordType.MEMBER, v -> plain(v) && otherLocalCommittee(v) != null, v -> {
            v.set("orgId", otherLocalCommittee(v));
            v.expect("MEM-002", "orgId");
        });
        p("MEM-003", "a member moved up into its branch's general branch or Party committee", RecordType.MEMBER,
                v -> plain(v) && parentHolds(v), v -> {
                    v.set("orgId", v.ctx().org(m(v).orgId()).parentId());
                    v.expect("MEM-003", "orgId");
                });
        p("MEM-004", "a member in a party group that is missing", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("partyGroupId", "missing-group");
            v.expect("MEM-004", "partyGroupId");
        });
        p("MEM-010", "a member admitted at 17", RecordType.MEMBER, Plantings::plain, v -> {
            LocalDate admitted = m(v).birthDate().plusYears(17).plusDays(100);
            v.set("admittedOn", d(admitted)).set("fullMemberOn", d(admitted.plusYears(1)));
            v.expect("MEM-010", "admittedOn");
        });
        p("MEM-011", "a FULL member without fullMemberOn", RecordType.MEMBER, Plantings::plain, v -> {
            v.remove("fullMemberOn");
            v.expect("MEM-011", "fullMemberOn");
        });
        p("MEM-012", "a member made full half a year after admission", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("fullMemberOn", d(m(v).admittedOn().plusMonths(6)));
            v.expect("MEM-012", "fullMemberOn");
        });
        p("MEM-013", "a member made full two years and a month after admission", RecordType.MEMBER,
                v -> plain(v) && !m(v).admittedOn().plusYears(2).plusDays(30).isAfter(v.ctx().asOf()), v -> {
                    v.set("fullMemberOn", d(m(v).admittedOn().plusYears(2).plusDays(30)));
                    v.expect("MEM-013", "fullMemberOn");
                });
        p("MEM-014", "a member admitted years ago still PROBATIONARY", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("stage", "PROBATIONARY").remove("fullMemberOn");
            v.expect("MEM-014", "stage");
        });
        p("MEM-015", "a probation extended to a month after its first year", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("probationExtendedTo", d(m(v).admittedOn().plusYears(1).plusMonths(1)));
            v.expect("MEM-015", "probationExtendedTo");
        });
        p("MEM-016", "a member's statusSince ten days after asOf", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("statusSince", d(v.ctx().asOf().plusDays(10)));
            v.expect("MEM-016", "statusSince");
        });
        p("MEM-017", "a member LOST_CONTACT for seven months", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("status", "LOST_CONTACT").set("statusSince", d(v.ctx().asOf().minusMonths(7)));
            v.expect("MEM-017", "status");
        });
        p("MEM-018", "a member SUSPENDED for three years", RecordType.MEMBER, Plantings::plain, v -> {
            v.set("status", "SUSPENDED").set("statusSince", d(v.ctx().asOf().minusYears(3)));
            v.expect("MEM-018", "status");
        });
    }

    private static ResidentIdNumber freshLike(Victim v) {
        return v.ctx().freshIdNumber(m(v).birthDate(), m(v).sex());
    }

    private static boolean parentHolds(Victim v) {
        Organization branch = v.ctx().org(m(v).orgId());
        Organization parent = v.ctx().org(branch.parentId());
        return parent != null && liveOrg(parent)
                && (parent.orgType() == OrgType.GENERAL_BRANCH || parent.orgType() == OrgType.BASIC_COMMITTEE);
    }

    private static void grid() {
        p("GRID-001", "a grid on its township's code, led by the township's committee", RecordType.GRID,
                v -> v.as(Grid.class).divisionCode() != null && v.as(Grid.class).code() != null && townshipCommittee(v) != null, v -> {
                    Grid g = v.as(Grid.class);
                    String township = g.divisionCode().text().substring(0, 9) + "000";
                    // its villager groups go, or they would meet the township's other grids' (GRID-003)
                    v.set("divisionCode", township).set("code", township + g.code().text().substring(12))
                            .set("leadOrgId", townshipCommittee(v)).remove("villagerGroups");
                    v.expect("GRID-001", "divisionCode");
                });
        p("GRID-002", "a grid led by an organization that is missing", RecordType.GRID, v -> true, v -> {
            v.set("leadOrgId", "missing-org");
            v.expect("GRID-002", "leadOrgId");
        });
        p("GRID-003", "a second grid with another grid's first villager group", RecordType.GRID,
                v -> !v.as(Grid.class).villagerGroups().isEmpty() && v.as(Grid.class).code() != null, v -> {
                    Grid g = v.as(Grid.class);
                    Key key = copy(v, "grid", n -> {
                        n.put("code", g.code().text().substring(0, 12) + "9" + String.format("%02d", v.index() % 100));
                        n.putArray("villagerGroups").add(g.villagerGroups().get(0));
                    });
                    expectOnCopy(v, "GRID-003", key, "villagerGroups/0");
                });
        p("GRID-004", "a grid of more than 500 households", RecordType.GRID, v -> true, v -> {
            int households = 501 + v.index() % 300;
            v.set("households", households).set("population", Math.min(2500, households * 3));
            v.expect("GRID-004", "households");
        });
        p("GRID-005", "a grid of more than 2500 people", RecordType.GRID, v -> true, v -> {
            v.set("population", 2501 + v.index() % 500);
            v.expect("GRID-005", "population");
        });
        p("GRID-006", "a grid leader naming no member", RecordType.GRID,
                v -> v.as(Grid.class).leader() != null && v.as(Grid.class).leader().memberId() != null, v -> {
                    v.set("leader/memberId", "missing-member");
                    v.expect("GRID-006", "leader/memberId");
                });
        p("GRID-007", "a grid led by its county's committee", RecordType.GRID, v -> countyCommittee(v) != null, v -> {
            v.set("leadOrgId", countyCommittee(v));
            v.expect("GRID-007", "leadOrgId");
        });
    }

    private static String townshipCommittee(Victim v) {
        String township = v.as(Grid.class).divisionCode().text().substring(0, 9) + "000";
        for (Organization x : v.ctx().clean().organizations()) {
            if (liveOrg(x) && x.divisionCode() != null && x.divisionCode().text().equals(township)) {
                return x.id();
            }
        }
        return null;
    }

    private static String countyCommittee(Victim v) {
        Grid g = v.as(Grid.class);
        if (g.divisionCode() == null) {
            return null;
        }
        String county = g.divisionCode().text().substring(0, 6) + "000000";
        for (Organization x : v.ctx().clean().organizations()) {
            if (x.orgType() == OrgType.LOCAL_COMMITTEE && liveOrg(x) && x.divisionCode() != null && x.divisionCode().text().equals(county)) {
                return x.id();
            }
        }
        return null;
    }

    private static void svc() {
        p("SVC-001", "a service record's copy on a grid that is missing", RecordType.SERVICE_RECORD, v -> true,
                v -> expectOnCopy(v, "SVC-001", copy(v, "svc", n -> n.put("gridId", "missing-grid")), "gridId"));
        p("SVC-002", "an OPEN service record dated after asOf", RecordType.SERVICE_RECORD,
                v -> v.as(ServiceRecord.class).status() == ServiceStatus.OPEN, v -> {
                    v.set("date", d(v.ctx().asOf().plusDays(3)));
                    v.expect("SVC-002", "date");
                });
        p("SVC-003", "a RESOLVED service record without resolvedOn", RecordType.SERVICE_RECORD,
                v -> v.as(ServiceRecord.class).status() == ServiceStatus.RESOLVED, v -> {
                    v.remove("resolvedOn");
                    v.expect("SVC-003", "resolvedOn");
                });
        p("SVC-004", "a service record resolved the day before it was opened", RecordType.SERVICE_RECORD,
                v -> v.as(ServiceRecord.class).status() == ServiceStatus.RESOLVED, v -> {
                    v.set("resolvedOn", d(v.as(ServiceRecord.class).date().minusDays(1)));
                    v.expect("SVC-004", "resolvedOn");
                });
        p("SVC-005", "a service record's worker naming no member", RecordType.SERVICE_RECORD,
                v -> v.as(ServiceRecord.class).worker() != null, v -> {
                    v.set("worker/memberId", "missing-member");
                    v.expect("SVC-005", "worker/memberId");
                });
    }

    private static void pst() {
        p("PST-001", "a posting's host organization is missing", RecordType.POSTING, v -> true, v -> {
            v.set("hostOrgId", "missing-org");
            v.expect("PST-001", "hostOrgId");
        });
        p("PST-002", "a posting hosted by a county committee (and on its division)", RecordType.POSTING,
                v -> otherLocalCommittee(v) != null, v -> {
                    Organization host = v.ctx().org(otherLocalCommittee(v));
                    v.set("hostOrgId", host.id()).set("divisionCode", host.divisionCode().text());
                    v.expect("PST-002", "hostOrgId");
                });
        p("PST-003", "a posting on its township's code instead of its host's village", RecordType.POSTING,
                v -> v.as(Posting.class).divisionCode() != null, v -> {
                    v.set("divisionCode", v.as(Posting.class).divisionCode().text().substring(0, 9) + "000");
                    v.expect("PST-003", "divisionCode");
                });
        p("PST-004", "a SERVING posting planned for one year", RecordType.POSTING,
                v -> v.as(Posting.class).status() == PostingStatus.SERVING, v -> {
                    v.set("plannedEndDate", d(v.as(Posting.class).startDate().plusYears(1)));
                    v.expect("PST-004", "plannedEndDate");
                });
        p("PST-005", "a SERVING posting starting after asOf", RecordType.POSTING,
                v -> v.as(Posting.class).status() == PostingStatus.SERVING, v -> {
                    LocalDate start = v.ctx().asOf().plusDays(10);
                    v.set("startDate", d(start)).set("plannedEndDate", d(start.plusYears(2)));
                    v.expect("PST-005", "startDate");
                });
        p("PST-006", "a SERVING posting that ended the day before asOf", RecordType.POSTING,
                v -> v.as(Posting.class).status() == PostingStatus.SERVING
                        && v.as(Posting.class).startDate().isBefore(v.ctx().asOf().minusDays(1)), v -> {
                    v.set("endDate", d(v.ctx().asOf().minusDays(1)));
                    v.expect("PST-006", "endDate");
                });
        p("PST-007", "a second posting of the same person over the same years", RecordType.POSTING,
                v -> v.as(Posting.class).person().idNumber() != null, v -> {
                    Key key = copy(v, "pst", n -> n.remove("previousPostingId"));
                    expectOnCopy(v, "PST-007", key, "person/idNumber");
                });
        p("PST-008", "a first secretary who is a probationary member", RecordType.POSTING,
                v -> v.as(Posting.class).role() == PostingRole.FIRST_SECRETARY && probationary(v) != null, v -> {
                    String member = probationary(v);
                    v.set("person/memberId", member);
                    v.ctx().reserveMember(member);
                    v.expect("PST-008", "person/memberId");
                });
        p("PST-009", "a posting following a posting that is missing", RecordType.POSTING, v -> true, v -> {
            v.set("previousPostingId", "missing-posting");
            v.expect("PST-009", "previousPostingId");
        });
        p("PST-010", "a posting's person naming no member", RecordType.POSTING, v -> true, v -> {
            v.set("person/memberId", "missing-member");
            v.expect("PST-010", "person/memberId");
        });
    }

    private static String probationary(Victim v) {
        for (Member x : v.ctx().clean().members()) {
            if (x.stage() == MemberStage.PROBATIONARY && x.status() == MemberStatus.NORMAL && !v.ctx().isReservedMember(x.id())) {
                return x.id();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- format 1.1

    private static Application a(Victim v) {
        return v.as(Application.class);
    }

    private static boolean open(Victim v) {
        return a(v).stage() != null && a(v).stage().isOpen();
    }

    private static boolean stage(Victim v, ApplicationStage... stages) {
        for (ApplicationStage s : stages) {
            if (a(v).stage() == s) {
                return true;
            }
        }
        return false;
    }

    private static void dev() {
        p("DEV-001", "an application to an organization that is missing", RecordType.APPLICATION, v -> true, v -> {
            v.set("orgId", "missing-org");
            v.expect("DEV-001", "orgId");
        });
        p("DEV-002", "an application to the branch's parent committee", RecordType.APPLICATION,
                v -> v.ctx().org(a(v).orgId()) != null && v.ctx().org(v.ctx().org(a(v).orgId()).parentId()) != null, v -> {
                    v.set("orgId", v.ctx().org(a(v).orgId()).parentId());
                    v.expect("DEV-002", "orgId");
                });
        p("DEV-003", "an open application by someone 17 on the day", RecordType.APPLICATION, Plantings::open, v -> {
            LocalDate birth = a(v).appliedOn().minusYears(17);
            v.set("person/idNumber", v.ctx().freshIdNumber(birth, Sex.FEMALE).text());
            v.expect("DEV-003", "appliedOn");
        });
        p("DEV-004", "an application made after asOf", RecordType.APPLICATION, v -> stage(v, ApplicationStage.APPLICANT), v -> {
            v.set("appliedOn", d(v.ctx().asOf().plusDays(1))).remove("talkedOn");
            v.expect("DEV-004", "appliedOn");
        });
        p("DEV-005", "a talk the day before the application", RecordType.APPLICATION, v -> a(v).talkedOn() != null, v -> {
            v.set("talkedOn", d(a(v).appliedOn().minusDays(1)));
            v.expect("DEV-005", "talkedOn");
        });
        p("DEV-006", "a talk a month and a day after the application", RecordType.APPLICATION,
                v -> a(v).talkedOn() != null && stage(v, ApplicationStage.APPLICANT)
                        && !a(v).appliedOn().plusMonths(1).plusDays(1).isAfter(v.ctx().asOf()), v -> {
                    v.set("talkedOn", d(a(v).appliedOn().plusMonths(1).plusDays(1)));
                    v.expect("DEV-006", "talkedOn");
                });
        p("DEV-007", "a candidate named a day less than a year after becoming an activist", RecordType.APPLICATION,
                v -> a(v).candidateOn() != null && a(v).activistOn() != null, v -> {
                    v.set("candidateOn", d(a(v).activistOn().plusYears(1).minusDays(1)));
                    v.expect("DEV-007", "candidateOn");
                });
        p("DEV-008", "an ACTIVIST without activistOn", RecordType.APPLICATION, v -> stage(v, ApplicationStage.ACTIVIST), v -> {
            v.remove("activistOn");
            v.expect("DEV-008", "activistOn");
        });
        p("DEV-009", "an ACTIVIST without contacts", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ACTIVIST) && !a(v).contacts().isEmpty(), v -> {
                    v.remove("contacts");
                    v.expect("DEV-009", "contacts");
                });
        p("DEV-010", "a CANDIDATE or ADMITTED application with one introducer", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.CANDIDATE, ApplicationStage.ADMITTED) && a(v).introducers().size() == 2, v -> {
                    v.remove("introducers/1");
                    v.expect("DEV-010", "introducers");
                });
        p("DEV-011", "a contact naming no member", RecordType.APPLICATION, v -> !a(v).contacts().isEmpty(), v -> {
            v.set("contacts/0", "missing-member");
            v.expect("DEV-011", "contacts/0");
        });
        p("DEV-012", "an introducer who is a probationary member", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.CANDIDATE, ApplicationStage.ADMITTED) && a(v).introducers().size() == 2
                        && probationary(v) != null && !a(v).introducers().contains(probationary(v)), v -> {
                    String member = probationary(v);
                    v.set("introducers/0", member);
                    v.ctx().reserveMember(member);
                    v.expect("DEV-012", "introducers/0");
                });
        p("DEV-013", "an ADMITTED application whose political review FAILED", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ADMITTED), v -> {
                    v.set("politicalReview", "FAILED");
                    v.expect("DEV-013", "politicalReview");
                });
        p("DEV-014", "an ADMITTED application with 20 hours of training", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ADMITTED), v -> {
                    v.set("trainingHours", 20);
                    v.expect("DEV-014", "trainingHours");
                });
        p("DEV-015", "an admission meeting attended by half of those who should", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ADMITTED) && a(v).admissionMeeting() != null && a(v).admissionMeeting().eligible() != null
                        && a(v).admissionMeeting().eligible() >= 2, v -> {
                    int half = a(v).admissionMeeting().eligible() / 2;
                    v.set("admissionMeeting/present", half).set("admissionMeeting/inFavor", half);
                    v.expect("DEV-015", "admissionMeeting/present");
                });
        p("DEV-016", "an admission approved three months and a day after the meeting", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ADMITTED) && a(v).admissionMeeting() != null
                        && !a(v).admissionMeeting().heldOn().plusMonths(3).plusDays(1).isAfter(v.ctx().asOf()), v -> {
                    v.set("approvedOn", d(a(v).admissionMeeting().heldOn().plusMonths(3).plusDays(1)));
                    v.ctx().expect("DEV-016", Severity.WARNING, v.key(), v.record().id(), "approvedOn");
                });
        p("DEV-017", "an ADMITTED application naming no member", RecordType.APPLICATION,
                v -> stage(v, ApplicationStage.ADMITTED) && a(v).memberId() != null, v -> {
                    v.set("memberId", "missing-member");
                    v.expect("DEV-017", "memberId");
                });
        p("DEV-018", "a public notice of three days", RecordType.APPLICATION, v -> a(v).publicNotice() != null, v -> {
            LocalDate from = a(v).publicNotice().from();
            LocalDate monday = from.minusDays(from.getDayOfWeek().getValue() - 1L);
            v.set("publicNotice/from", d(monday)).set("publicNotice/to", d(monday.plusDays(2)));
            v.expect("DEV-018", "publicNotice");
        });
        p("DEV-019", "a second open application of the same person", RecordType.APPLICATION, Plantings::open, v -> {
            Key key = copy(v, "app", n -> { });
            expectOnCopy(v, "DEV-019", key, "person/idNumber");
        });
        p("DEV-020", "an open application by a live member", RecordType.APPLICATION, v -> open(v) && plainMember(v) != null, v -> {
            Member member = plainMember(v);
            v.set("person/idNumber", member.idNumber().text());
            v.ctx().reserveMember(member.id());
            v.expect("DEV-020", "person/idNumber");
        });
    }

    private static Member plainMember(Victim v) {
        List<Member> all = v.ctx().clean().members();
        for (int i = 0; i < all.size(); i++) {
            if (plain(new Victim(v.ctx(), RecordType.MEMBER, i, all.get(i)))
                    && a(v).appliedOn() != null && !all.get(i).birthDate().plusYears(18).isAfter(a(v).appliedOn())) {
                return all.get(i);
            }
        }
        return null;
    }

    private static Meeting mt(Victim v) {
        return v.as(Meeting.class);
    }

    private static void mtg() {
        p("MTG-001", "a meeting's copy held by an organization that is missing", RecordType.MEETING, v -> true,
                v -> expectOnCopy(v, "MTG-001", copy(v, "mtg", n -> n.put("orgId", "missing-org")), "orgId"));
        p("MTG-002", "a branch meeting's copy of kind PARTY_GROUP_MEETING", RecordType.MEETING,
                v -> mt(v).kind() != MeetingKind.PARTY_GROUP_MEETING && v.ctx().org(mt(v).orgId()) != null
                        && v.ctx().org(mt(v).orgId()).orgType().isBranch(),
                v -> expectOnCopy(v, "MTG-002", copy(v, "mtg", n -> n.put("kind", "PARTY_GROUP_MEETING")), "kind"));
        p("MTG-003", "a meeting's copy held after asOf", RecordType.MEETING, v -> true,
                v -> expectOnCopy(v, "MTG-003", copy(v, "mtg", n -> n.put("heldOn", d(v.ctx().asOf().plusDays(3)))), "heldOn"));
        p("MTG-004", "a meeting's copy with one more present than expected", RecordType.MEETING,
                v -> mt(v).expected() != null && mt(v).present() != null,
                v -> expectOnCopy(v, "MTG-004", copy(v, "mtg", n -> n.put("present", mt(v).expected() + 1)), "present"));
        p("MTG-005", "a branch assembly's copy attended by half of its members", RecordType.MEETING,
                v -> mt(v).kind() == MeetingKind.BRANCH_ASSEMBLY && mt(v).expected() != null && mt(v).expected() >= 2,
                v -> expectOnCopy(v, "MTG-005", copy(v, "mtg", n -> n.put("present", mt(v).expected() / 2)), "present"));
        cadence("MTG-020", MeetingKind.BRANCH_ASSEMBLY, "a branch without its branch assemblies");
        cadence("MTG-021", MeetingKind.BRANCH_COMMITTEE, "a branch with a committee without its committee meetings");
        p("MTG-022", "a party group of a branch, established in 2020, that holds no meetings", RecordType.ORGANIZATION,
                v -> o(v).orgType().isBranch() && liveOrg(o(v)) && o(v).divisionCode() != null && v.ctx().coverageFrom() != null, v -> {
                    ObjectNode n = PlantedData.JSON.createObjectNode();
                    String id = v.ctx().freshId("grp");
                    n.put("id", id).put("name", "第" + id.substring(id.lastIndexOf('-') + 1) + "党小组").put("orgType", "PARTY_GROUP")
                            .put("parentId", v.record().id()).put("divisionCode", o(v).divisionCode().text()).put("establishedOn", "2020-01-01");
                    expectOnCopy(v, "MTG-022", v.ctx().add(RecordType.ORGANIZATION, n), "");
                });
        cadence("MTG-023", MeetingKind.THEMED_DAY, "a branch without its themed days");
        cadence("MTG-024", MeetingKind.PARTY_LECTURE, "a branch without its Party lectures");
        cadence("MTG-025", MeetingKind.LIFE_MEETING, "a branch without its life meetings");
        cadence("MTG-026", MeetingKind.DEMOCRATIC_REVIEW, "a branch without its democratic reviews");
    }

    /** A cadence rule: every meeting of the kind an organization owes is removed, so each owed period is missed. */
    private static void cadence(String rule, MeetingKind kind, String description) {
        p(rule, description + " over the coverage", RecordType.ORGANIZATION, v -> owes(v, kind) && !meetingsOf(v, kind).isEmpty(), v -> {
            meetingsOf(v, kind).forEach(i -> v.ctx().remove(new Key(RecordType.MEETING, i)));
            v.ctx().reserveOrg(v.record().id());
            v.expect(rule, "");
        });
    }

    private static boolean owes(Victim v, MeetingKind kind) {
        Organization x = o(v);
        if (v.ctx().coverageFrom() == null || x.dissolvedOn() != null) {
            return false;
        }
        LeadershipForm form = x.leadership() == null ? null : x.leadership().form();
        for (MeetingCadence.Obligation owed : MeetingCadence.obligations(x.orgType(), form)) {
            if (owed.kind() == kind && !MeetingCadence.wholePeriods(owed.period(), v.ctx().coverageFrom(), v.ctx().asOf(),
                    x.establishedOn(), null).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> meetingsOf(Victim v, MeetingKind kind) {
        List<Integer> out = new ArrayList<>();
        for (int i : v.ctx().meetingsOf(v.record().id())) {
            if (v.ctx().clean().meetings().get(i).kind() == kind) {
                out.add(i);
            }
        }
        return out;
    }

    private static DuesPayment dp(Victim v) {
        return v.as(DuesPayment.class);
    }

    private static void due() {
        p("DUE-001", "a dues payment's copy by a member who is missing", RecordType.DUES_PAYMENT, v -> true,
                v -> expectOnCopy(v, "DUE-001", copy(v, "due", n -> n.put("memberId", "missing-member")), "memberId"));
        p("DUE-002", "a dues payment of one fen", RecordType.DUES_PAYMENT,
                v -> dp(v).category() != null && dp(v).amount() != null && minimum(dp(v)) != null
                        && minimum(dp(v)).compareTo(new BigDecimal("0.01")) > 0, v -> {
                    v.set("amount", new BigDecimal("0.01"));
                    v.expect("DUE-002", "amount");
                });
        p("DUE-003", "a dues payment paid after asOf", RecordType.DUES_PAYMENT, v -> dp(v).paidOn() != null, v -> {
            v.set("paidOn", d(v.ctx().asOf().plusDays(3)));
            v.expect("DUE-003", "paidOn");
        });
        p("DUE-004", "a dues payment's copy for the same member and month", RecordType.DUES_PAYMENT, v -> true,
                v -> expectOnCopy(v, "DUE-004", copy(v, "due", n -> { }), "month"));
        p("DUE-005", "a dues payment's copy for the month before the member's admission", RecordType.DUES_PAYMENT,
                v -> v.ctx().member(dp(v).memberId()) != null && v.ctx().member(dp(v).memberId()).admittedOn() != null, v -> {
                    YearMonth before = YearMonth.from(v.ctx().member(dp(v).memberId()).admittedOn()).minusMonths(1);
                    expectOnCopy(v, "DUE-005", copy(v, "due", n -> n.put("month", before.toString())), "month");
                });
        p("DUE-020", "a member whose last six whole months of dues are missing", RecordType.MEMBER,
                v -> plain(v) && v.ctx().coverageFrom() != null && lastSixMonths(v).size() == 6, v -> {
                    lastSixMonths(v).forEach(i -> v.ctx().remove(new Key(RecordType.DUES_PAYMENT, i)));
                    v.ctx().reserveMember(v.record().id());
                    v.expect("DUE-020", "");
                });
    }

    private static BigDecimal minimum(DuesPayment x) {
        try {
            return PartyDues.minimum(x.category(), x.base()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The payments of the victim member for the six whole months before asOf's month, when there are exactly six. */
    private static List<Integer> lastSixMonths(Victim v) {
        YearMonth last = YearMonth.from(v.ctx().asOf());
        if (!v.ctx().asOf().equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        YearMonth first = last.minusMonths(5);
        List<Integer> out = new ArrayList<>();
        for (int i : v.ctx().duesOf(v.record().id())) {
            DuesPayment x = v.ctx().clean().duesPayments().get(i);
            if (!x.month().isBefore(first) && !x.month().isAfter(last)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Transfer tr(Victim v) {
        return v.as(Transfer.class);
    }

    private static void trf() {
        p("TRF-001", "a transfer's copy of a member who is missing", RecordType.TRANSFER, v -> true,
                v -> expectOnCopy(v, "TRF-001", copy(v, "trf", n -> n.put("memberId", "missing-member")), "memberId"));
        p("TRF-002", "an in-transit transfer of a plain member from an organization that is missing", RecordType.MEMBER,
                Plantings::plain, v -> {
                    ObjectNode n = newTransfer(v, null, 10);
                    n.put("fromOrgId", "missing-org");
                    addTransfer(v, n, "TRF-002", "fromOrgId");
                });
        p("TRF-003", "an in-transit transfer of a plain member from its branch to its branch", RecordType.MEMBER, Plantings::plain, v -> {
            addTransfer(v, newTransfer(v, m(v).orgId(), 10), "TRF-003", "toOrgId");
        });
        p("TRF-004", "an in-transit transfer of a plain member to a county committee", RecordType.MEMBER,
                v -> plain(v) && otherLocalCommittee(v) != null, v -> {
                    addTransfer(v, newTransfer(v, otherLocalCommittee(v), 10), "TRF-004", "toOrgId");
                });
        p("TRF-005", "a transfer IN_TRANSIT with a receivedOn", RecordType.MEMBER, Plantings::plain, v -> {
            ObjectNode n = newTransfer(v, null, 10);
            n.put("receivedOn", d(v.ctx().asOf().minusDays(2)));
            addTransfer(v, n, "TRF-005", "receivedOn");
        });
        p("TRF-006", "a transfer received the day before it was issued", RecordType.TRANSFER,
                v -> tr(v).status() == TransferStatus.RECEIVED && tr(v).receivedOn() != null && tr(v).issuedOn() != null, v -> {
                    v.set("receivedOn", d(tr(v).issuedOn().minusDays(1)));
                    v.expect("TRF-006", "receivedOn");
                });
        p("TRF-007", "an in-transit transfer issued four months ago", RecordType.MEMBER, Plantings::plain, v -> {
            addTransfer(v, newTransfer(v, null, 122), "TRF-007", "status");
        });
        p("TRF-008", "a received transfer naming another branch than the member's", RecordType.TRANSFER,
                v -> tr(v).status() == TransferStatus.RECEIVED && tr(v).toOrgId() != null && otherBranch(v) != null, v -> {
                    v.set("toOrgId", otherBranch(v));
                    v.expect("TRF-008", "toOrgId");
                });
        p("TRF-009", "two in-transit transfers of one member", RecordType.MEMBER, Plantings::plain, v -> {
            v.ctx().add(RecordType.TRANSFER, newTransfer(v, null, 20));
            addTransfer(v, newTransfer(v, null, 10), "TRF-009", "status");
        });
    }

    /** Adds a transfer of the victim member, which no other defect may then take, and expects the rule on it. */
    private static void addTransfer(Victim v, ObjectNode transfer, String rule, String field) {
        Key key = v.ctx().add(RecordType.TRANSFER, transfer);
        v.ctx().reserveMember(v.record().id());
        expectOnCopy(v, rule, key, field);
    }

    /** A transfer out of a plain member's branch, IN_TRANSIT, issued {@code daysAgo} days before asOf. */
    private static ObjectNode newTransfer(Victim v, String toOrgId, int daysAgo) {
        ObjectNode n = PlantedData.JSON.createObjectNode();
        n.put("id", v.ctx().freshId("trf")).put("memberId", v.record().id()).put("fromOrgId", m(v).orgId());
        if (toOrgId == null) {
            n.put("toName", "中共广州市天河区某街道某社区支部委员会");
        } else {
            n.put("toOrgId", toOrgId);
        }
        n.put("issuedOn", d(v.ctx().asOf().minusDays(daysAgo))).put("status", "IN_TRANSIT").put("reason", "JOB_CHANGE");
        return n;
    }

    private static String otherBranch(Victim v) {
        Member x = v.ctx().member(tr(v).memberId());
        for (Organization y : v.ctx().clean().organizations()) {
            if (y.orgType() == OrgType.BRANCH && liveOrg(y) && x != null && !y.id().equals(x.orgId())
                    && !y.id().equals(tr(v).fromOrgId())) {
                return y.id();
            }
        }
        return null;
    }

    private static Election el(Victim v) {
        return v.as(Election.class);
    }

    private static void elc() {
        // each copy goes to an organization of its own: two elections of one organization meet ELC-009
        p("ELC-001", "an election's copy by an organization that is missing", RecordType.ELECTION, v -> true,
                v -> expectOnCopy(v, "ELC-001", copy(v, "elc", n -> n.put("orgId", v.ctx().freshId("missing-org"))), "orgId"));
        p("ELC-002", "an election's copy by a county or working committee that holds none", RecordType.ELECTION,
                v -> notElectedCommittee(v) != null, v -> {
                    String committee = notElectedCommittee(v);
                    v.ctx().reserveOrg(committee);
                    expectOnCopy(v, "ELC-002", copy(v, "elc", n -> n.put("orgId", committee)), "orgId");
                });
        p("ELC-003", "an organization's only election held after asOf", RecordType.ELECTION, Plantings::onlyElection, v -> {
            v.set("heldOn", d(v.ctx().asOf().plusDays(5)));
            v.expect("ELC-003", "heldOn");
        });
        p("ELC-004", "an election with one more present than eligible", RecordType.ELECTION,
                v -> el(v).present() != null && el(v).eligible() != null, v -> {
                    v.set("present", el(v).eligible() + 1);
                    v.expect("ELC-004", "present");
                });
        p("ELC-005", "an election attended by four fifths of the eligible", RecordType.ELECTION,
                v -> el(v).eligible() != null && el(v).present() != null && el(v).eligible() >= 5, v -> {
                    int present = el(v).eligible() * 4 / 5;
                    v.set("present", present);
                    List<ElectedMember> elected = el(v).elected();
                    for (int i = 0; i < elected.size(); i++) {
                        if (elected.get(i).votes() != null && elected.get(i).votes() > present) {
                            v.set("elected/" + i + "/votes", present); // still more than half of the eligible (ELC-007)
                        }
                    }
                    v.expect("ELC-005", "present");
                });
        p("ELC-006", "a committee election with as many candidates as seats", RecordType.ELECTION,
                v -> el(v).form() == ElectionForm.COMMITTEE && el(v).seats() != null && el(v).candidates() != null, v -> {
                    v.set("candidates", el(v).seats());
                    v.expect("ELC-006", "candidates");
                });
        p("ELC-007", "an elected person with half of the eligible votes", RecordType.ELECTION,
                v -> !el(v).elected().isEmpty() && el(v).eligible() != null && el(v).eligible() >= 2, v -> {
                    v.set("elected/0/votes", el(v).eligible() / 2);
                    v.expect("ELC-007", "elected/0/votes");
                });
        p("ELC-008", "an elected person naming no member", RecordType.ELECTION, v -> !el(v).elected().isEmpty(), v -> {
            v.set("elected/0/memberId", "missing-member");
            v.expect("ELC-008", "elected/0/memberId");
        });
        p("ELC-009", "an earlier election for a three-year term, three and a half years before", RecordType.ELECTION,
                v -> el(v).heldOn() != null && onlyElection(v), v -> {
                    ObjectNode earlier = PlantedData.tree(v.record());
                    earlier.put("id", v.ctx().freshId("elc")).put("heldOn", d(el(v).heldOn().minusYears(3).minusMonths(6)))
                            .put("termYears", 3).remove("elected");
                    earlier.remove("approvalRef");
                    v.ctx().add(RecordType.ELECTION, earlier);
                    v.ctx().expect("ELC-009", Severity.WARNING, v.key(), v.record().id(), "heldOn");
                });
        p("ELC-010", "a leadership elected the day before its organization's election", RecordType.ELECTION,
                v -> v.ctx().org(el(v).orgId()) != null && electedLeadership(v.ctx().org(el(v).orgId()))
                        && !v.ctx().isReserved(v.ctx().org(el(v).orgId())) && el(v).heldOn() != null && onlyElection(v), v -> {
                    Organization org = v.ctx().org(el(v).orgId());
                    Key key = orgKey(v, org.id());
                    v.ctx().edit(key, n -> PlantedData.set(n, "leadership/electedOn", d(el(v).heldOn().minusDays(1))));
                    v.ctx().reserveOrg(org.id());
                    v.ctx().expect("ELC-010", key, org.id(), "leadership/electedOn");
                });
    }

    private static boolean onlyElection(Victim v) {
        return v.ctx().clean().elections().stream().filter(x -> el(v).orgId() != null && el(v).orgId().equals(x.orgId())).count() == 1;
    }

    private static String notElectedCommittee(Victim v) {
        for (Organization x : v.ctx().clean().organizations()) {
            if ((x.orgType() == OrgType.LOCAL_COMMITTEE || x.orgType() == OrgType.WORKING_COMMITTEE) && liveOrg(x)
                    && (x.leadership() == null || !electedLeadership(x)) && !v.ctx().isReserved(x)
                    && v.ctx().clean().elections().stream().noneMatch(e -> x.id().equals(e.orgId()))) {
                return x.id();
            }
        }
        return null;
    }
}
