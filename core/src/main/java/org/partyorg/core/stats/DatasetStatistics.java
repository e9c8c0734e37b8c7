package org.partyorg.core.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingCadence;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.MemberTag;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.Sector;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferStatus;

/**
 * Counts of a dataset, as the report that inspired partyorg gives them: organizations by type and
 * sector, members by stage and status, secretaries by tag (致富能手, 回引人才, 大学毕业生), grids,
 * households and villager groups, service records by category, postings by role and status; and
 * per township (the first 9 digits of a grid's division code), its grids, villager groups,
 * households and service records.
 *
 * <p>Counting needs two looks at the records, since records come in any order: {@link Builder#learn}
 * the organizations (which members are secretaries, and of which kind of organization) and grids
 * (which township each is in), then {@link Builder#count} every record. {@link #of(Dataset)} does
 * both. Instances are immutable and thread-safe; builders are not.
 */
public final class DatasetStatistics {
    private final Map<OrgType, Long> organizationsByType;
    private final Map<Sector, Long> organizationsBySector;
    private final Map<MemberStage, Long> membersByStage;
    private final Map<MemberStatus, Long> membersByStatus;
    private final SecretaryTags secretaries;
    private final SecretaryTags villageSecretaries;
    private final long grids;
    private final long households;
    private final long villagerGroups;
    private final Map<ServiceCategory, Long> serviceRecordsByCategory;
    private final Map<PostingRole, Long> postingsByRole;
    private final Map<PostingStatus, Long> postingsByStatus;
    private final List<Township> townships;
    private final WorkingLife workingLife;

    private DatasetStatistics(Builder b) {
        organizationsByType = Collections.unmodifiableMap(new EnumMap<>(b.organizationsByType));
        organizationsBySector = Collections.unmodifiableMap(new EnumMap<>(b.organizationsBySector));
        membersByStage = Collections.unmodifiableMap(new EnumMap<>(b.membersByStage));
        membersByStatus = Collections.unmodifiableMap(new EnumMap<>(b.membersByStatus));
        secretaries = b.secretaryTags.snapshot();
        villageSecretaries = b.villageSecretaryTags.snapshot();
        grids = b.grids;
        households = b.households;
        villagerGroups = b.villagerGroups;
        serviceRecordsByCategory = Collections.unmodifiableMap(new EnumMap<>(b.serviceRecordsByCategory));
        postingsByRole = Collections.unmodifiableMap(new EnumMap<>(b.postingsByRole));
        postingsByStatus = Collections.unmodifiableMap(new EnumMap<>(b.postingsByStatus));
        townships = b.townships.values().stream().map(TownshipCounter::snapshot).toList();
        workingLife = new WorkingLife(Collections.unmodifiableMap(new EnumMap<>(b.applicationsByStage)), b.elections, b.electionEligible,
                b.electionPresent, Collections.unmodifiableMap(new EnumMap<>(b.meetingsByKind)), b.duesPayments, b.duesTotal,
                b.arrears, Collections.unmodifiableMap(new EnumMap<>(b.transfersByStatus)), b.cadences());
    }

    /**
     * @param dataset a dataset
     * @return its statistics
     */
    public static DatasetStatistics of(Dataset dataset) {
        Builder b = builder().asOf(dataset.asOf()).coverageFrom(dataset.coverageFrom());
        b.learning().acceptAll(dataset);
        b.counting().acceptAll(dataset);
        return b.build();
    }

    /** @return a builder for two passes over records */
    public static Builder builder() {
        return new Builder();
    }

    /** @return organizations by type; types without any are absent */
    public Map<OrgType, Long> organizationsByType() {
        return organizationsByType;
    }

    /** @return organizations by sector; organizations without a sector are not counted */
    public Map<Sector, Long> organizationsBySector() {
        return organizationsBySector;
    }

    /** @return member records by stage */
    public Map<MemberStage, Long> membersByStage() {
        return membersByStage;
    }

    /** @return member records by status */
    public Map<MemberStatus, Long> membersByStatus() {
        return membersByStatus;
    }

    /** @return the tags of members who are a SECRETARY of any organization */
    public SecretaryTags secretaries() {
        return secretaries;
    }

    /** @return the tags of members who are the SECRETARY of a village-level organization */
    public SecretaryTags villageSecretaries() {
        return villageSecretaries;
    }

