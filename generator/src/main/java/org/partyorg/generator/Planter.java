package org.partyorg.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.generator.PlantedData.Key;
import org.partyorg.validation.Severity;

/**
 * Plants defects in a clean generated dataset: for each rule asked for, in catalog order, it picks
 * its victims among the records {@link Planting#eligible} allows (spread evenly: the k-th of N at
 * eligible record {@code (2k+1)E/2N}), never a record another defect took, and lets the planting
 * change them. What the plantings need to know about the dataset (who is referenced where, how many
 * full members a branch has) is computed once here. Mutable, one per generation.
 */
final class Planter {
    private final Dataset clean;
    private final PlantedData data;
    private final Set<Key> taken = new HashSet<>();
    private final Map<String, Organization> orgs = new HashMap<>();
    private final Map<String, Integer> orgIndex = new HashMap<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Map<String, Integer> memberIndex = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, Integer> fullMembers = new HashMap<>();
    private final Map<String, Integer> liveMembers = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Set<String> takenOrgs = new HashSet<>();
    private final Set<String> takenMembers = new HashSet<>();
    private final Map<String, List<Integer>> membersByOrg = new HashMap<>();
    private final Map<String, List<Integer>> meetingsByOrg = new HashMap<>();
    private final Map<String, List<Integer>> duesByMember = new HashMap<>();
    private final Map<OrgType, String> firstLive = new EnumMap<>(OrgType.class);
    private int people;

