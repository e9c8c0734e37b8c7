package org.partyorg.core.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.MemberTag;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.Sector;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.ServiceRecord;

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
    }

    /**
     * @param dataset a dataset
     * @return its statistics
     */
    public static DatasetStatistics of(Dataset dataset) {
        Builder b = builder();
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

        private Builder() {
        }

        /**
         * First pass: which members are secretaries, and where.
         *
         * @param o an organization
         * @return this builder
         */
        public Builder learn(Organization o) {
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
            };
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