    /** @return grids */
    public long grids() {
        return grids;
    }

    /** @return households over all grids */
    public long households() {
        return households;
    }

    /** @return villager groups over all grids */
    public long villagerGroups() {
        return villagerGroups;
    }

    /** @return service records by category */
    public Map<ServiceCategory, Long> serviceRecordsByCategory() {
        return serviceRecordsByCategory;
    }

    /** @return postings by role */
    public Map<PostingRole, Long> postingsByRole() {
        return postingsByRole;
    }

    /** @return postings by status */
    public Map<PostingStatus, Long> postingsByStatus() {
        return postingsByStatus;
    }

    /** @return per township with grids, in code order */
    public List<Township> townships() {
        return townships;
    }

    /** @return the format 1.1 counts: applications, elections, meetings, dues and transfers */
    public WorkingLife workingLife() {
        return workingLife;
    }

    /**
     * The counts of a branch's working life (format 1.1).
     *
     * @param applicationsByStage applications by stage: the funnel 申请人 → 积极分子 → 发展对象 → 预备党员
     * @param elections elections held
     * @param electionEligible the eligible voters of all elections
     * @param electionPresent those present at all elections
     * @param meetingsByKind meetings by kind
     * @param duesPayments dues payments
     * @param duesTotal their total amount in yuan
     * @param membersInArrears members who pay dues (status NORMAL, MOBILE or LOST_CONTACT, admitted before
     *     the month) with no payment for the last whole month before asOf; 0 when asOf is unknown
     * @param transfersByStatus transfers by status
     * @param cadenceByOrganization for each organization that owes meetings ({@link MeetingCadence}: branches,
     *     joint branches and party groups), the whole periods of the coverage it owed and those it held, in
     *     the order of the records; empty when the coverage or asOf is unknown
     */
    public record WorkingLife(Map<ApplicationStage, Long> applicationsByStage, long elections, long electionEligible,
            long electionPresent, Map<MeetingKind, Long> meetingsByKind, long duesPayments, BigDecimal duesTotal,
            long membersInArrears, Map<TransferStatus, Long> transfersByStatus, Map<String, Cadence> cadenceByOrganization) {
        /** @return present over eligible of all elections, 0 when none had eligible voters */
        public double turnout() {
            return electionEligible == 0 ? 0 : (double) electionPresent / electionEligible;
        }

        /** @return the periods held over the periods owed, of all organizations; 1 when none were owed */
        public double cadenceShare() {
            long owed = 0;
            long held = 0;
            for (Cadence c : cadenceByOrganization.values()) {
                owed += c.owed();
                held += c.held();
            }
            return owed == 0 ? 1 : (double) held / owed;
        }

        /** @return how many organizations held every meeting they owed */
        public long compliantOrganizations() {
            return cadenceByOrganization.values().stream().filter(Cadence::isCompliant).count();
        }
    }

    /**
     * An organization's meeting cadence over the coverage: each obligation of {@link MeetingCadence}
     * counts once per whole period in which the organization was live. A period counts as held when a
     * meeting of the owed kind took place in it; {@code owed - held} is the sum of the periods the
     * cadence rules MTG-020 to MTG-026 report as missed.
     *
     * @param owed the periods owed, summed over the obligations
     * @param held those in which the meeting was held
     */
    public record Cadence(int owed, int held) {
        /** @return held over owed; 1 when nothing was owed */
        public double share() {
            return owed == 0 ? 1 : (double) held / owed;
        }

        /** @return whether every owed meeting was held */
        public boolean isCompliant() {
            return held == owed;
        }
    }

    /**
     * How many secretaries carry the tags the report counts.
     *
     * @param secretaries secretaries whose member record was found
     * @param wealthLeaders tagged WEALTH_LEADER (致富能手)
     * @param returnedTalents tagged RETURNED_TALENT (回引人才)
     * @param collegeGraduates tagged COLLEGE_GRADUATE (大学毕业生)
     */
    public record SecretaryTags(long secretaries, long wealthLeaders, long returnedTalents, long collegeGraduates) {
        /**
         * @param count a count of secretaries
         * @return its share of all secretaries, 0 when there are none
         */
        public double share(long count) {
            return secretaries == 0 ? 0 : (double) count / secretaries;
        }
    }

