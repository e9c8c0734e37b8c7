package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingCadence;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.RecordType;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.internal.index.Hashing;
import org.partyorg.validation.internal.index.LongIntMap;
import org.partyorg.validation.internal.index.LongSet;

/**
 * The cross-record rules of a branch's working life (format 1.1): applications (DEV), meetings and
 * their cadence (MTG), dues (DUE), transfers (TRF) and elections (ELC), and DOC-020.
 * {@link CrossRecordRules} hands it every organization and member as they arrive, every 1.1 record,
 * what is unknown, and calls {@link #finish()} once the input has ended.
 *
 * <p>What it keeps: a few facts per organization and per member (type, dates, status, where the
 * record was), per organization a bit per month of coverage and meeting kind, per member a bit per
 * month paid; of the 1.1 records only what a rule still has to decide (an application's or an
 * election's references, a transfer's dates), never the records themselves. Meetings and dues are
 * judged on arrival when their organization or member has arrived already, as an export that lists
 * organizations and members first arranges. A stream that declares {@code schemaVersion} "1.0"
 * should hold no 1.1 records (docs/format.md): of its organizations and members, only the first
 * {@value #FACTS_OF_A_1_0_STREAM} are kept, so that a small stream that holds 1.1 records all the
 * same is judged as its document form is, while a national 1.0 export costs next to nothing here.
 * Past that many, the facts are let go and the organizations and members count as unknown.
 *
 * <p>"One bad value yields one finding" as in {@link CrossRecordRules}: a reference to an
 * organization or member stays quiet while some record of that type is unknown; a meeting or payment
 * whose organization, member, kind or date is unknown may be the one a cadence rule misses, so the
 * cadence rules it could affect stay quiet.
 *
 * <p>Not thread-safe: one instance per validation run.
 */
final class ActivityRules {
    /** The rule that judges each owed kind of meeting; the calendar is {@link MeetingCadence}'s. */
    private static final Map<MeetingKind, Rule> CADENCE_RULES = Map.of(
            MeetingKind.BRANCH_ASSEMBLY, Rule.MTG_020, MeetingKind.BRANCH_COMMITTEE, Rule.MTG_021,
            MeetingKind.PARTY_GROUP_MEETING, Rule.MTG_022, MeetingKind.THEMED_DAY, Rule.MTG_023,
            MeetingKind.PARTY_LECTURE, Rule.MTG_024, MeetingKind.LIFE_MEETING, Rule.MTG_025,
            MeetingKind.DEMOCRATIC_REVIEW, Rule.MTG_026);
    private static final Set<OrgType> ELECTED = EnumSet.of(OrgType.BASIC_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH,
            OrgType.JOINT_BRANCH);
    private static final Set<OrgType> HOLD_NO_MEMBERS = EnumSet.of(OrgType.LOCAL_COMMITTEE, OrgType.WORKING_COMMITTEE,
            OrgType.LEADERSHIP_GROUP, OrgType.PARTY_GROUP, OrgType.TEMPORARY_BRANCH);
    /** Months are numbered year * 12 + month - 1. */
    private static final Comparator<ElectionFacts> BY_DATE = Comparator.comparing((ElectionFacts e) -> e.heldOn)
            .thenComparingLong(e -> e.seq);

    /** Organizations and members whose facts a stream declaring 1.0 keeps: some 1.5 MB, which even a 32 MB heap spares. */
    static final int FACTS_OF_A_1_0_STREAM = 10_000;

    private final FindingSink out;
    private final PathLayout layout;
    private LocalDate asOf;
    private LocalDate coverageFrom;
    /** Whether the facts of organizations and members are still kept. */
    private boolean collect = true;
    /** How many more organizations and members keep their facts before they are let go. */
    private long factsLeft = Long.MAX_VALUE;
    private boolean coverageReported;
    private boolean coverageUnreadable;

    private final EnumSet<RecordType> someUnknown = EnumSet.noneOf(RecordType.class);
    private final EnumSet<RecordType> someUnread = EnumSet.noneOf(RecordType.class);
    private Map<Long, OrgFacts> orgs = new HashMap<>();
    // members: their facts in input order, found by the hash of their id (primitive tables, not boxed
    // maps: a province document's 2.9 M members were a third of its validation time in HashMap nodes)
    private LongIntMap memberIndex = new LongIntMap();
    private List<MemberFacts11> members = new ArrayList<>();
    private LongSet liveIdNumbers = new LongSet();

    // meetings: per organization key, per kind, the months (absolute numbers) with a meeting
    private final Map<Long, EnumMap<MeetingKind, BitSet>> meetingMonths = new HashMap<>();
    private final Set<Long> cadenceUnknownOrgs = new HashSet<>();
    private boolean someMeetingUnplaced;
    private final List<PendingMeeting> pendingMeetings = new ArrayList<>();