    Planter(Dataset clean) {
        this.clean = clean;
        this.data = new PlantedData(clean);
        for (int i = 0; i < clean.organizations().size(); i++) {
            Organization o = clean.organizations().get(i);
            orgs.putIfAbsent(o.id(), o);
            orgIndex.putIfAbsent(o.id(), i);
            if (o.parentId() != null) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o.id());
            }
            if (o.leadership() != null) {
                o.leadership().officers().forEach(x -> referenced.add(x.memberId()));
            }
        }
        for (int i = 0; i < clean.members().size(); i++) {
            Member m = clean.members().get(i);
            members.putIfAbsent(m.id(), m);
            memberIndex.putIfAbsent(m.id(), i);
            membersByOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(i);
            if (m.status() != null && m.status().countsInSize()) {
                liveMembers.merge(m.orgId(), 1, Integer::sum);
                if (m.stage() == MemberStage.FULL) {
                    fullMembers.merge(m.orgId(), 1, Integer::sum);
                }
            }
        }
        for (Grid g : clean.grids()) {
            refer(g.leader() == null ? null : g.leader().memberId());
            g.workers().forEach(w -> refer(w.memberId()));
        }
        for (ServiceRecord r : clean.serviceRecords()) {
            refer(r.worker() == null ? null : r.worker().memberId());
        }
        for (Posting p : clean.postings()) {
            refer(p.person() == null ? null : p.person().memberId());
        }
        for (Application a : clean.applications()) {
            a.contacts().forEach(this::refer);
            a.introducers().forEach(this::refer);
            refer(a.memberId());
        }
        for (Election e : clean.elections()) {
            e.elected().stream().map(ElectedMember::memberId).forEach(this::refer);
        }
        for (Transfer t : clean.transfers()) {
            refer(t.memberId());
        }
        for (int i = 0; i < clean.meetings().size(); i++) {
            var m = clean.meetings().get(i);
            refer(m.lecturer() == null ? null : m.lecturer().memberId());
            meetingsByOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < clean.duesPayments().size(); i++) {
            duesByMember.computeIfAbsent(clean.duesPayments().get(i).memberId(), k -> new ArrayList<>()).add(i);
        }
    }

    private void refer(String memberId) {
        if (memberId != null) {
            referenced.add(memberId);
        }
    }

    PlantedData data() {
        return data;
    }

    // ---------------------------------------------------------------- planting

    /**
     * Plants {@code count} defects of one rule.
     *
     * @throws PartyOrgException naming the largest possible count when there are too few suitable records
     */
    void plant(Planting planting, int count, String where) {
        if (planting.victimType() == null) {
            planting.recipe().plant(new Victim(this, null, -1, null));
            return;
        }
        List<Victim> eligible = eligible(planting);
        if (eligible.size() < count) {
            throw new PartyOrgException(where + " has room for " + eligible.size() + " " + planting.ruleId()
                    + " defect" + (eligible.size() == 1 ? "" : "s") + ", fewer than the " + count + " asked for; use a larger scale or at most "
                    + eligible.size());
        }
        List<Victim> chosen = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            chosen.add(eligible.get((int) ((2L * k + 1) * eligible.size() / (2L * count))));
        }
        for (Victim v : chosen) {
            take(v);
            planting.recipe().plant(v);
        }
    }

    /** @return how many defects of the rule the dataset has room for now */
    int room(Planting planting) {
        return planting.victimType() == null ? 1 : eligible(planting).size();
    }

    private List<Victim> eligible(Planting planting) {
        List<? extends ExchangeRecord> records = clean.records(planting.victimType());
        List<Victim> eligible = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Victim v = new Victim(this, planting.victimType(), i, records.get(i));
            if (!taken.contains(v.key()) && !isTakenByRelation(v) && planting.eligible().test(v)) {
                eligible.add(v);
            }
        }
        return eligible;
    }

    private boolean isTakenByRelation(Victim v) {
        return v.record() instanceof Organization o ? takenOrgs.contains(o.id())
                : v.record() instanceof Member m && takenMembers.contains(m.id());
    }

    private void take(Victim v) {
        taken.add(v.key());
        if (v.record() instanceof Organization o) {
            takenOrgs.add(o.id());
        } else if (v.record() instanceof Member m) {
            takenMembers.add(m.id());
        }
    }

    // ---------------------------------------------------------------- what plantings may ask

    Dataset clean() {
        return clean;
    }

    LocalDate asOf() {
        return clean.asOf();
    }

    LocalDate coverageFrom() {
        return clean.coverageFrom();
    }

    Organization org(String id) {
        return id == null ? null : orgs.get(id);
    }

    Member member(String id) {
        return id == null ? null : members.get(id);
    }

    int fullMembers(String orgId) {
        return fullMembers.getOrDefault(orgId, 0);
    }

    int liveMembers(String orgId) {
        return liveMembers.getOrDefault(orgId, 0);
    }

    List<String> children(String orgId) {
        return children.getOrDefault(orgId, List.of());
    }

    /** @return the id of the first live organization of a type, or null */
    String firstLive(OrgType type) {
        return firstLive.computeIfAbsent(type, t -> clean.organizations().stream()
                .filter(o -> o.orgType() == t && o.dissolvedOn() == null).map(Organization::id).findFirst().orElse(null));
    }

    /** @return the indexes of the members whose orgId names the organization */
    List<Integer> membersOf(String orgId) {
        return membersByOrg.getOrDefault(orgId, List.of());
    }

    /** @return the indexes of the meetings the organization held */
    List<Integer> meetingsOf(String orgId) {
        return meetingsByOrg.getOrDefault(orgId, List.of());
    }

    /** @return the indexes of the member's dues payments */
    List<Integer> duesOf(String memberId) {
        return duesByMember.getOrDefault(memberId, List.of());
    }

    boolean isReferenced(String memberId) {
        return referenced.contains(memberId);
    }

    /** Marks an organization or member as used by a defect, so no other defect changes it or what hangs on it. */
    void reserveOrg(String id) {
        takenOrgs.add(id);
        Integer i = orgIndex.get(id);
        if (i != null) {
            taken.add(new Key(RecordType.ORGANIZATION, i));
        }
    }

    void reserveMember(String id) {
        takenMembers.add(id);
        Integer i = memberIndex.get(id);
        if (i != null) {
            taken.add(new Key(RecordType.MEMBER, i));
        }
    }

    boolean isReserved(Organization o) {
        return takenOrgs.contains(o.id());
    }

    boolean isReservedMember(String id) {
        return takenMembers.contains(id);
    }

    /** The secretary of an organization, or null. */
    String secretary(Organization o) {
        if (o == null || o.leadership() == null) {
            return null;
        }
        for (Officer x : o.leadership().officers()) {
            if (x.role() == OfficerRole.SECRETARY) {
                return x.memberId();
            }
        }
        return null;
    }

    /** A fresh, valid 身份证号 no generated person has (region 820100, Macau), for added people. */
    ResidentIdNumber freshIdNumber(LocalDate birth, Sex sex) {
        int ymd = birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
        int n = people++;
        return IdNumbers.make("8201" + String.format("%02d", n / 500 % 100), ymd, (n % 500) * 2 + (sex == Sex.MALE ? 1 : 0));
    }

    /** A fresh id for an added record. */
    String freshId(String prefix) {
        return "planted-" + prefix + "-" + (people++);
    }

    // ---------------------------------------------------------------- changes

    Key add(RecordType type, Object record) {
        Key key = data.add(type, record);
        taken.add(key);
        return key;
    }

    /** Removes a record of the clean dataset; no other defect may take it. */
    void remove(Key key) {
        data.remove(key);
        taken.add(key);
    }

    void edit(Key key, Consumer<ObjectNode> edit) {
        data.edit(key, edit);
    }

    Key keyOfOrg(String id) {
        Integer i = orgIndex.get(id);
        return i == null ? null : new Key(RecordType.ORGANIZATION, i);
    }

    Key keyOfMember(String id) {
        Integer i = memberIndex.get(id);
        return i == null ? null : new Key(RecordType.MEMBER, i);
    }

    void expect(String ruleId, Key key, String recordId, String field) {
        expect(ruleId, null, key, recordId, field);
    }

    /** Expects a finding with another severity than the rule's default (the WARNING of an ERROR / WARNING rule). */
    void expect(String ruleId, Severity severity, Key key, String recordId, String field) {
        data.expect(new PlantedData.Planned(ruleId, severity, key, recordId, field, ExpectedFinding.Scope.RECORD));
    }

    void expectHeader(String ruleId, String field) {
        data.expect(new PlantedData.Planned(ruleId, null, null, null, field, ExpectedFinding.Scope.HEADER));
    }

    /** Expects a finding on a record the reader stops inside: its type and id were never read. */
    void expectStoppedInside(String ruleId, Key key) {
        data.expect(new PlantedData.Planned(ruleId, null, key, null, "", ExpectedFinding.Scope.STOPPED_INSIDE));
    }

    void expectUnreadable(String ruleId, Key key) {
        data.expect(new PlantedData.Planned(ruleId, null, key, null, "", ExpectedFinding.Scope.UNREADABLE));
    }

    /** A record chosen for a defect: its place in the clean dataset and the record. */
    record Victim(Planter ctx, RecordType type, int index, ExchangeRecord record) {
        Key key() {
            return new Key(type, index);
        }

        @SuppressWarnings("unchecked")
        <T> T as(Class<T> type) {
            return (T) record;
        }

        /** Sets a field (a '/'-separated path) of the victim's JSON; {@code value} is written as JSON (strings, numbers, null, trees). */
        Victim set(String path, Object value) {
            ctx.edit(key(), n -> PlantedData.set(n, path, value));
            return this;
        }

        Victim remove(String path) {
            ctx.edit(key(), n -> PlantedData.remove(n, path));
            return this;
        }

        /** Expects the planting's finding on the victim at {@code field}. */
        void expect(String ruleId, String field) {
            ctx.expect(ruleId, key(), record.id(), field);
        }
    }
}