    /**
     * A township's grid counts.
     *
     * @param code the 9-digit township code
     * @param grids grids in its villages and communities
     * @param villagerGroups villager groups of those grids
     * @param households households of those grids
     * @param serviceRecordsByCategory service records of those grids, by category
     */
    public record Township(String code, long grids, long villagerGroups, long households,
            Map<ServiceCategory, Long> serviceRecordsByCategory) {
    }

    /** Counts records in two passes. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Boolean> secretaryOfVillage = new HashMap<>();
        private final Map<String, String> gridTownship = new HashMap<>();
        private final Map<OrgType, Long> organizationsByType = new EnumMap<>(OrgType.class);
        private final Map<Sector, Long> organizationsBySector = new EnumMap<>(Sector.class);
        private final Map<MemberStage, Long> membersByStage = new EnumMap<>(MemberStage.class);
        private final Map<MemberStatus, Long> membersByStatus = new EnumMap<>(MemberStatus.class);
        private final TagCounter secretaryTags = new TagCounter();
        private final TagCounter villageSecretaryTags = new TagCounter();
        private final Map<ServiceCategory, Long> serviceRecordsByCategory = new EnumMap<>(ServiceCategory.class);
        private final Map<PostingRole, Long> postingsByRole = new EnumMap<>(PostingRole.class);
        private final Map<PostingStatus, Long> postingsByStatus = new EnumMap<>(PostingStatus.class);
        private final Map<String, TownshipCounter> townships = new TreeMap<>();
        private long grids;
        private long households;
        private long villagerGroups;
        private final Map<ApplicationStage, Long> applicationsByStage = new EnumMap<>(ApplicationStage.class);
        private final Map<MeetingKind, Long> meetingsByKind = new EnumMap<>(MeetingKind.class);
        private final Map<TransferStatus, Long> transfersByStatus = new EnumMap<>(TransferStatus.class);
        private long elections;
        private long electionEligible;
        private long electionPresent;
        private long duesPayments;
        private BigDecimal duesTotal = BigDecimal.ZERO;
        private long arrears;
        private YearMonth lastWholeMonth;
        private final Set<String> paidLastMonth = new HashSet<>();
        private LocalDate asOf;
        private LocalDate coverageFrom;
        private final Map<String, OwingOrganization> owing = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the reference date, for members in arrears (the last whole month before it).
         *
         * @param asOf the dataset's asOf, may be null
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            if (asOf != null) {
                YearMonth month = YearMonth.from(asOf);
                lastWholeMonth = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
            }
            return this;
        }

        /**
         * Sets the first day of the coverage, for the meeting cadence; call it before the second pass.
         *
         * @param coverageFrom the dataset's coverageFrom, may be null (then the cadence is not counted)
         * @return this builder
         */
        public Builder coverageFrom(LocalDate coverageFrom) {
            this.coverageFrom = coverageFrom;
            return this;
        }

        /**
         * First pass for dues: who paid for the last whole month.
         *
         * @param d a dues payment
         * @return this builder
         */
        public Builder learn(DuesPayment d) {
            if (lastWholeMonth != null && lastWholeMonth.equals(d.month()) && d.memberId() != null) {
                paidLastMonth.add(d.memberId());
            }
            return this;
        }

        /**
         * @param a an application
         * @return this builder
         */
        public Builder count(Application a) {
            add(applicationsByStage, a.stage());
            return this;
        }

        /**
         * @param m a meeting
         * @return this builder
         */
        public Builder count(Meeting m) {
            add(meetingsByKind, m.kind());
            OwingOrganization org = m.orgId() == null ? null : owing.get(m.orgId());
            if (org != null && coverageFrom != null && m.kind() != null && m.heldOn() != null
                    && !m.heldOn().isBefore(coverageFrom.withDayOfMonth(1)) && (asOf == null || !m.heldOn().isAfter(asOf))) {
                org.held.computeIfAbsent(m.kind(), k -> new BitSet()).set(monthsBetween(coverageFrom, m.heldOn()));
            }
            return this;
        }

        /**
         * @param d a dues payment
         * @return this builder
         */
        public Builder count(DuesPayment d) {
            duesPayments++;
            if (d.amount() != null) {
                duesTotal = duesTotal.add(d.amount());
            }
            return this;
        }

        /**
         * @param t a transfer
         * @return this builder
         */
        public Builder count(Transfer t) {
            add(transfersByStatus, t.status());
            return this;
        }

