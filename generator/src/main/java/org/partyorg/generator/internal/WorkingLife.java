package org.partyorg.generator.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ElectionForm;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.Occupation;
import org.partyorg.core.Officer;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PoliticalReview;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferReason;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.Vote;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.core.code.ResidentIdNumber;

/**
 * The working life of a branch (format 1.1) added to a valid 1.0 dataset, valid by design: each
 * elected leadership's election, the meetings every live branch and party group must hold over the
 * coverage, every live member's monthly dues, applications at every stage (the admitted ones
 * matching the dataset's probationary members admitted within the coverage), and a transfer
 * received and one in transit. Deterministic for the random source it is given.
 *
 * <p>Not thread-safe; used once per dataset.
 */
public final class WorkingLife {
    private static final Set<OrgType> ELECTED = EnumSet.of(OrgType.BASIC_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH,
            OrgType.JOINT_BRANCH);

    private final Dataset base;
    private final LocalDate coverageFrom;
    private final LocalDate asOf;
    private final Rng rng;
    private final MemberFactory people;
    private final Map<String, List<Member>> membersByOrg = new HashMap<>();
    private final List<Application> applications = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<DuesPayment> dues = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Election> elections = new ArrayList<>();

    /**
     * @param base a dataset that validates with no finding
     * @param coverageFrom the first day of the coverage, the first of a month
     * @param rng the random source
     * @param people makes the applicants' ID numbers (not members')
     */
    public WorkingLife(Dataset base, LocalDate coverageFrom, Rng rng, MemberFactory people) {
        this.base = base;
        this.coverageFrom = coverageFrom;
        this.asOf = base.asOf();
        this.rng = rng;
        this.people = people;
        for (Member m : base.members()) {
            membersByOrg.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
        }
    }

    /**
     * @param applicantsPerBranch open and closed applications to add to each village-level branch
     * @return the dataset with its 1.1 records, declaring format 1.1
     */
    public Dataset dataset(int applicantsPerBranch) {
        for (Organization o : base.organizations()) {
            election(o);
            if (o.orgType() == OrgType.BRANCH || o.orgType() == OrgType.JOINT_BRANCH || o.orgType() == OrgType.PARTY_GROUP) {
                meetings(o);
            }
            if (o.orgType() == OrgType.BRANCH && o.divisionCode().isVillageLevel()) {
                for (int i = 0; i < applicantsPerBranch; i++) {
                    openApplication(o, i);
                }
            }
        }
        for (Member m : base.members()) {
            dues(m);
            if (m.stage() == MemberStage.PROBATIONARY && !m.admittedOn().isBefore(coverageFrom)) {
                admitted(m);
            }
        }
        transfers();
        return base.withCoverageFrom(coverageFrom).withSchemaVersion(Dataset.SCHEMA_VERSION_1_1).withApplications(applications)
                .withMeetings(meetings).withDuesPayments(dues).withTransfers(transfers).withElections(elections);
    }

    /** The election that produced an elected leadership: its date, its officers who were full members then. */
    private void election(Organization o) {
        Leadership l = o.leadership();
        if (l == null || l.form() == null || !l.form().isElected() || l.electedOn() == null || !ELECTED.contains(o.orgType())) {
            return;
        }
        Map<String, Member> byId = new HashMap<>();
        base.members().forEach(m -> byId.put(m.id(), m));
        List<ElectedMember> elected = new ArrayList<>();
        for (Officer officer : l.officers()) {
            Member m = byId.get(officer.memberId());
            if (m != null && m.fullMemberOn() != null && !m.fullMemberOn().isAfter(l.electedOn())) {
                elected.add(new ElectedMember(m.id(), 0));
            }
        }
        int seats = Math.max(1, l.officers().size());
        boolean committee = l.form() == LeadershipForm.COMMITTEE;
        int candidates = committee ? (seats * 6 + 4) / 5 : seats;
        int eligible = Math.max(seats * 2, fullOn(o.id(), l.electedOn()));
        int present = eligible - eligible / 10;
        List<ElectedMember> votes = new ArrayList<>();
        for (ElectedMember e : elected) {
            votes.add(new ElectedMember(e.memberId(), present - rng.nextInt(1 + present / 10)));
        }
        elections.add(new Election(o.id() + "-elc-" + l.electedOn().getYear(), o.id(), l.electedOn(),
                committee ? ElectionForm.COMMITTEE : ElectionForm.SECRETARY_ONLY, seats, candidates, eligible, present, votes,
                l.termYears(), null));
    }

