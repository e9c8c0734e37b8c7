package org.partyorg.core.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
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
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;

/**
 * Counts of a dataset, as the report that inspired partyorg gives them: organizations by type and
 * sector, members by stage and status, secretaries by tag (致富能手, 回引人才, 大学毕业生), grids,
 * households and villager groups, service records by category, postings by role and status; and
 * per township (the first 9 digits of a grid's division code), its grids, villager groups,
 * households and service records (by category and by month); members by age band, education and
 * ethnicity; postings by the year they started; and the working life of format 1.1.
 *
 * <p>Counting needs two looks at the records, since records come in any order: {@link Builder#learn}
 * the organizations (which members are secretaries, and of which kind of organization) and grids
 * (which township each is in), then {@link Builder#count} every record. {@link #of(Dataset)} does
 * both. A source that can be read only once (an upload) is counted by {@link Builder#inOnePass()},
 * which keeps a little per id for what depends on records not yet seen, and gives the same counts.
 * Instances are immutable and thread-safe; builders are not.
 */
public final class DatasetStatistics {
    private final Map<OrgType, Long> organizationsByType;
    private final Map<Sector, Long> organizationsBySector;
    private final Map<MemberStage, Long> membersByStage;
    private final Map<MemberStatus, Long> membersByStatus;
    private final Map<AgeBand, Long> membersByAgeBand;
    private final Map<Education, Long> membersByEducation;
    private final Map<Ethnicity, Long> membersByEthnicity;
    private final SecretaryTags secretaries;
    private final SecretaryTags villageSecretaries;
    private final long grids;
    private final long households;
    private final long villagerGroups;
    private final Map<ServiceCategory, Long> serviceRecordsByCategory;
    private final Map<PostingRole, Long> postingsByRole;
    private final Map<PostingStatus, Long> postingsByStatus;
    private final Map<Integer, Long> postingsByStartYear;
    private final List<Township> townships;
    private final WorkingLife workingLife;