        /**
         * @param e an election
         * @return this builder
         */
        public Builder count(Election e) {
            elections++;
            if (e.eligible() != null && e.present() != null && e.eligible() >= 0 && e.present() >= 0) {
                electionEligible += e.eligible();
                electionPresent += e.present();
            }
            return this;
        }

        /**
         * First pass: which members are secretaries, and where.
         *
         * @param o an organization
         * @return this builder
         */
        public Builder learn(Organization o) {
            LeadershipForm form = o.leadership() == null ? null : o.leadership().form();
            if (o.id() != null && !MeetingCadence.obligations(o.orgType(), form).isEmpty()) {
                owing.putIfAbsent(o.id(), new OwingOrganization(o.orgType(), form, o.establishedOn(), o.dissolvedOn()));
            }
            if (o.leadership() == null) {
                return this;
            }
            boolean village = o.divisionCode() != null && o.divisionCode().isWellFormed() && o.divisionCode().isVillageLevel();
            for (Officer officer : o.leadership().officers()) {
                if (officer.role() == OfficerRole.SECRETARY && officer.memberId() != null) {
                    secretaryOfVillage.merge(officer.memberId(), village, Boolean::logicalOr);
                }
            }
            return this;
        }

        /**
         * First pass: which township each grid is in.
         *
         * @param g a grid
         * @return this builder
         */
        public Builder learn(Grid g) {
            String township = township(g);
            if (g.id() != null && township != null) {
                gridTownship.putIfAbsent(g.id(), township);
            }
            return this;
        }

        /**
         * @param o an organization
         * @return this builder
         */
        public Builder count(Organization o) {
            add(organizationsByType, o.orgType());
            add(organizationsBySector, o.sector());
            return this;
        }

        /**
         * @param m a member
         * @return this builder
         */
        public Builder count(Member m) {
            add(membersByStage, m.stage());
            add(membersByStatus, m.status());
            boolean pays = m.status() != null && m.status().countsInSize();
            if (pays && lastWholeMonth != null && m.admittedOn() != null && YearMonth.from(m.admittedOn()).isBefore(lastWholeMonth)
                    && (m.id() == null || !paidLastMonth.contains(m.id()))) {
                arrears++;
            }
            Boolean village = m.id() == null ? null : secretaryOfVillage.get(m.id());
            if (village != null) {
                secretaryTags.add(m);
                if (village) {
                    villageSecretaryTags.add(m);
                }
            }
            return this;
        }

        /**
         * @param g a grid
         * @return this builder
         */
        public Builder count(Grid g) {
            grids++;
            long h = g.households() == null || g.households() < 0 ? 0 : g.households();
            households += h;
            villagerGroups += g.villagerGroups().size();
            String township = township(g);
            if (township != null) {
                TownshipCounter t = townships.computeIfAbsent(township, TownshipCounter::new);
                t.grids++;
                t.villagerGroups += g.villagerGroups().size();
                t.households += h;
            }
            return this;
        }

        /**
         * @param r a service record
         * @return this builder
         */
        public Builder count(ServiceRecord r) {
            add(serviceRecordsByCategory, r.category());
            String township = r.gridId() == null ? null : gridTownship.get(r.gridId());
            if (township != null && r.category() != null) {
                TownshipCounter t = townships.computeIfAbsent(township, TownshipCounter::new);
                t.serviceRecords.merge(r.category(), 1L, Long::sum);
            }
            return this;
        }

        /**
         * @param p a posting
         * @return this builder
         */
        public Builder count(Posting p) {
            add(postingsByRole, p.role());
            add(postingsByStatus, p.status());
            return this;
        }

        /** @return the first pass as a consumer: organizations and grids are learnt, the rest ignored */
        public RecordConsumer learning() {
            return new RecordConsumer() {
                @Override
                public void organization(Organization organization) {
                    learn(organization);
                }

                @Override
                public void member(Member member) {
                }

                @Override
                public void grid(Grid grid) {
                    learn(grid);
                }

                @Override
                public void serviceRecord(ServiceRecord serviceRecord) {
                }

                @Override
                public void posting(Posting posting) {
                }

                @Override
                public void duesPayment(DuesPayment duesPayment) {
                    learn(duesPayment);
                }
            };
        }