    private int fullOn(String orgId, LocalDate day) {
        int n = 0;
        for (Member m : membersByOrg.getOrDefault(orgId, List.of())) {
            if (m.fullMemberOn() != null && !m.fullMemberOn().isAfter(day) && m.status().countsInSize()) {
                n++;
            }
        }
        return n;
    }

    /** What a branch (or party group) must hold: an assembly each quarter, a themed day and a committee meeting each month, the yearly ones. */
    private void meetings(Organization o) {
        if (o.dissolvedOn() != null) {
            return;
        }
        int expected = Math.max(3, (int) membersByOrg.getOrDefault(o.id(), List.of()).stream()
                .filter(m -> m.status().countsInSize()).count());
        int present = expected - expected / 6;
        boolean committee = o.leadership() != null && o.leadership().form() == LeadershipForm.COMMITTEE;
        for (YearMonth m = YearMonth.from(coverageFrom); !m.atDay(1).isAfter(asOf); m = m.plusMonths(1)) {
            LocalDate fifth = weekday(m.atDay(5));
            if (fifth.isAfter(asOf)) {
                break;
            }
            if (o.orgType() == OrgType.PARTY_GROUP) {
                meeting(o, MeetingKind.PARTY_GROUP_MEETING, fifth, expected, present, null);
                continue;
            }
            meeting(o, MeetingKind.THEMED_DAY, fifth, expected, present, "主题党日：学习贯彻党的二十大精神");
            if (committee) {
                meeting(o, MeetingKind.BRANCH_COMMITTEE, weekday(m.atDay(3)), null, null, null);
            }
            if (m.getMonthValue() % 3 == 2) {
                meeting(o, MeetingKind.BRANCH_ASSEMBLY, weekday(m.atDay(12)), expected, present, "党员大会");
            }
            if (m.getMonthValue() == 1) {
                meeting(o, MeetingKind.LIFE_MEETING, weekday(m.atDay(16)), expected, present, "年度组织生活会");
                meeting(o, MeetingKind.DEMOCRATIC_REVIEW, weekday(m.atDay(17)), expected, present, "民主评议党员");
            }
            if (m.getMonthValue() == 6 || m.getMonthValue() == 12) {
                meeting(o, MeetingKind.PARTY_LECTURE, weekday(m.atDay(20)), expected, present, "书记讲党课");
            }
        }
    }