    // dues: per member key, the months paid (absolute numbers); members whose months are unknown
    /** Per member, the paid months of the window [firstMonth, firstMonth + 64) as the bits of one long. */
    private final LongIntMap paidIndex = new LongIntMap();
    private long[] paidBits = new long[1024];
    private int paidCount;
    private final Set<Long> duesUnknownMembers = new HashSet<>();
    private boolean somePaymentUnplaced;
    /** DUE-020 for everyone: the latest date of a received transfer that may be anyone's; whether one's date is unknown. */
    private LocalDate anyoneReceivedOn;
    private boolean arrearsUnknown;
    private final List<PendingPayment> pendingPayments = new ArrayList<>();

    // transfers, applications and elections are few: their compact facts wait for the end
    private final List<TransferFacts> transfers = new ArrayList<>();
    private final Map<Long, Integer> inTransit = new HashMap<>();
    private final List<ApplicationFacts> applications = new ArrayList<>();
    private final Set<Long> openApplicants = new HashSet<>();
    private final List<ElectionFacts> elections = new ArrayList<>();

    ActivityRules(FindingSink out, PathLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    void setCoverageFrom(LocalDate coverageFrom) {
        this.coverageFrom = coverageFrom;
        if (coverageFrom != null) {
            firstMonth = month(coverageFrom) - 12;
        }
    }

    /** The input has a coverageFrom that failed its DOC check: unknown, so DOC-020 does not say it is missing. */
    void coverageUnreadable() {
        coverageUnreadable = true;
    }

    /**
     * @param schemaVersion the declared version: a stream that declares 1.0 should hold no 1.1
     *     records, and keeps the facts of its first {@value #FACTS_OF_A_1_0_STREAM} organizations
     *     and members only
     */
    void setSchemaVersion(String schemaVersion) {
        factsLeft = layout == PathLayout.STREAM && "1.0".equals(schemaVersion) ? FACTS_OF_A_1_0_STREAM : Long.MAX_VALUE;
    }

    /**
     * Counts an organization or member whose facts are about to be kept; past the limit of a stream
     * declaring 1.0, lets every fact go, and from then on organizations and members are unknown to
     * these rules, as if some could not be read.
     *
     * @return whether to keep this one's
     */
    private boolean keepFacts() {
        if (!collect) {
            return false;
        }
        if (--factsLeft >= 0) {
            return true;
        }
        collect = false;
        orgs = new HashMap<>();
        memberIndex = new LongIntMap();
        members = new ArrayList<>();
        liveIdNumbers = new LongSet();
        orgIds.clear();
        recordsUnknown(RecordType.ORGANIZATION);
        recordsUnknown(RecordType.MEMBER);
        return false;
    }

    /** @param type records of this type (or of any type, when null) could not be read: see {@link CrossRecordRules} */
    void recordsUnknown(RecordType type) {
        if (type == null) {
            someUnknown.addAll(EnumSet.allOf(RecordType.class));
            someUnread.addAll(EnumSet.allOf(RecordType.class));
        } else {
            someUnknown.add(type);
            someUnread.add(type);
        }
    }

    /**
     * @param type a record of this type was read, but its id is missing or failed DOC-014: a
     *     reference to the type that resolves to nothing may mean it, while its content is known
     */
    void idUnknown(RecordType type) {
        someUnknown.add(type);
    }

    /** @return whether a reference to the type that resolves to nothing may name an unknown record */
    private boolean unknown(RecordType type) {
        return someUnknown.contains(type);
    }

    /** @return whether some record of the type could not be read at all (its content is unknown) */
    private boolean unread(RecordType type) {
        return someUnread.contains(type);
    }

    // ---------------------------------------------------------------- organizations and members

    void organizationArrived(Organization o, RecordScope s) {
        if (!keepFacts() || !s.isIdUsable()) {
            return;
        }
        long key = Hashing.hash64(o.id());
        if (orgs.containsKey(key)) {
            return; // references resolve to the first record with an id
        }
        OrgFacts f = new OrgFacts();
        f.at = s.located();
        f.type = o.orgType();
        f.established = o.establishedOn();
        f.dissolved = o.dissolvedOn();
        f.datesUnknown = s.isFlagged("establishedOn") || s.isFlagged("dissolvedOn");
        if (o.leadership() != null) {
            f.form = o.leadership().form();
            f.electedOn = o.leadership().electedOn();
        }
        orgs.put(key, f);
    }

    void memberArrived(Member m, RecordScope s) {
        if (!keepFacts()) {
            return;
        }
        long idHash = Checks.usable(m.idNumber(), asOf) ? Hashing.hash64(idKey(m.idNumber())) : 0;
        if (idHash != 0 && m.status() != null && m.status().isLive()) {
            liveIdNumbers.add(idHash);
        }
        if (!s.isIdUsable()) {
            return;
        }
        long key = Hashing.hash64(m.id());
        if (memberIndex.putIfAbsent(key, members.size()) != LongIntMap.MISSING) {
            return; // references resolve to the first record with an id
        }
        MemberFacts11 f = new MemberFacts11();
        f.key = key;
        f.at = s.located();
        f.stage = m.stage();
        f.status = m.status();
        f.admittedOn = m.admittedOn();
        f.fullMemberOn = m.fullMemberOn();
        f.statusSince = m.statusSince();
        f.orgId = m.orgId() == null ? null : orgIds.computeIfAbsent(m.orgId(), id -> id); // one instance per organization
        f.idHash = idHash;
        members.add(f);
    }

    /** @return the facts of the first member with the id of this hash, or null */
    private MemberFacts11 member(long key) {
        int i = memberIndex.get(key);
        return i == LongIntMap.MISSING ? null : members.get(i);
    }

    /** One person's number whatever the case of its check character (IDN-007 accepts a lowercase x). */
    private static String idKey(ResidentIdNumber id) {
        return id.text().toUpperCase(Locale.ROOT);
    }

    /**
     * The ids of each 1.1 record type, for DOC-016 at the end: spilled to disk in sorted runs, since the
     * dues payments of a province are tens of millions (see {@link SpilledIds}).
     */
    private final Map<RecordType, SpilledIds> ids = new EnumMap<>(RecordType.class);
    /** One instance of each organization id the members name, so millions of members share a few thousand strings. */
    private final Map<String, String> orgIds = new HashMap<>();

    private void duplicateId(RecordType type, String id, RecordScope s) {
        if (s.isIdUsable()) {
            ids.computeIfAbsent(type, t -> new SpilledIds()).add(s);
        }
    }

    // ---------------------------------------------------------------- meetings (MTG)

    void meetingArrived(Meeting m, RecordScope s) {
        duplicateId(RecordType.MEETING, m.id(), s);
        coverageMissing(s);
        if (!collect) {
            return; // past the facts a stream declaring 1.0 keeps, nothing it holds can be judged
        }
        if (m.orgId() == null) {
            someMeetingUnplaced = true; // it may be any organization's missing meeting
            return;
        }
        long orgKey = Hashing.hash64(m.orgId());
        if (m.kind() == null || m.heldOn() == null) {
            cadenceUnknownOrgs.add(orgKey);
        } else if (!MeetingRules.isAfterAsOf(m, s) && month(m.heldOn()) >= firstMonth) {
            meetingMonths.computeIfAbsent(orgKey, k -> new EnumMap<>(MeetingKind.class))
                    .computeIfAbsent(m.kind(), k -> new BitSet()).set(month(m.heldOn()) - firstMonth);
        }
        PendingMeeting p = new PendingMeeting(s.located(), orgKey, m.orgId(), m.kind(),
                MeetingRules.isAfterAsOf(m, s) ? null : m.heldOn());
        OrgFacts org = orgs.get(orgKey);
        if (org != null) {
            meetingOrganization(p, org);
        } else {
            pendingMeetings.add(p);
        }
    }

    /** MTG-001 to MTG-003: the organization exists, may hold the kind, and was live on the day. */
    private void meetingOrganization(PendingMeeting m, OrgFacts org) {
        if (org == null) {
            if (!unknown(RecordType.ORGANIZATION)) {
                m.at.report(Rule.MTG_001, "orgId", "value", Checks.shorten(m.orgId));
            }
            return;
        }
        if (m.kind != null && org.type != null) {
            boolean partyGroup = org.type == OrgType.PARTY_GROUP;
            boolean fits = m.kind == MeetingKind.PARTY_GROUP_MEETING ? partyGroup : org.type.isBasicLevel();
            if (!fits) {
                m.at.report(Rule.MTG_002, "kind", "kind", m.kind.name(), "type", org.type.name());
            }
        }
        if (m.heldOn != null) { // an unreadable date is null: it skips only its own comparison
            if (org.established != null && m.heldOn.isBefore(org.established)) {
                m.at.report(Rule.MTG_003, "heldOn", "heldOn", m.heldOn, "relation", Messages.BEFORE,
                        "reference", "establishedOn " + org.established);
            } else if (org.dissolved != null && m.heldOn.isAfter(org.dissolved)) {
                m.at.report(Rule.MTG_003, "heldOn", "heldOn", m.heldOn, "relation", Messages.AFTER,
                        "reference", "dissolvedOn " + org.dissolved);
            }
        }
    }

    /** DOC-020, once: meetings or dues payments without coverageFrom. */
    private void coverageMissing(RecordScope s) {
        if (coverageFrom == null && !coverageReported && !coverageUnreadable) {
            coverageReported = true;
            out.add(Rule.DOC_020, Rule.DOC_020.severity(), -1, null, null, layout.topLevelPath("coverageFrom"));
        }
    }

    // ---------------------------------------------------------------- dues (DUE)

    void duesPaymentArrived(DuesPayment d, RecordScope s) {
        duplicateId(RecordType.DUES_PAYMENT, d.id(), s);
        coverageMissing(s);
        if (!collect) {
            return; // past the facts a stream declaring 1.0 keeps, nothing it holds can be judged
        }
        if (d.memberId() == null) {
            somePaymentUnplaced = true;
            return;
        }
        long memberKey = Hashing.hash64(d.memberId());
        if (d.month() == null) {
            duesUnknownMembers.add(memberKey);
        } else {
            if (markPaid(memberKey, month(d.month()))) {
                s.report(Rule.DUE_004, "month", "month", d.month());
            }
        }
        PendingPayment p = new PendingPayment(s.located(), memberKey, d.memberId(), d.month());
        MemberFacts11 member = member(memberKey);
        if (member != null) {
            paymentMember(p, member);
        } else {
            pendingPayments.add(p);
        }
    }

    /**
     * The first month the bitmaps hold: a year before the coverage (January 2000 without one). A
     * member's paid months of [firstMonth, firstMonth + 64) are one long (a coverage of over four
     * years spills its later months); months outside it, rare, go to {@link #paidOutside}; earlier
     * meetings lie outside every coverage. A province's 3 million members thus keep about 24 bytes
     * each for their dues instead of a BitSet in a HashMap (about 120).
     */
    private int firstMonth = 2000 * 12;
    private final Set<Long> paidOutside = new HashSet<>();

    /** Marks a member's month paid; returns whether it already was (DUE-004). */
    private boolean markPaid(long memberKey, int month) {
        int bit = month - firstMonth;
        if (bit < 0 || bit >= 64) {
            return !paidOutside.add(memberKey * 1_000_003L + month);
        }
        int i = paidIndex.get(memberKey);
        if (i == LongIntMap.MISSING) {
            if (paidCount == paidBits.length) {
                paidBits = Arrays.copyOf(paidBits, paidCount * 2);
            }
            i = paidCount++;
            paidIndex.put(memberKey, i);
        }
        long mask = 1L << bit;
        boolean had = (paidBits[i] & mask) != 0;
        paidBits[i] |= mask;
        return had;
    }

    private boolean isPaid(long memberKey, int month) {
        int bit = month - firstMonth;
        if (bit < 0 || bit >= 64) {
            return paidOutside.contains(memberKey * 1_000_003L + month);
        }
        int i = paidIndex.get(memberKey);
        return i != LongIntMap.MISSING && (paidBits[i] & 1L << bit) != 0;
    }

    /** DUE-001 and DUE-005. */
    private void paymentMember(PendingPayment p, MemberFacts11 member) {
        if (member == null) {
            if (!unknown(RecordType.MEMBER)) {
                p.at.report(Rule.DUE_001, "memberId", "value", Checks.shorten(p.memberId));
            }
            return;
        }
        if (p.month == null) {
            return;
        }
        if (member.admittedOn != null && p.month.isBefore(YearMonth.from(member.admittedOn))) {
            p.at.report(Rule.DUE_005, "month", "month", p.month, "reference", "before admittedOn " + member.admittedOn);
        } else if ((member.status == MemberStatus.LEFT || member.status == MemberStatus.DECEASED) && member.statusSince != null
                && p.month.isAfter(YearMonth.from(member.statusSince))) {
            p.at.report(Rule.DUE_005, "month", "month", p.month, "reference", "after " + member.status.name() + " " + member.statusSince);
        }
    }

    // ---------------------------------------------------------------- transfers (TRF)

    void transferArrived(Transfer t, RecordScope s) {
        duplicateId(RecordType.TRANSFER, t.id(), s);
        if (!collect) {
            return; // past the facts a stream declaring 1.0 keeps, nothing it holds can be judged
        }
        TransferFacts f = new TransferFacts();
        f.at = s.located();
        f.seq = s.seq();
        f.memberId = t.memberId();
        f.fromOrgId = t.fromOrgId();
        f.toOrgId = t.toOrgId();
        f.toOrgUnknown = t.toOrgId() == null && s.isFlagged("toOrgId");
        f.status = t.status();
        f.receivedOn = t.receivedOn();
        f.receivedUnknown = t.receivedOn() == null && s.isFlagged("receivedOn");
        if (t.status() == TransferStatus.IN_TRANSIT && f.memberId != null
                && inTransit.merge(Hashing.hash64(f.memberId), 1, Integer::sum) > 1) {
            s.report(Rule.TRF_009, "status", "memberId", Checks.shorten(f.memberId));
        }
        transfers.add(f);
    }

    // ---------------------------------------------------------------- applications (DEV)

    void applicationArrived(Application a, RecordScope s) {
        duplicateId(RecordType.APPLICATION, a.id(), s);
        if (!collect) {
            return; // past the facts a stream declaring 1.0 keeps, nothing it holds can be judged
        }
        ApplicationFacts f = new ApplicationFacts();
        f.at = s.located();
        f.orgId = a.orgId();
        f.stage = a.stage();
        f.contacts = a.contacts();
        f.introducers = a.introducers();
        f.contactsAt = inputIndexes(s, "contacts", f.contacts.size());
        f.introducersAt = inputIndexes(s, "introducers", f.introducers.size());
        f.memberId = a.memberId();
        ResidentIdNumber id = a.person() == null ? null : a.person().idNumber();
        f.idNumber = Checks.usable(id, asOf) ? idKey(id) : null;
        if (a.admissionMeeting() != null) {
            f.meetingHeldOn = a.admissionMeeting().heldOn();
            f.referenceUnknown = f.meetingHeldOn == null;
        } else {
            f.referenceUnknown = s.isFlagged("admissionMeeting");
        }
        if (f.stage != null && f.stage.isOpen() && f.idNumber != null && !openApplicants.add(Hashing.hash64(f.idNumber))) {
            s.report(Rule.DEV_019, "person/idNumber", "value", id.masked());
        }
        applications.add(f);
    }

    // ---------------------------------------------------------------- elections (ELC)

    void electionArrived(Election e, RecordScope s) {
        duplicateId(RecordType.ELECTION, e.id(), s);
        if (!collect) {
            return; // past the facts a stream declaring 1.0 keeps, nothing it holds can be judged
        }
        ElectionFacts f = new ElectionFacts();
        f.at = s.located();
        f.seq = s.seq();
        f.orgId = e.orgId();
        f.heldOn = e.heldOn();
        f.termYears = e.termYears();
        f.approved = !Checks.noApproval(e.approvalRef());
        f.elected = e.elected().stream().map(ElectedMember::memberId).toList();
        f.electedAt = inputIndexes(s, "elected", f.elected.size());
        elections.add(f);
    }

    /**
     * The input's index of each element of a bound list, kept for the rules judged at the end, when
     * the record's scope is gone: null when no element was left out (then the indexes are the same).
     */
    private static int[] inputIndexes(RecordScope s, String list, int size) {
        if (s.unreadableElements(list) == 0) {
            return null;
        }
        int[] at = new int[size];
        for (int i = 0; i < size; i++) {
            at[i] = s.elementIndex(list, i);
        }
        return at;
    }

    private static int at(int[] inputIndexes, int i) {
        return inputIndexes == null ? i : inputIndexes[i];
    }

    // ---------------------------------------------------------------- the end

    void finish() {
        ids.values().forEach(SpilledIds::report);
        for (PendingMeeting m : pendingMeetings) {
            meetingOrganization(m, orgs.get(m.orgKey));
        }
        for (PendingPayment p : pendingPayments) {
            paymentMember(p, member(p.memberKey));
        }
        transfers();
        applications();
        elections();
        if (coverageFrom != null && asOf != null) {
            cadence();
            arrears();
        }
    }

    private void transfers() {
        Map<Long, TransferFacts> latestReceived = new HashMap<>();
        boolean latestOfAnyoneUnknown = false;
        Set<Long> latestUnknown = new HashSet<>();
        for (TransferFacts t : transfers) {
            MemberFacts11 member = t.memberId == null ? null : member(Hashing.hash64(t.memberId));
            if (t.memberId != null && member == null && !unknown(RecordType.MEMBER)) {
                t.at.report(Rule.TRF_001, "memberId", "value", Checks.shorten(t.memberId));
            }
            organizationOfTransfer(t, t.fromOrgId, "fromOrgId");
            OrgFacts to = organizationOfTransfer(t, t.toOrgId, "toOrgId");
            if (to != null && to.type != null && HOLD_NO_MEMBERS.contains(to.type)) {
                t.at.report(Rule.TRF_004, "toOrgId", "value", Checks.shorten(t.toOrgId), "type", to.type.name());
            }
            // DUE-020 counts after the latest received transfer, and fires only if it fires whichever
            // transfer that is: one that may be received counts with its date (the latest start, the
            // fewest months); one whose date is unknown leaves the start unknown
            boolean mayBeReceived = t.status == null || t.status == TransferStatus.RECEIVED;
            if (t.memberId == null) { // it may be anyone's
                latestOfAnyoneUnknown |= mayBeReceived && (t.receivedOn != null || t.receivedUnknown)
                        && (t.toOrgId != null || t.toOrgUnknown);
                if (mayBeReceived && t.receivedUnknown) {
                    arrearsUnknown = true;
                } else if (mayBeReceived && t.receivedOn != null && (anyoneReceivedOn == null || t.receivedOn.isAfter(anyoneReceivedOn))) {
                    anyoneReceivedOn = t.receivedOn;
                }
                continue;
            }
            long memberKey = Hashing.hash64(t.memberId);
            if (t.status == null || (t.status == TransferStatus.RECEIVED && (t.receivedUnknown || t.toOrgUnknown))) {
                latestUnknown.add(memberKey); // it may be the latest received one
            } else if (t.status == TransferStatus.RECEIVED && t.receivedOn != null && t.toOrgId != null) {
                latestReceived.merge(memberKey, t, (a, b) -> b.receivedOn.isBefore(a.receivedOn) ? a : b);
            }
            MemberFacts11 m = mayBeReceived ? member(memberKey) : null;
            if (m != null && t.receivedUnknown) {
                m.arrearsUnknown = true;
            } else if (m != null && t.receivedOn != null && (m.lastReceivedOn == null || t.receivedOn.isAfter(m.lastReceivedOn))) {
                m.lastReceivedOn = t.receivedOn;
            }
        }
        // TRF-008: the member's latest received transfer names its organization (unless an unknown
        // transfer may be anyone's latest)
        if (latestOfAnyoneUnknown || unread(RecordType.TRANSFER)) {
            return;
        }
        for (Map.Entry<Long, TransferFacts> e : latestReceived.entrySet()) {
            MemberFacts11 m = member(e.getKey());
            TransferFacts t = e.getValue();
            if (m != null && m.orgId != null && !latestUnknown.contains(e.getKey()) && !t.toOrgId.equals(m.orgId)) {
                t.at.report(Rule.TRF_008, "toOrgId", "value", Checks.shorten(t.toOrgId), "orgId", Checks.shorten(m.orgId));
            }
        }
    }

    /** TRF-002: a named organization exists. */
    private OrgFacts organizationOfTransfer(TransferFacts t, String orgId, String field) {
        if (orgId == null) {
            return null;
        }
        OrgFacts org = orgs.get(Hashing.hash64(orgId));
        if (org == null && !unknown(RecordType.ORGANIZATION)) {
            t.at.report(Rule.TRF_002, field, "field", field, "value", Checks.shorten(orgId));
        }
        return org;
    }

    private void applications() {
        for (ApplicationFacts a : applications) {
            OrgFacts org = a.orgId == null ? null : orgs.get(Hashing.hash64(a.orgId));
            if (a.orgId != null) {
                if (org == null && !unknown(RecordType.ORGANIZATION)) {
                    a.at.report(Rule.DEV_001, "orgId", "value", Checks.shorten(a.orgId));
                } else if (org != null && org.type != null && !org.type.isBranch()) {
                    a.at.report(Rule.DEV_002, "orgId", "value", Checks.shorten(a.orgId), "type", org.type.name());
                }
            }
            for (int i = 0; i < a.contacts.size(); i++) {
                memberNamed(a, "contacts/" + at(a.contactsAt, i), a.contacts.get(i));
            }
            LocalDate reference = a.meetingHeldOn != null ? a.meetingHeldOn : asOf;
            for (int i = 0; i < a.introducers.size(); i++) {
                String field = "introducers/" + at(a.introducersAt, i);
                MemberFacts11 m = memberNamed(a, field, a.introducers.get(i));
                if (m != null && !a.referenceUnknown && reference != null) {
                    String problem = notFullOn(m, reference);
                    if (problem != null) {
                        a.at.report(Rule.DEV_012, field, "value", Checks.shorten(a.introducers.get(i)), "date", reference,
                                "problem", problem);
                    }
                }
            }
            if (a.stage == ApplicationStage.ADMITTED && a.memberId != null) {
                admittedMember(a);
            }
            if (a.stage != null && a.stage.isOpen() && a.idNumber != null && liveIdNumbers.contains(Hashing.hash64(a.idNumber))) {
                a.at.report(Rule.DEV_020, "person/idNumber", "value", ResidentIdNumber.lenient(a.idNumber).masked());
            }
        }
    }

    /** DEV-011: a contact or introducer names a member; returns it, or null. */
    private MemberFacts11 memberNamed(ApplicationFacts a, String field, String memberId) {
        if (memberId == null) {
            return null;
        }
        MemberFacts11 m = member(Hashing.hash64(memberId));
        if (m == null && !unknown(RecordType.MEMBER)) {
            a.at.report(Rule.DEV_011, field, "field", field, "value", Checks.shorten(memberId));
        }
        return m;
    }

    /** DEV-017: the admitted application's member record agrees with it. */
    private void admittedMember(ApplicationFacts a) {
        MemberFacts11 m = member(Hashing.hash64(a.memberId));
        String problem = null;
        if (m == null) {
            if (!unknown(RecordType.MEMBER)) {
                problem = "names no member";
            }
        } else if (a.meetingHeldOn != null && m.admittedOn != null && !a.meetingHeldOn.equals(m.admittedOn)) {
            problem = "admittedOn " + m.admittedOn + " is not the admission meeting's " + a.meetingHeldOn;
        } else if (a.idNumber != null && m.idHash != 0 && Hashing.hash64(a.idNumber) != m.idHash) {
            problem = "the member's ID number differs from the applicant's";
        }
        if (problem != null) {
            a.at.report(Rule.DEV_017, "memberId", "value", Checks.shorten(a.memberId), "problem", problem);
        }
    }

    /**
     * @return why the member was not a full member on the day (stage FULL with fullMemberOn on or
     *     before it, status NORMAL, MOBILE or LOST_CONTACT), or null when it was or that is unknown
     */
    private static String notFullOn(MemberFacts11 m, LocalDate day) {
        // each condition alone decides: an unknown stage or status skips only its own comparison
        if (m.stage != null && m.stage != MemberStage.FULL) {
            return m.stage.name();
        }
        if (m.status != null && !m.status.countsInSize()) {
            return m.status.name();
        }
        if (m.fullMemberOn != null && m.fullMemberOn.isAfter(day)) {
            return "fullMemberOn " + m.fullMemberOn;
        }
        return null;
    }

    private void elections() {
        Map<Long, List<ElectionFacts>> byOrg = new HashMap<>();
        Set<Long> datesUnknown = new HashSet<>();
        for (ElectionFacts e : elections) {
            boolean orgGiven = e.orgId != null;
            OrgFacts org = orgGiven ? orgs.get(Hashing.hash64(e.orgId)) : null;
            if (orgGiven && org == null && !unknown(RecordType.ORGANIZATION)) {
                e.at.report(Rule.ELC_001, "orgId", "value", Checks.shorten(e.orgId));
            } else if (org != null && org.type != null && !ELECTED.contains(org.type)) {
                e.at.report(Rule.ELC_002, "orgId", "value", Checks.shorten(e.orgId), "type", org.type.name());
            }
            for (int j = 0; j < e.elected.size(); j++) {
                String memberId = e.elected.get(j);
                if (memberId == null) {
                    continue;
                }
                MemberFacts11 m = member(Hashing.hash64(memberId));
                String field = "elected/" + at(e.electedAt, j) + "/memberId";
                if (m == null) {
                    if (!unknown(RecordType.MEMBER)) {
                        e.at.report(Rule.ELC_008, field, "value", Checks.shorten(memberId), "problem", "names no member");
                    }
                } else if (e.heldOn != null) {
                    String problem = notFullOn(m, e.heldOn);
                    if (problem != null) {
                        e.at.report(Rule.ELC_008, field, "value", Checks.shorten(memberId), "problem", problem);
                    }
                }
            }
            if (orgGiven) {
                long key = Hashing.hash64(e.orgId);
                if (e.heldOn == null) {
                    datesUnknown.add(key);
                } else {
                    byOrg.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
        }
        for (Map.Entry<Long, List<ElectionFacts>> entry : byOrg.entrySet()) {
            if (datesUnknown.contains(entry.getKey())) {
                continue; // the order of the organization's elections is not known
            }
            List<ElectionFacts> list = entry.getValue();
            list.sort(BY_DATE);
            for (int i = 1; i < list.size(); i++) {
                onTime(list.get(i - 1), list.get(i));
            }
            latestElection(orgs.get(entry.getKey()), list);
        }
    }

    /** ELC-009: held when the previous election's term ends, at most a year late (with approval) and not a year early. */
    private void onTime(ElectionFacts previous, ElectionFacts e) {
        if (previous.termYears == null || previous.termYears < 0) {
            return;
        }
        LocalDate due = Checks.plusYears(previous.heldOn, previous.termYears);
        if (e.heldOn.isAfter(due)) {
            if (e.heldOn.isAfter(Checks.plusYears(due, Thresholds.POSTPONEMENT_YEARS))) {
                e.at.report(Rule.ELC_009, Severity.ERROR, "heldOn", "heldOn", e.heldOn, "due", due);
            } else if (!e.approved) {
                e.at.report(Rule.ELC_009, Severity.WARNING, "heldOn", "heldOn", e.heldOn, "due", due);
            }
        } else if (e.heldOn.isBefore(due.minusYears(Thresholds.POSTPONEMENT_YEARS))) {
            e.at.report(Rule.ELC_009, Severity.ERROR, "heldOn", "heldOn", e.heldOn, "due", due);
        }
    }

    /** ELC-010: the elected leadership on record is not older than the latest election held by asOf. */
    private void latestElection(OrgFacts org, List<ElectionFacts> byDate) {
        if (org == null || org.electedOn == null || org.form == null || !org.form.isElected() || asOf == null) {
            return;
        }
        ElectionFacts latest = null;
        for (ElectionFacts e : byDate) {
            if (!e.heldOn.isAfter(asOf)) {
                latest = e;
            }
        }
        if (latest != null && org.electedOn.isBefore(latest.heldOn)) {
            org.at.report(Rule.ELC_010, "leadership/electedOn", "electedOn", org.electedOn, "heldOn", latest.heldOn);
        }
    }

    // ---------------------------------------------------------------- cadence (MTG-020 to MTG-026, DUE-020)

    private static int month(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }

    private static int month(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    /** The whole months of the coverage: [first, last], absolute numbers; empty when first > last. */
    private int firstWholeMonth() {
        int first = coverageFrom.getDayOfMonth() == 1 ? month(coverageFrom) : month(coverageFrom) + 1;
        return Math.max(first, firstMonth);
    }

    private int lastWholeMonth() {
        return asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth())) ? month(asOf) : month(asOf) - 1;
    }

    private void cadence() {
        if (someMeetingUnplaced || unread(RecordType.MEETING)) {
            return; // a meeting of unknown organization may be any organization's missing one
        }
        for (Map.Entry<Long, OrgFacts> e : orgs.entrySet()) {
            OrgFacts org = e.getValue();
            if (org.type == null || org.datesUnknown || cadenceUnknownOrgs.contains(e.getKey())) {
                continue;
            }
            EnumMap<MeetingKind, BitSet> held = meetingMonths.getOrDefault(e.getKey(), new EnumMap<>(MeetingKind.class));
            for (MeetingCadence.Obligation owed : MeetingCadence.obligations(org.type, org.form)) {
                missed(org, held.getOrDefault(owed.kind(), new BitSet()), owed.period(), CADENCE_RULES.get(owed.kind()));
            }
        }
    }

    /**
     * One cadence rule for one organization: the whole calendar periods of the coverage in which the
     * organization is live (the calendar of {@link MeetingCadence}), and those without a meeting.
     */
    private void missed(OrgFacts org, BitSet months, MeetingCadence.Period period, Rule rule) {
        int missed = 0;
        YearMonth firstMissed = null;
        for (YearMonth start : MeetingCadence.wholePeriods(period, coverageFrom, asOf, org.established, org.dissolved)) {
            int p = month(start);
            if (p < firstMonth) {
                continue; // before the bitmaps begin: not judged
            }
            int next = months.nextSetBit(p - firstMonth);
            if (next < 0 || next > p + period.months() - 1 - firstMonth) {
                missed++;
                if (firstMissed == null) {
                    firstMissed = start;
                }
            }
        }
        if (missed > 0) {
            org.at.report(rule, "", "missed", missed, "first", period.name(firstMissed));
        }
    }

    /** DUE-020: six or more consecutive unpaid whole months of the coverage, after admission and the latest transfer in. */
    private void arrears() {
        if (somePaymentUnplaced || unread(RecordType.DUES_PAYMENT) || arrearsUnknown || unread(RecordType.TRANSFER)) {
            return; // an unknown payment may fill any member's gap, an unknown transfer move its start anywhere
        }
        int first = firstWholeMonth();
        int last = lastWholeMonth();
        for (MemberFacts11 m : members) {
            if (m.status == null || !m.status.countsInSize() || m.admittedOn == null || duesUnknownMembers.contains(m.key)
                    || m.arrearsUnknown) {
                continue;
            }
            int from = Math.max(first, month(m.admittedOn) + 1);
            if (m.lastReceivedOn != null) {
                from = Math.max(from, month(m.lastReceivedOn) + 1);
            }
            if (anyoneReceivedOn != null) {
                from = Math.max(from, month(anyoneReceivedOn) + 1);
            }
            long key = m.key;
            int run = 0;
            for (int mo = from; mo <= last; mo++) {
                if (isPaid(key, mo)) {
                    run = 0;
                    continue;
                }
                run++;
                if (run == Thresholds.UNPAID_MONTHS) {
                    int start = mo - run + 1;
                    int length = run;
                    while (start + length <= last && !isPaid(key, start + length)) {
                        length++;
                    }
                    m.at.report(Rule.DUE_020, "", "months", length, "first", YearMonth.of(start / 12, start % 12 + 1));
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- what is kept

    /** An organization, as far as the 1.1 rules need it. */
    private static final class OrgFacts {
        Located at;
        OrgType type;
        LeadershipForm form;
        LocalDate established;
        LocalDate dissolved;
        boolean datesUnknown;
        LocalDate electedOn;
    }

    /** A member, as far as the 1.1 rules need it. */
    private static final class MemberFacts11 {
        /** The hash of its id, its key in {@code memberIndex}. */
        long key;
        Located at;
        MemberStage stage;
        MemberStatus status;
        LocalDate admittedOn;
        LocalDate fullMemberOn;
        LocalDate statusSince;
        /** Shared with every member of the organization (see {@code orgIds}). */
        String orgId;
        /** The 64-bit hash of the 身份证号, 0 when unusable: a long, not an 18-character string, per member. */
        long idHash;
        /** The latest {@code receivedOn} of a transfer that is, or may be, received (DUE-020 counts after it). */
        LocalDate lastReceivedOn;
        /** Whether a transfer that may be received has an unknown {@code receivedOn}, so DUE-020's start is unknown. */
        boolean arrearsUnknown;
    }

    private record PendingMeeting(Located at, long orgKey, String orgId, MeetingKind kind, LocalDate heldOn) {
    }

    private record PendingPayment(Located at, long memberKey, String memberId, YearMonth month) {
    }

    private static final class TransferFacts {
        Located at;
        long seq;
        String memberId;
        String fromOrgId;
        String toOrgId;
        boolean toOrgUnknown;
        TransferStatus status;
        LocalDate receivedOn;
        boolean receivedUnknown;
    }

    private static final class ApplicationFacts {
        Located at;
        String orgId;
        ApplicationStage stage;
        List<String> contacts;
        List<String> introducers;
        /** Each contact's and introducer's index in the input ({@link #inputIndexes}), null when the same. */
        int[] contactsAt;
        int[] introducersAt;
        String memberId;
        String idNumber;
        LocalDate meetingHeldOn;
        boolean referenceUnknown;
    }

    private static final class ElectionFacts {
        Located at;
        long seq;
        String orgId;
        LocalDate heldOn;
        Integer termYears;
        boolean approved;
        List<String> elected;
        /** Each elected entry's index in the input ({@link #inputIndexes}), null when the same. */
        int[] electedAt;
    }
}