        /** @return the second pass as a consumer: every record is counted */
        public RecordConsumer counting() {
            return new RecordConsumer() {
                @Override
                public void organization(Organization organization) {
                    count(organization);
                }

                @Override
                public void member(Member member) {
                    count(member);
                }

                @Override
                public void grid(Grid grid) {
                    count(grid);
                }

                @Override
                public void serviceRecord(ServiceRecord serviceRecord) {
                    count(serviceRecord);
                }

                @Override
                public void posting(Posting posting) {
                    count(posting);
                }

                @Override
                public void application(Application application) {
                    count(application);
                }

                @Override
                public void meeting(Meeting meeting) {
                    count(meeting);
                }

                @Override
                public void duesPayment(DuesPayment duesPayment) {
                    count(duesPayment);
                }

                @Override
                public void transfer(Transfer transfer) {
                    count(transfer);
                }

                @Override
                public void election(Election election) {
                    count(election);
                }
            };
        }

        private Map<String, Cadence> cadences() {
            if (asOf == null || coverageFrom == null) {
                return Map.of();
            }
            Map<String, Cadence> cadences = new LinkedHashMap<>();
            for (Map.Entry<String, OwingOrganization> e : owing.entrySet()) {
                cadences.put(e.getKey(), e.getValue().cadence(coverageFrom, asOf));
            }
            return Collections.unmodifiableMap(cadences);
        }

        /** @return the statistics counted so far */
        public DatasetStatistics build() {
            return new DatasetStatistics(this);
        }

        private static <E extends Enum<E>> void add(Map<E, Long> counts, E key) {
            if (key != null) {
                counts.merge(key, 1L, Long::sum);
            }
        }

        private static String township(Grid g) {
            return g.divisionCode() != null && g.divisionCode().isWellFormed() ? g.divisionCode().text().substring(0, 9) : null;
        }
    }

    /** An organization that owes meetings, and the months in which it held each kind. */
    private static final class OwingOrganization {
        final OrgType type;
        final LeadershipForm form;
        final LocalDate established;
        final LocalDate dissolved;
        /** Per kind, the months with a meeting, counted from the coverage's first month: a few longs, never the records. */
        final Map<MeetingKind, BitSet> held = new EnumMap<>(MeetingKind.class);

        OwingOrganization(OrgType type, LeadershipForm form, LocalDate established, LocalDate dissolved) {
            this.type = type;
            this.form = form;
            this.established = established;
            this.dissolved = dissolved;
        }

        Cadence cadence(LocalDate coverageFrom, LocalDate asOf) {
            int owed = 0;
            int kept = 0;
            for (MeetingCadence.Obligation o : MeetingCadence.obligations(type, form)) {
                BitSet months = held.getOrDefault(o.kind(), new BitSet());
                for (YearMonth start : MeetingCadence.wholePeriods(o.period(), coverageFrom, asOf, established, dissolved)) {
                    owed++;
                    int first = monthsBetween(coverageFrom, start.atDay(1));
                    int next = months.nextSetBit(first);
                    if (next >= 0 && next < first + o.period().months()) {
                        kept++;
                    }
                }
            }
            return new Cadence(owed, kept);
        }
    }

    /** Whole months from {@code from}'s month to {@code to}'s: 0 for the same month. */
    private static int monthsBetween(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    private static final class TagCounter {
        private long secretaries;
        private long wealth;
        private long returned;
        private long college;

        void add(Member m) {
            secretaries++;
            List<MemberTag> tags = m.tags();
            wealth += tags.contains(MemberTag.WEALTH_LEADER) ? 1 : 0;
            returned += tags.contains(MemberTag.RETURNED_TALENT) ? 1 : 0;
            college += tags.contains(MemberTag.COLLEGE_GRADUATE) ? 1 : 0;
        }

        SecretaryTags snapshot() {
            return new SecretaryTags(secretaries, wealth, returned, college);
        }
    }

    private static final class TownshipCounter {
        private final String code;
        private long grids;
        private long villagerGroups;
        private long households;
        private final Map<ServiceCategory, Long> serviceRecords = new EnumMap<>(ServiceCategory.class);

        TownshipCounter(String code) {
            this.code = Objects.requireNonNull(code);
        }

        Township snapshot() {
            return new Township(code, grids, villagerGroups, households, Collections.unmodifiableMap(new EnumMap<>(serviceRecords)));
        }
    }
}