    private DatasetStatistics(Builder b) {
        b.resolveDeferred();
        organizationsByType = Collections.unmodifiableMap(new EnumMap<>(b.organizationsByType));
        organizationsBySector = Collections.unmodifiableMap(new EnumMap<>(b.organizationsBySector));
        membersByStage = Collections.unmodifiableMap(new EnumMap<>(b.membersByStage));
        membersByStatus = Collections.unmodifiableMap(new EnumMap<>(b.membersByStatus));
        membersByAgeBand = Collections.unmodifiableMap(new EnumMap<>(b.membersByAgeBand));
        membersByEducation = Collections.unmodifiableMap(new EnumMap<>(b.membersByEducation));
        membersByEthnicity = Collections.unmodifiableMap(new EnumMap<>(b.membersByEthnicity));
        secretaries = b.secretaryTags.snapshot();
        villageSecretaries = b.villageSecretaryTags.snapshot();
        grids = b.grids;
        households = b.households;
        villagerGroups = b.villagerGroups;
        serviceRecordsByCategory = Collections.unmodifiableMap(new EnumMap<>(b.serviceRecordsByCategory));
        postingsByRole = Collections.unmodifiableMap(new EnumMap<>(b.postingsByRole));
        postingsByStatus = Collections.unmodifiableMap(new EnumMap<>(b.postingsByStatus));
        postingsByStartYear = Collections.unmodifiableMap(new TreeMap<>(b.postingsByStartYear));
        townships = b.townships.values().stream().map(TownshipCounter::snapshot).toList();
        workingLife = new WorkingLife(Collections.unmodifiableMap(new EnumMap<>(b.applicationsByStage)), b.elections, b.electionEligible,
                b.electionPresent, Collections.unmodifiableMap(new EnumMap<>(b.meetingsByKind)), b.duesPayments, b.duesTotal,
                b.arrears, Collections.unmodifiableMap(new EnumMap<>(b.transfersByStatus)), b.cadences(), b.coverageMonths(),
                b.leastKept());
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

    /** @return member records by age band on asOf; empty when asOf is unknown, members without a birth date not counted */
    public Map<AgeBand, Long> membersByAgeBand() {
        return membersByAgeBand;
    }

    /** @return member records by education; members without one are not counted */
    public Map<Education, Long> membersByEducation() {
        return membersByEducation;
    }

    /** @return member records by ethnicity; members without one are not counted */
    public Map<Ethnicity, Long> membersByEthnicity() {
        return membersByEthnicity;
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

    /** @return postings by the year of their start date, in year order; postings without one are not counted */
    public Map<Integer, Long> postingsByStartYear() {
        return postingsByStartYear;
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
     * @param months the months of the coverage, from coverageFrom's to asOf's; empty when either is unknown
     * @param leastKept the organizations that kept the fewest of the meetings they owed (at most
     *     {@link #LEAST_KEPT}, of those that owed any): lowest share held first, then more periods missed,
     *     then record order; with their meetings in each of {@code months}
     */
    public record WorkingLife(Map<ApplicationStage, Long> applicationsByStage, long elections, long electionEligible,
            long electionPresent, Map<MeetingKind, Long> meetingsByKind, long duesPayments, BigDecimal duesTotal,
            long membersInArrears, Map<TransferStatus, Long> transfersByStatus, Map<String, Cadence> cadenceByOrganization,
            List<YearMonth> months, List<KeptMeetings> leastKept) {
        /** How many organizations {@link #leastKept()} lists at most: as many as a heat map shows legibly. */
        public static final int LEAST_KEPT = 30;

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
     * An organization's meetings month by month, beside its cadence: a row of the heat map of meetings held.
     *
     * @param id the organization's id
     * @param name its name, may be null
     * @param cadence the periods it owed and held
     * @param meetingsByMonth its meetings of any kind in each month of {@link WorkingLife#months()}
     */
    public record KeptMeetings(String id, String name, Cadence cadence, List<Integer> meetingsByMonth) {
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
     * @param serviceRecordsByMonth service records of those grids, by the month of their date, in month order
     */
    public record Township(String code, long grids, long villagerGroups, long households,
            Map<ServiceCategory, Long> serviceRecordsByCategory, Map<YearMonth, Long> serviceRecordsByMonth) {
    }

    /** Counts records in two passes. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Boolean> secretaryOfVillage = new HashMap<>();
        private final Map<String, String> gridTownship = new HashMap<>();
        private final Map<OrgType, Long> organizationsByType = new EnumMap<>(OrgType.class);
        private final Map<Sector, Long> organizationsBySector = new EnumMap<>(Sector.class);
        private final Map<MemberStage, Long> membersByStage = new EnumMap<>(MemberStage.class);
        private final Map<MemberStatus, Long> membersByStatus = new EnumMap<>(MemberStatus.class);
        private final Map<AgeBand, Long> membersByAgeBand = new EnumMap<>(AgeBand.class);
        private final Map<Education, Long> membersByEducation = new EnumMap<>(Education.class);
        private final Map<Ethnicity, Long> membersByEthnicity = new EnumMap<>(Ethnicity.class);
        private final Map<Integer, Long> postingsByStartYear = new TreeMap<>();
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
        /** In one pass: what waits for records not yet seen, a little per id (see {@link #inOnePass()}). */
        private boolean onePass;
        private final Map<String, MemberMarks> memberMarks = new HashMap<>();
        private final Map<String, TownshipCounter> serviceRecordsByUnseenGrid = new HashMap<>();
        private final Map<String, OwingOrganization> meetingsOfUnseenOrganization = new HashMap<>();

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
            if (org == null && onePass && m.orgId() != null) {
                org = meetingsOfUnseenOrganization.computeIfAbsent(m.orgId(), id -> new OwingOrganization(null, null, null, null, null));
            }
            if (org != null && coverageFrom != null && m.kind() != null && m.heldOn() != null
                    && !m.heldOn().isBefore(coverageFrom.withDayOfMonth(1)) && (asOf == null || !m.heldOn().isAfter(asOf))) {
                int month = monthsBetween(coverageFrom, m.heldOn());
                org.held.computeIfAbsent(m.kind(), k -> new BitSet()).set(month);
                org.meetingIn(month);
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
                owing.putIfAbsent(o.id(), new OwingOrganization(o.name(), o.orgType(), form, o.establishedOn(), o.dissolvedOn()));
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
            AgeBand.of(m.birthDate(), asOf).ifPresent(band -> add(membersByAgeBand, band));
            add(membersByEducation, m.education());
            add(membersByEthnicity, m.ethnicity());
            boolean pays = m.status() != null && m.status().countsInSize();
            boolean owesLastMonth = pays && lastWholeMonth != null && m.admittedOn() != null
                    && YearMonth.from(m.admittedOn()).isBefore(lastWholeMonth);
            if (onePass && m.id() != null) {
                // whether this member paid, and whether a secretary, may come later: decided in build()
                memberMarks.computeIfAbsent(m.id(), id -> new MemberMarks()).add(m, owesLastMonth);
                return this;
            }
            if (owesLastMonth && (m.id() == null || !paidLastMonth.contains(m.id()))) {
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
            TownshipCounter t = township == null ? null : townships.computeIfAbsent(township, TownshipCounter::new);
            if (t == null && onePass && r.gridId() != null) {
                t = serviceRecordsByUnseenGrid.computeIfAbsent(r.gridId(), TownshipCounter::new);
            }
            if (t != null) {
                t.add(r);
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
            if (p.startDate() != null) {
                postingsByStartYear.merge(p.startDate().getYear(), 1L, Long::sum);
            }
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

        /**
         * The one pass, for a source that cannot be read twice: each record is learnt and counted as it
         * comes. What depends on records not yet seen waits, as a few counts per id (never the records):
         * a member's tags and whether it owes last month's dues, until the secretaries and payments are
         * known; a service record's category and month, until its grid's township is; a meeting's month,
         * until its organization is. {@link #build()} settles them, so the counts equal those of two
         * passes whatever the order of the records. Call {@link #asOf} and {@link #coverageFrom} first (a
         * stream's header comes first). Use this consumer or the two passes, not both.
         *
         * @return the one pass as a consumer
         */
        public RecordConsumer inOnePass() {
            onePass = true;
            RecordConsumer counting = counting();
            return new RecordConsumer() {
                @Override
                public void organization(Organization organization) {
                    learn(organization);
                    count(organization);
                }

                @Override
                public void member(Member member) {
                    count(member);
                }

                @Override
                public void grid(Grid grid) {
                    learn(grid);
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
                    counting.application(application);
                }

                @Override
                public void meeting(Meeting meeting) {
                    count(meeting);
                }

                @Override
                public void duesPayment(DuesPayment duesPayment) {
                    learn(duesPayment);
                    count(duesPayment);
                }

                @Override
                public void transfer(Transfer transfer) {
                    counting.transfer(transfer);
                }

                @Override
                public void election(Election election) {
                    counting.election(election);
                }
            };
        }

        /** Settles what the one pass kept waiting; afterwards nothing waits (build() may be called again). */
        private void resolveDeferred() {
            for (Map.Entry<String, MemberMarks> e : memberMarks.entrySet()) {
                MemberMarks marks = e.getValue();
                if (!paidLastMonth.contains(e.getKey())) {
                    arrears += marks.owingLastMonth;
                }
                Boolean village = secretaryOfVillage.get(e.getKey());
                if (village != null) {
                    secretaryTags.add(marks);
                    if (village) {
                        villageSecretaryTags.add(marks);
                    }
                }
            }
            memberMarks.clear();
            for (Map.Entry<String, TownshipCounter> e : serviceRecordsByUnseenGrid.entrySet()) {
                String township = gridTownship.get(e.getKey());
                if (township != null) {
                    townships.computeIfAbsent(township, TownshipCounter::new).addRecords(e.getValue());
                }
            }
            serviceRecordsByUnseenGrid.clear();
            for (Map.Entry<String, OwingOrganization> e : meetingsOfUnseenOrganization.entrySet()) {
                OwingOrganization org = owing.get(e.getKey());
                if (org != null) {
                    org.addMeetings(e.getValue());
                }
            }
            meetingsOfUnseenOrganization.clear();
        }

        private List<YearMonth> coverageMonths() {
            if (asOf == null || coverageFrom == null || asOf.isBefore(coverageFrom)) {
                return List.of();
            }
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(coverageFrom); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
                months.add(m);
            }
            return List.copyOf(months);
        }

        private List<KeptMeetings> leastKept() {
            if (asOf == null || coverageFrom == null) {
                return List.of();
            }
            int months = coverageMonths().size();
            List<KeptMeetings> owingAny = new ArrayList<>();
            for (Map.Entry<String, OwingOrganization> e : owing.entrySet()) {
                Cadence c = e.getValue().cadence(coverageFrom, asOf);
                if (c.owed() > 0) {
                    owingAny.add(new KeptMeetings(e.getKey(), e.getValue().name, c, e.getValue().meetingsByMonth(months)));
                }
            }
            // a stable sort: record order among equals
            owingAny.sort(Comparator.comparingDouble((KeptMeetings k) -> k.cadence().share())
                    .thenComparing(k -> k.cadence().held() - k.cadence().owed()));
            return List.copyOf(owingAny.subList(0, Math.min(WorkingLife.LEAST_KEPT, owingAny.size())));
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
        final String name;
        final OrgType type;
        final LeadershipForm form;
        final LocalDate established;
        final LocalDate dissolved;
        /** Per kind, the months with a meeting, counted from the coverage's first month: a few longs, never the records. */
        final Map<MeetingKind, BitSet> held = new EnumMap<>(MeetingKind.class);

        /** Meetings of any kind per month of the coverage, grown as meetings come (never past asOf's month). */
        private int[] meetings = new int[0];

        OwingOrganization(String name, OrgType type, LeadershipForm form, LocalDate established, LocalDate dissolved) {
            this.name = name;
            this.type = type;
            this.form = form;
            this.established = established;
            this.dissolved = dissolved;
        }

        void meetingIn(int month) {
            if (month >= meetings.length) {
                meetings = Arrays.copyOf(meetings, Math.max(month + 1, meetings.length * 2));
            }
            meetings[month]++;
        }

        /** Adds the meetings that waited for this organization's record. */
        void addMeetings(OwingOrganization waiting) {
            waiting.held.forEach((kind, months) -> held.computeIfAbsent(kind, k -> new BitSet()).or(months));
            for (int month = 0; month < waiting.meetings.length; month++) {
                for (int n = 0; n < waiting.meetings[month]; n++) {
                    meetingIn(month);
                }
            }
        }

        List<Integer> meetingsByMonth(int months) {
            List<Integer> counts = new ArrayList<>(months);
            for (int month = 0; month < months; month++) {
                counts.add(month < meetings.length ? meetings[month] : 0);
            }
            return List.copyOf(counts);
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

        void add(MemberMarks marks) {
            secretaries += marks.records;
            wealth += marks.wealth;
            returned += marks.returned;
            college += marks.college;
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
        private final Map<YearMonth, Long> serviceRecordsByMonth = new TreeMap<>();

        TownshipCounter(String code) {
            this.code = Objects.requireNonNull(code);
        }

        void add(ServiceRecord r) {
            if (r.category() != null) {
                serviceRecords.merge(r.category(), 1L, Long::sum);
            }
            if (r.date() != null) {
                serviceRecordsByMonth.merge(YearMonth.from(r.date()), 1L, Long::sum);
            }
        }

        void addRecords(TownshipCounter waiting) {
            waiting.serviceRecords.forEach((k, n) -> serviceRecords.merge(k, n, Long::sum));
            waiting.serviceRecordsByMonth.forEach((k, n) -> serviceRecordsByMonth.merge(k, n, Long::sum));
        }

        Township snapshot() {
            return new Township(code, grids, villagerGroups, households, Collections.unmodifiableMap(new EnumMap<>(serviceRecords)),
                    Collections.unmodifiableMap(new TreeMap<>(serviceRecordsByMonth)));
        }
    }

    /** In one pass, what a member id's records leave for build(): how many, their tags, and how many owe last month's dues. */
    private static final class MemberMarks {
        private int records;
        private int wealth;
        private int returned;
        private int college;
        private int owingLastMonth;

        void add(Member m, boolean owesLastMonth) {
            records++;
            List<MemberTag> tags = m.tags();
            wealth += tags.contains(MemberTag.WEALTH_LEADER) ? 1 : 0;
            returned += tags.contains(MemberTag.RETURNED_TALENT) ? 1 : 0;
            college += tags.contains(MemberTag.COLLEGE_GRADUATE) ? 1 : 0;
            owingLastMonth += owesLastMonth ? 1 : 0;
        }
    }
}
