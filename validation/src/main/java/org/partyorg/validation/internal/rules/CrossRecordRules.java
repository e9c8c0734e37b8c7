package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.partyorg.core.Application;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.Officer;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.index.DivisionNumbers;
import org.partyorg.validation.internal.index.Hashing;
import org.partyorg.validation.internal.index.IdNumberSet;
import org.partyorg.validation.internal.index.LongIntMap;
import org.partyorg.validation.internal.index.LongSet;
import org.partyorg.validation.internal.index.OrgTable;

/**
 * The rules that need more than one record: references, duplicates, the organization tree and
 * its sizes, overlapping postings.
 *
 * <p>Records arrive one at a time in any order. What a rule can decide on arrival it decides
 * then (a member whose organization already arrived); the rest waits in small "pending" lists and
 * is decided by {@link #finish()}. What is kept of each record is compact: hashes of ids in
 * primitive tables, an {@link OrgTable} row per organization, a packed {@code int} per member, so
 * memory grows with organizations and persons and never with the size of the input.
 *
 * <p>"References resolve to the first record with an id": later records with the same id
 * (DOC-016) are validated on their own but nothing can point at them, and the size rules skip a
 * duplicate organization. Every member record, duplicate or not, counts toward its organization's
 * size: a record is a record.
 * Dissolved organizations (dissolvedOn on or before asOf) are history: the size and leadership-form
 * rules skip them; ORG-031 checks they hold nothing live. An organization whose dissolvedOn is
 * unknown (a DOC finding) is skipped by all of these, and a member whose stage or status is unknown
 * makes a size a range (see {@link #sizes}).
 *
 * <p>"One bad value yields one finding" also holds across records: while some record of a type is
 * unknown (unreadable, or its id failed its DOC check), a reference to that type that resolves to
 * nothing may name that record, so "names no ..." is not reported; while some member may belong to
 * any organization, or some organization may sit anywhere in the tree, the "fewer than" size
 * rules cannot tell and stay quiet. Rules that find a clash or a certain excess still fire.
 *
 * <p>Not thread-safe: one instance per validation run.
 */
final class CrossRecordRules {
    private static final OrgType[] ORG_TYPES = OrgType.values();

    private final FindingSink out;
    private final PathLayout layout;
    private LocalDate asOf;

    // organizations
    private final LongIntMap orgSlots = new LongIntMap();
    private final OrgTable orgs = new OrgTable();
    private final List<ParentRef> pendingParents = new ArrayList<>();
    private final PendingOfficers pendingOfficers = new PendingOfficers();
    private final List<MemberRef> pendingOfficersOfDuplicates = new ArrayList<>();

    // members: id hash -> packed facts (stage, status, fullMemberOn); live ID numbers
    private final LongIntMap memberFacts = new LongIntMap();
    private final IdNumberSet liveIdNumbers = new IdNumberSet();
    private final List<PendingMember> pendingMembers = new ArrayList<>();

    // grids and service records
    private final LongSet gridIds = new LongSet();
    private final LongIntMap villagerGroupOwner = new LongIntMap();
    private int gridCount;
    private final List<LeadOrgRef> pendingLeadOrgs = new ArrayList<>();
    private final List<MemberRef> pendingGridMembers = new ArrayList<>();
    private final LongSet serviceRecordIds = new LongSet();
    private final List<GridRef> pendingServiceGrids = new ArrayList<>();
    private final List<MemberIdRef> pendingServiceWorkers = new ArrayList<>();

    // what is not known: see the class comment
    private final EnumSet<RecordType> someUnknown = EnumSet.noneOf(RecordType.class);
    private boolean membersMayBeUncounted;
    private boolean subtreesMayBeUncounted;

    // postings are few: kept whole and judged at the end
    private final PostingCrossRules postingRules = new PostingCrossRules(this);

    // the 1.1 records (applications, meetings, dues, transfers, elections) keep their own facts
    private final ActivityRules activity;

    CrossRecordRules(FindingSink out, PathLayout layout, LocalDate asOf) {
        this.out = out;
        this.layout = layout;
        this.asOf = asOf;
        this.activity = new ActivityRules(out, layout);
    }