    private void meeting(Organization o, MeetingKind kind, LocalDate heldOn, Integer expected, Integer present, String topic) {
        if (heldOn.isAfter(asOf)) {
            return;
        }
        meetings.add(new Meeting(o.id() + "-mtg-" + meetings.size(), o.id(), kind, heldOn, expected, present, topic, null));
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Every month of the coverage from the admission month on, for a member who pays (suspended members do not). */
    private void dues(Member m) {
        if (!m.status().countsInSize()) {
            return;
        }
        DuesCategory category;
        BigDecimal base = null;
        if (m.occupation() == Occupation.FARMER) {
            category = DuesCategory.FARMER;
        } else if (m.occupation() == Occupation.STUDENT) {
            category = DuesCategory.STUDENT;
        } else if (m.occupation() == Occupation.RETIRED) {
            category = DuesCategory.RETIREE;
            base = BigDecimal.valueOf(2500 + 100L * rng.nextInt(40));
        } else {
            category = DuesCategory.SALARIED;
            base = BigDecimal.valueOf(2800 + 100L * rng.nextInt(90));
        }
        BigDecimal amount = category == DuesCategory.FARMER ? new BigDecimal("0.50") : PartyDues.monthly(category, base);
        YearMonth first = YearMonth.from(coverageFrom);
        YearMonth admitted = YearMonth.from(m.admittedOn());
        for (YearMonth month = admitted.isAfter(first) ? admitted : first; !month.atDay(1).isAfter(asOf); month = month.plusMonths(1)) {
            LocalDate paidOn = month.atDay(10);
            if (paidOn.isAfter(asOf) || paidOn.isBefore(m.admittedOn())) {
                paidOn = m.admittedOn().isAfter(month.atDay(1)) ? m.admittedOn() : month.atDay(1);
            }
            if (paidOn.isAfter(asOf)) {
                break;
            }
            dues.add(new DuesPayment(m.id() + "-due-" + month, m.id(), month, category, base, amount, paidOn));
        }
    }

    /** The application that led to a probationary member's admission: every step, in order and on time. */
    private void admitted(Member m) {
        List<Member> full = fullMembers(m.orgId(), m.admittedOn());
        if (full.size() < 2) {
            return;
        }
        LocalDate heldOn = m.admittedOn();
        LocalDate applied = heldOn.minusYears(3);
        if (applied.isBefore(m.birthDate().plusYears(18))) {
            applied = m.birthDate().plusYears(18);
        }
        LocalDate activist = applied.plusMonths(2);
        LocalDate candidate = activist.plusYears(1).plusMonths(1);
        if (candidate.isAfter(heldOn.minusDays(14))) {
            return; // too young for a whole, regular path: leave it out rather than plant a finding
        }
        LocalDate noticeFrom = heldOn.minusDays(13);
        LocalDate approved = heldOn.plusDays(20).isAfter(asOf) ? asOf : heldOn.plusDays(20);
        int eligible = full.size();
        applications.add(new Application(m.id() + "-app", new PersonRef(m.name(), null, m.idNumber(), null), m.orgId(),
                ApplicationStage.ADMITTED, applied, applied.plusDays(10), activist, List.of(full.get(0).id()), candidate,
                List.of(full.get(0).id(), full.get(1).id()), PoliticalReview.PASSED, 24 + rng.nextInt(16),
                new PublicNotice(noticeFrom, noticeFrom.plusDays(6)), new Vote(heldOn, eligible, eligible, eligible), approved,
                m.id()));
    }

    private List<Member> fullMembers(String orgId, LocalDate day) {
        List<Member> out = new ArrayList<>();
        for (Member m : membersByOrg.getOrDefault(orgId, List.of())) {
            if (m.stage() == MemberStage.FULL && m.status() == MemberStatus.NORMAL && m.fullMemberOn() != null
                    && !m.fullMemberOn().isAfter(day)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Applicants who are not members: open at each stage, and a closed one. */
    private void openApplication(Organization o, int i) {
        List<Member> full = fullMembers(o.id(), asOf);
        if (full.size() < 3) {
            return;
        }
        ApplicationStage stage = ApplicationStage.values()[i % 4 == 3 ? 4 : i % 4]; // APPLICANT, ACTIVIST, CANDIDATE, CLOSED
        boolean female = rng.chance(0.4);
        int age = 20 + rng.nextInt(15);
        ResidentIdNumber id = people.personIdNumber(rng, female, age);
        LocalDate applied = switch (stage) {
            case APPLICANT -> asOf.minusDays(40 + rng.nextInt(120));
            case ACTIVIST -> asOf.minusMonths(8 + rng.nextInt(6));
            default -> asOf.minusMonths(20 + rng.nextInt(8));
        };
        LocalDate talked = applied.plusDays(7 + rng.nextInt(14));
        LocalDate activist = stage == ApplicationStage.ACTIVIST || stage == ApplicationStage.CANDIDATE ? applied.plusMonths(1) : null;
        LocalDate candidate = stage == ApplicationStage.CANDIDATE ? activist.plusYears(1).plusDays(rng.nextInt(30)) : null;
        List<String> contacts = activist == null ? List.of() : List.of(full.get(0).id(), full.get(2).id());
        List<String> introducers = candidate == null ? List.of() : List.of(full.get(1).id(), full.get(2).id());
        applications.add(new Application(o.id() + "-app-" + i, new PersonRef(Names.person(rng, female), null, id, null), o.id(), stage,
                applied, talked, activist, contacts, candidate, introducers, null, null, null, null, null, null));
    }

    /** A transfer received before the coverage, and one in transit for less than three months. */
    private void transfers() {
        Member received = null;
        Member moving = null;
        for (Member m : base.members()) {
            if (m.status() == MemberStatus.NORMAL && m.stage() == MemberStage.FULL && m.admittedOn().isBefore(coverageFrom.minusYears(1))) {
                if (received == null) {
                    received = m;
                } else if (moving == null && !m.orgId().equals(received.orgId())) {
                    moving = m;
                }
            }
        }
        if (received != null) {
            LocalDate issued = coverageFrom.minusMonths(4);
            transfers.add(new Transfer(received.id() + "-trf-1", received.id(), null, received.orgId(), "中共广东省东莞市某社区支部委员会",
                    null, issued, issued.plusDays(9), TransferStatus.RECEIVED, TransferReason.RESIDENCE_CHANGE));
        }
        if (moving != null) {
            LocalDate issued = asOf.minusMonths(1);
            transfers.add(new Transfer(moving.id() + "-trf-1", moving.id(), moving.orgId(), null, null, "中共浙江省杭州市某企业支部委员会",
                    issued, null, TransferStatus.IN_TRANSIT, TransferReason.JOB_CHANGE));
        }
    }
}