    void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        activity.setAsOf(asOf);
    }

    void setCoverageFrom(LocalDate coverageFrom) {
        activity.setCoverageFrom(coverageFrom);
    }

    void setSchemaVersion(String schemaVersion) {
        activity.setSchemaVersion(schemaVersion);
    }

    /** The input's coverageFrom failed its DOC check. */
    void coverageUnreadable() {
        activity.coverageUnreadable();
    }

    // ---------------------------------------------------------------- 1.1: handed to ActivityRules

    void applicationArrived(Application a, RecordScope s) {
        activity.applicationArrived(a, s);
    }

    void electionArrived(Election e, RecordScope s) {
        activity.electionArrived(e, s);
    }

    void meetingArrived(Meeting m, RecordScope s) {
        activity.meetingArrived(m, s);
    }

    void duesPaymentArrived(DuesPayment d, RecordScope s) {
        activity.duesPaymentArrived(d, s);
    }

    void transferArrived(Transfer t, RecordScope s) {
        activity.transferArrived(t, s);
    }

    /**
     * Some records could not be read: of one type, or of any type when {@code type} is null.
     *
     * @param type their type, or null when unknown
     */
    void recordsUnknown(RecordType type) {
        activity.recordsUnknown(type);
        if (type == null) {
            someUnknown.addAll(EnumSet.allOf(RecordType.class));
        } else {
            someUnknown.add(type);
        }
        if (type == null || type == RecordType.MEMBER) {
            membersMayBeUncounted = true;
        }
        if (type == null || type == RecordType.MEMBER || type == RecordType.ORGANIZATION) {
            subtreesMayBeUncounted = true;
        }
    }

    /**
     * A record whose id is missing or failed DOC-014: a reference to its type that resolves to
     * nothing may mean it. An organization's place in the tree goes with it (its children and
     * members cannot find it).
     *
     * @param type its type
     */
    void idUnknown(RecordType type) {
        activity.idUnknown(type);
        someUnknown.add(type);
        if (type == RecordType.ORGANIZATION) {
            subtreesMayBeUncounted = true;
        }
    }

    /** Reports a reference that resolves to nothing, unless some record of the type it names is unknown: it may be that one. */
    void danglingReference(RecordType target, Reporter r, Rule rule, String field, Object... args) {
        if (!someUnknown.contains(target)) {
            r.report(rule, field, args);
        }
    }

    // ---------------------------------------------------------------- organizations

    void organizationArrived(Organization o, RecordScope s) {
        activity.organizationArrived(o, s);
        int slot = -1;
        boolean parentUnknown = o.parentId() == null && s.isFlagged("parentId");
        if (parentUnknown) {
            subtreesMayBeUncounted = true; // a subtree whose place in the tree is unknown
        }
        if (s.isIdUsable()) {
            long key = Hashing.hash64(o.id());
            int existing = orgSlots.get(key);
            if (existing != LongIntMap.MISSING && orgs.isDefined(existing)) {
                s.report(Rule.DOC_016, "id", "value", o.id());
            } else {
                slot = existing != LongIntMap.MISSING ? existing : newOrgSlot(key);
                int flags = (asOf != null && o.isDissolvedOn(asOf) ? OrgTable.DISSOLVED : 0)
                        | (OrganizationRules.isLivenessUnknown(o, s) ? OrgTable.LIVENESS_UNKNOWN : 0)
                        | (parentUnknown ? OrgTable.PARENT_UNKNOWN : 0)
                        | (Checks.noApproval(o.approvalRef()) ? 0 : OrgTable.APPROVED);
                int form = o.leadership() == null || o.leadership().form() == null ? -1 : o.leadership().form().ordinal();
                DivisionCode division = Checks.usable(o.divisionCode());
                orgs.define(slot, o.id(), ordinal(o.orgType()), form, ordinal(o.sector()),
                        division == null ? DivisionNumbers.UNKNOWN : division.toLong(), flags,
                        o.parentId() == null ? 0 : Hashing.hash64(o.parentId()), s.seq(), s.position());
            }
        }
        if (o.parentId() != null) {
            int parent = definedOrg(o.parentId());
            if (parent >= 0) {
                if (slot >= 0) {
                    orgs.setParent(slot, parent);
                }
                parentType(ordinal(o.orgType()), parent, s);
            } else {
                pendingParents.add(new ParentRef(s.located(), slot, ordinal(o.orgType()), o.parentId()));
            }
        }
        if (o.leadership() != null) {
            List<Officer> officers = o.leadership().officers();
            for (int j = 0; j < officers.size(); j++) {
                String memberId = officers.get(j).memberId();
                if (memberId == null) {
                    continue;
                }
                long key = Hashing.hash64(memberId);
                int facts = memberFacts.get(key);
                int officer = s.elementIndex("leadership/officers", j); // as the input numbers it
                if (facts != LongIntMap.MISSING) {
                    officerEligible(facts, officer, s);
                } else if (slot >= 0) {
                    pendingOfficers.add(slot, officer, key);
                    if (pendingOfficers.size() > resolveOfficersAt) {
                        resolvePendingOfficers();
                    }
                } else {
                    pendingOfficersOfDuplicates.add(new MemberRef(s.located(), "leadership/officers/" + officer, key));
                }
            }
        }
    }

    /**
     * Decides the pending officers whose member has arrived since, and keeps the rest. An export
     * usually lists an organization just before its members, so nearly every officer waits a little
     * while: without this the list would hold every officer of the country until the end.
     */
    private void resolvePendingOfficers() {
        int kept = 0;
        for (int i = 0; i < pendingOfficers.size(); i++) {
            int facts = memberFacts.get(pendingOfficers.memberKey(i));
            if (facts != LongIntMap.MISSING) {
                officerEligible(facts, pendingOfficers.officer(i), orgReporter(pendingOfficers.slot(i)));
            } else {
                pendingOfficers.move(i, kept++);
            }
        }
        pendingOfficers.truncate(kept);
        resolveOfficersAt = Math.max(RESOLVE_OFFICERS_MIN, 2 * kept);
    }

    private static final int RESOLVE_OFFICERS_MIN = 1 << 16;
    private int resolveOfficersAt = RESOLVE_OFFICERS_MIN;

    /** ORG-003: the parent's type may hold this type. */
    private void parentType(int childType, int parentSlot, Reporter r) {
        int parentType = orgs.type(parentSlot);
        if (childType >= 0 && parentType >= 0 && !ORG_TYPES[childType].mayHaveParent(ORG_TYPES[parentType])) {
            r.report(Rule.ORG_003, "parentId", "type", ORG_TYPES[childType].name(), "parentType", ORG_TYPES[parentType].name());
        }
    }

    /** ORG-026: an officer is a full member whose status lets them hold office. */
    private void officerEligible(int facts, int j, Reporter r) {
        if (facts == LongIntMap.MISSING) {
            danglingReference(RecordType.MEMBER, r, Rule.ORG_026, officerField(j), "problem", "-");
            return;
        }
        MemberStage stage = MemberFacts.stage(facts);
        MemberStatus status = MemberFacts.status(facts);
        // an unknown stage or status (the member's own DOC finding says why) skips only its own comparison
        if ((stage != null && stage != MemberStage.FULL) || (status != null && !status.countsInSize())) {
            r.report(Rule.ORG_026, officerField(j), "problem",
                    (stage == null ? "-" : stage.name()) + "/" + (status == null ? "-" : status.name()));
        }
    }

    /** Built only for a finding: every organization's officers pass through {@link #officerEligible}. */
    private static String officerField(int j) {
        return "leadership/officers/" + j + "/memberId";
    }

    // ---------------------------------------------------------------- members

    /**
     * Reads the member's slot in the member index ahead ({@link LongIntMap#prefetch}).
     *
     * @param memberKey the hash of a member's id
     * @return a value of no meaning
     */
    long prefetch(long memberKey) {
        return memberFacts.prefetch(memberKey);
    }

    /** @param memberKey the hash of the member's id when the caller has it, else 0 */
    void memberArrived(Member m, RecordScope s, long memberKey) {
        activity.memberArrived(m, s);
        if (s.isIdUsable() && memberFacts.putIfAbsent(memberKey != 0 ? memberKey : Hashing.hash64(m.id()),
                MemberFacts.pack(m)) != LongIntMap.MISSING) {
            s.report(Rule.DOC_016, "id", "value", m.id());
        }
        ResidentIdNumber idNumber = m.idNumber();
        if (m.status() != null && m.status().isLive() && Checks.usable(idNumber, asOf)
                && !liveIdNumbers.add(idNumber.text(), idNumber.birthDate().orElseThrow())) {
            s.report(Rule.IDN_040, "idNumber", "value", idNumber.masked());
        }
        if (m.orgId() == null) {
            // a member who may belong to any organization, unless they count in no size anyway
            boolean mayCount = m.status() == null || m.status().countsInSize();
            membersMayBeUncounted |= mayCount && m.stage() != MemberStage.PROBATIONARY;
            subtreesMayBeUncounted |= mayCount;
            return;
        }
        int slot = orgSlotFor(m.orgId());
        countMember(slot, m.stage(), m.status());
        boolean groupKnown = m.partyGroupId() == null || definedOrg(m.partyGroupId()) >= 0;
        if (orgs.isDefined(slot) && groupKnown) {
            memberOrganization(m.orgId(), slot, m.partyGroupId(), s);
        } else {
            pendingMembers.add(new PendingMember(s.located(), m.orgId(), slot, m.partyGroupId()));
        }
    }

    /**
     * Counts a member toward its organization's sizes. A stage or status that failed its DOC check
     * (null here) is unknown: such a member is counted as "maybe", and the size rules fire only when
     * the size breaks the rule whatever the unknown values are.
     */
    private void countMember(int slot, MemberStage stage, MemberStatus status) {
        boolean member = status != null && status.countsInSize();
        boolean full = member && stage == MemberStage.FULL;
        orgs.countMember(slot, full, member, status != null && status.isLive());
        if (status == null || (member && stage == null)) {
            boolean maybeFull = stage != MemberStage.PROBATIONARY;
            orgs.countUncertainMember(slot, maybeFull, status == null);
        }
    }

    /** MEM-001 to MEM-004: the member's organization exists and may hold members; the party group is its. */
    private void memberOrganization(String orgId, int slot, String partyGroupId, Reporter r) {
        if (!orgs.isDefined(slot)) {
            danglingReference(RecordType.ORGANIZATION, r, Rule.MEM_001, "orgId", "value", orgId);
        } else if (orgs.type(slot) >= 0) {
            OrgType type = ORG_TYPES[orgs.type(slot)];
            switch (type) {
                case LOCAL_COMMITTEE, WORKING_COMMITTEE, LEADERSHIP_GROUP, PARTY_GROUP, TEMPORARY_BRANCH ->
                        r.report(Rule.MEM_002, "orgId", "type", type.name());
                case GENERAL_BRANCH, BASIC_COMMITTEE -> r.report(Rule.MEM_003, "orgId", "type", type.name());
                default -> {
                }
            }
        }
        if (partyGroupId != null) {
            int group = definedOrg(partyGroupId);
            boolean ok = group >= 0
                    ? (orgs.type(group) < 0 || orgs.type(group) == OrgType.PARTY_GROUP.ordinal())
                            && (orgs.parentKey(group) == Hashing.hash64(orgId) || orgs.has(group, OrgTable.PARENT_UNKNOWN))
                    : someUnknown.contains(RecordType.ORGANIZATION);
            if (!ok) {
                r.report(Rule.MEM_004, "partyGroupId", "value", partyGroupId);
            }
        }
    }

    // ---------------------------------------------------------------- grids and service records

    void gridArrived(Grid g, RecordScope s) {
        int ordinal = gridCount++;
        if (s.isIdUsable() && !gridIds.add(Hashing.hash64(g.id()))) {
            s.report(Rule.DOC_016, "id", "value", g.id());
        }
        DivisionCode division = Checks.usable(g.divisionCode());
        if (division != null) {
            List<String> groups = g.villagerGroups();
            for (int j = 0; j < groups.size(); j++) {
                int owner = villagerGroupOwner.putIfAbsent(Hashing.hash64(division.text(), groups.get(j)), ordinal);
                if (owner != LongIntMap.MISSING && owner != ordinal) {
                    s.report(Rule.GRID_003, s.element("villagerGroups", j), "name", groups.get(j), "divisionCode", division.text());
                }
            }
        }
        if (g.leadOrgId() != null) {
            int lead = definedOrg(g.leadOrgId());
            long divisionNumber = division == null ? DivisionNumbers.UNKNOWN : division.toLong();
            if (lead >= 0) {
                leadOrganization(lead, g.leadOrgId(), divisionNumber, s);
            } else {
                pendingLeadOrgs.add(new LeadOrgRef(s.located(), g.leadOrgId(), divisionNumber));
            }
        }
        if (g.leader() != null) {
            gridMember(g.leader(), "leader", s);
        }
        List<PersonRef> workers = g.workers();
        for (int j = 0; j < workers.size(); j++) {
            gridMember(workers.get(j), s.element("workers", j), s);
        }
    }

    private void gridMember(PersonRef person, String field, RecordScope s) {
        if (person.memberId() == null) {
            return;
        }
        long key = Hashing.hash64(person.memberId());
        if (!memberFacts.containsKey(key)) {
            pendingGridMembers.add(new MemberRef(s.located(), field, key));
        }
    }

    /** GRID-002 and GRID-007: the lead organization exists and sits in the grid's village or township. */
    private void leadOrganization(int lead, String leadOrgId, long gridDivision, Reporter r) {
        if (lead < 0) {
            danglingReference(RecordType.ORGANIZATION, r, Rule.GRID_002, "leadOrgId", "value", leadOrgId);
            return;
        }
        long leadDivision = orgs.division(lead);
        if (leadDivision != DivisionNumbers.UNKNOWN && gridDivision != DivisionNumbers.UNKNOWN
                && leadDivision != gridDivision && leadDivision != DivisionNumbers.township(gridDivision)) {
            r.report(Rule.GRID_007, "leadOrgId", "value", leadOrgId, "divisionCode", twelveDigits(leadDivision));
        }
    }

    void serviceRecordArrived(ServiceRecord r, RecordScope s) {
        if (s.isIdUsable() && !serviceRecordIds.add(Hashing.hash64(r.id()))) {
            s.report(Rule.DOC_016, "id", "value", r.id());
        }
        if (r.gridId() != null && !gridIds.contains(Hashing.hash64(r.gridId()))) {
            pendingServiceGrids.add(new GridRef(s.located(), r.gridId()));
        }
        String worker = r.worker() == null ? null : r.worker().memberId();
        if (worker != null && !memberFacts.containsKey(Hashing.hash64(worker))) {
            pendingServiceWorkers.add(new MemberIdRef(s.located(), worker));
        }
    }

    // ---------------------------------------------------------------- postings

    void postingArrived(Posting p, RecordScope s) {
        postingRules.arrived(p, s, asOf);
    }

    // ---------------------------------------------------------------- the end of the input

    /** Decides everything that waited for the whole input. */
    void finish() {
        activity.finish();
        for (ParentRef ref : pendingParents) {
            int parent = definedOrg(ref.parentId);
            if (parent < 0) {
                danglingReference(RecordType.ORGANIZATION, ref.at, Rule.ORG_001, "parentId", "value", ref.parentId);
            } else {
                if (ref.slot >= 0) {
                    orgs.setParent(ref.slot, parent);
                }
                parentType(ref.type, parent, ref.at);
            }
        }
        new TreeRules(orgs, membersMayBeUncounted, subtreesMayBeUncounted, this::orgReporter).judge();
        for (PendingMember m : pendingMembers) {
            memberOrganization(m.orgId, m.slot, m.partyGroupId, m.at);
        }
        for (int i = 0; i < pendingOfficers.size(); i++) {
            int slot = pendingOfficers.slot(i);
            officerEligible(memberFacts.get(pendingOfficers.memberKey(i)), pendingOfficers.officer(i), orgReporter(slot));
        }
        for (MemberRef ref : pendingOfficersOfDuplicates) {
            int j = Integer.parseInt(ref.field.substring(ref.field.lastIndexOf('/') + 1));
            officerEligible(memberFacts.get(ref.memberKey), j, ref.at);
        }
        for (LeadOrgRef ref : pendingLeadOrgs) {
            leadOrganization(definedOrg(ref.leadOrgId), ref.leadOrgId, ref.gridDivision, ref.at);
        }
        for (MemberRef ref : pendingGridMembers) {
            if (!memberFacts.containsKey(ref.memberKey)) {
                danglingReference(RecordType.MEMBER, ref.at, Rule.GRID_006, ref.field + "/memberId");
            }
        }
        for (MemberIdRef ref : pendingServiceWorkers) {
            if (!memberFacts.containsKey(Hashing.hash64(ref.memberId))) {
                danglingReference(RecordType.MEMBER, ref.at, Rule.SVC_005, "worker/memberId", "value", Checks.shorten(ref.memberId));
            }
        }
        for (GridRef ref : pendingServiceGrids) {
            if (!gridIds.contains(Hashing.hash64(ref.gridId))) {
                danglingReference(RecordType.GRID, ref.at, Rule.SVC_001, "gridId", "value", ref.gridId);
            }
        }
        postingRules.finish();
    }

    // ---------------------------------------------------------------- helpers

    private int newOrgSlot(long key) {
        int slot = orgs.newSlot();
        orgSlots.put(key, slot);
        return slot;
    }

    /** The organization's slot, made (undefined) when the id is first seen. */
    private int orgSlotFor(String id) {
        // members of one branch usually come together: skip hashing the same orgId again
        if (id.equals(lastOrgId)) {
            return lastOrgSlot;
        }
        long key = Hashing.hash64(id);
        int slot = orgSlots.get(key);
        slot = slot != LongIntMap.MISSING ? slot : newOrgSlot(key);
        lastOrgId = id;
        lastOrgSlot = slot;
        return slot;
    }

    private String lastOrgId;
    private int lastOrgSlot;

    /** @return the slot of the organization with this id if its record arrived, else -1 */
    int definedOrg(String id) {
        int slot = orgSlots.get(Hashing.hash64(id));
        return slot != LongIntMap.MISSING && orgs.isDefined(slot) ? slot : -1;
    }

    /** @return the type (an {@link OrgType} ordinal) of the organization in a slot, -1 when unknown */
    int orgType(int slot) {
        return orgs.type(slot);
    }

    /** @return the division of the organization in a slot, {@link DivisionNumbers#UNKNOWN} when unknown */
    long orgDivision(int slot) {
        return orgs.division(slot);
    }

    /** @return the packed facts of the member with this id, {@link LongIntMap#MISSING} when none arrived */
    int memberFacts(String memberId) {
        return memberFacts.get(Hashing.hash64(memberId));
    }

    private Reporter orgReporter(int slot) {
        long position = layout == PathLayout.STREAM ? orgs.seq(slot) : orgs.position(slot);
        return new Located(out, layout, RecordType.ORGANIZATION, orgs.seq(slot), position, orgs.id(slot));
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? -1 : e.ordinal();
    }

    /**
     * @param id a valid ID number
     * @return its first 17 digits as a number: exact, and the check character follows from them
     */
    static long idNumberKey(ResidentIdNumber id) {
        String text = id.text();
        long key = 0;
        for (int i = 0; i < 17; i++) {
            key = key * 10 + (text.charAt(i) - '0');
        }
        return key + 1; // 0 marks an empty slot
    }

    static String twelveDigits(long division) {
        String s = Long.toString(division);
        return "0".repeat(Math.max(0, 12 - s.length())) + s;
    }

    private record ParentRef(Located at, int slot, int type, String parentId) {
    }

    private record PendingMember(Located at, String orgId, int slot, String partyGroupId) {
    }

    private record MemberRef(Located at, String field, long memberKey) {
    }

    private record MemberIdRef(Located at, String memberId) {
    }

    private record LeadOrgRef(Located at, String leadOrgId, long gridDivision) {
    }

    private record GridRef(Located at, String gridId) {
    }

    /** Officers whose member had not arrived, as parallel arrays: 16 bytes each, there may be millions. */
    private static final class PendingOfficers {
        private int size;
        private int[] slot = new int[64];
        private int[] officer = new int[64];
        private long[] memberKey = new long[64];

        void add(int orgSlot, int j, long key) {
            if (size == slot.length) {
                int n = size + (size >> 1);
                slot = Arrays.copyOf(slot, n);
                officer = Arrays.copyOf(officer, n);
                memberKey = Arrays.copyOf(memberKey, n);
            }
            slot[size] = orgSlot;
            officer[size] = j;
            memberKey[size] = key;
            size++;
        }

        int size() {
            return size;
        }

        void move(int from, int to) {
            slot[to] = slot[from];
            officer[to] = officer[from];
            memberKey[to] = memberKey[from];
        }

        void truncate(int newSize) {
            size = newSize;
        }

        int slot(int i) {
            return slot[i];
        }

        int officer(int i) {
            return officer[i];
        }

        long memberKey(int i) {
            return memberKey[i];
        }
    }
}
