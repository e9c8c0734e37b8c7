package org.partyorg.core;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.constraints.ValidDataset;

/**
 * One exchange document (docs/format.md §1 and §9): the records of a dataset, as of one date.
 *
 * <p>Immutable and thread-safe. {@code schemaVersion}, {@code asOf}, {@code coverageFrom} and
 * {@code source} may be null (the validator reports the first two, DOC-002 and DOC-003); lists are
 * never null (absent means empty) and are unmodifiable copies.
 *
 * @param schemaVersion the format version, {@code "1.<minor>"}
 * @param asOf the date the data describes (统计截止日期); every date rule compares with it
 * @param coverageFrom from when meetings, dues payments, transfers and elections are complete
 *     (format 1.1), may be null: the cadence rules then do not run
 * @param source the producing system, may be null
 * @param organizations organizations
 * @param members members
 * @param grids grids
 * @param serviceRecords grid service records
 * @param postings first-secretary and work-team postings
 * @param applications applications for membership (format 1.1)
 * @param meetings meetings (format 1.1)
 * @param duesPayments dues payments (format 1.1)
 * @param transfers transfers of the organizational relationship (format 1.1)
 * @param elections elections (format 1.1)
 */
@ValidDataset
public record Dataset(
        String schemaVersion,
        LocalDate asOf,
        LocalDate coverageFrom,
        Source source,
        List<Organization> organizations,
        List<Member> members,
        List<Grid> grids,
        List<ServiceRecord> serviceRecords,
        List<Posting> postings,
        List<Application> applications,
        List<Meeting> meetings,
        List<DuesPayment> duesPayments,
        List<Transfer> transfers,
        List<Election> elections) {

    /** The format version of data with only 1.0 fields and records. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0";

    /** The format version of data with any 1.1 field or record. */
    public static final String SCHEMA_VERSION_1_1 = "1.1";

    /** Copies the lists; null becomes empty. */
    public Dataset {
        organizations = Lists.copy(organizations);
        members = Lists.copy(members);
        grids = Lists.copy(grids);
        serviceRecords = Lists.copy(serviceRecords);
        postings = Lists.copy(postings);
        applications = Lists.copy(applications);
        meetings = Lists.copy(meetings);
        duesPayments = Lists.copy(duesPayments);
        transfers = Lists.copy(transfers);
        elections = Lists.copy(elections);
    }

    /**
     * A dataset of the 1.0 record types only.
     *
     * @param schemaVersion the format version
     * @param asOf the reference date
     * @param source the producing system, may be null
     * @param organizations organizations
     * @param members members
     * @param grids grids
     * @param serviceRecords grid service records
     * @param postings postings
     */
    public Dataset(String schemaVersion, LocalDate asOf, Source source, List<Organization> organizations,
            List<Member> members, List<Grid> grids, List<ServiceRecord> serviceRecords, List<Posting> postings) {
        this(schemaVersion, asOf, null, source, organizations, members, grids, serviceRecords, postings,
                null, null, null, null, null);
    }

    /**
     * @param asOf the reference date
     * @return an empty dataset of the current schema version
     */
    public static Dataset empty(LocalDate asOf) {
        return new Dataset(CURRENT_SCHEMA_VERSION, asOf, null, null, null, null, null, null);
    }

    /** @return the number of records of all types */
    public int recordCount() {
        int n = 0;
        for (RecordType type : RecordType.values()) {
            n += records(type).size();
        }
        return n;
    }

    /**
     * @param type a record type
     * @return the records of that type, in order
     */
    public List<? extends ExchangeRecord> records(RecordType type) {
        return switch (type) {
            case ORGANIZATION -> organizations;
            case MEMBER -> members;
            case GRID -> grids;
            case SERVICE_RECORD -> serviceRecords;
            case POSTING -> postings;
            case APPLICATION -> applications;
            case MEETING -> meetings;
            case DUES_PAYMENT -> duesPayments;
            case TRANSFER -> transfers;
            case ELECTION -> elections;
        };
    }

    /**
     * @return {@code "1.1"} when the dataset holds a 1.1 field ({@code coverageFrom}) or record,
     *     else {@code "1.0"}: the version a writer declares
     */
    public String requiredSchemaVersion() {
        if (coverageFrom != null) {
            return SCHEMA_VERSION_1_1;
        }
        for (RecordType type : RecordType.values()) {
            if (type.isSince11() && !records(type).isEmpty()) {
                return SCHEMA_VERSION_1_1;
            }
        }
        return CURRENT_SCHEMA_VERSION;
    }

    /**
     * @param organizations the organizations
     * @return a copy with these organizations
     */
    public Dataset withOrganizations(List<Organization> organizations) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param members the members
     * @return a copy with these members
     */
    public Dataset withMembers(List<Member> members) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param grids the grids
     * @return a copy with these grids
     */
    public Dataset withGrids(List<Grid> grids) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param serviceRecords the service records
     * @return a copy with these service records
     */
    public Dataset withServiceRecords(List<ServiceRecord> serviceRecords) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param postings the postings
     * @return a copy with these postings
     */
    public Dataset withPostings(List<Posting> postings) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param applications the applications
     * @return a copy with these applications
     */
    public Dataset withApplications(List<Application> applications) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param meetings the meetings
     * @return a copy with these meetings
     */
    public Dataset withMeetings(List<Meeting> meetings) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param duesPayments the dues payments
     * @return a copy with these dues payments
     */
    public Dataset withDuesPayments(List<DuesPayment> duesPayments) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param transfers the transfers
     * @return a copy with these transfers
     */
    public Dataset withTransfers(List<Transfer> transfers) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param elections the elections
     * @return a copy with these elections
     */
    public Dataset withElections(List<Election> elections) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param asOf the reference date
     * @return a copy described as of that date
     */
    public Dataset withAsOf(LocalDate asOf) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param coverageFrom from when the 1.1 activity records are complete, may be null
     * @return a copy with that coverage
     */
    public Dataset withCoverageFrom(LocalDate coverageFrom) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @param schemaVersion the format version
     * @return a copy declaring that version
     */
    public Dataset withSchemaVersion(String schemaVersion) {
        return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords,
                postings, applications, meetings, duesPayments, transfers, elections);
    }

    /**
     * @return a builder whose components all start null (lists empty): no default is invented
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's components, to make a changed copy */
    public Builder toBuilder() {
        return new Builder()
                .schemaVersion(schemaVersion)
                .asOf(asOf)
                .coverageFrom(coverageFrom)
                .source(source)
                .organizations(organizations)
                .members(members)
                .grids(grids)
                .serviceRecords(serviceRecords)
                .postings(postings)
                .applications(applications)
                .meetings(meetings)
                .duesPayments(duesPayments)
                .transfers(transfers)
                .elections(elections);
    }

    /**
     * Builds a {@link Dataset} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String schemaVersion;
        private LocalDate asOf;
        private LocalDate coverageFrom;
        private Source source;
        private List<Organization> organizations;
        private List<Member> members;
        private List<Grid> grids;
        private List<ServiceRecord> serviceRecords;
        private List<Posting> postings;
        private List<Application> applications;
        private List<Meeting> meetings;
        private List<DuesPayment> duesPayments;
        private List<Transfer> transfers;
        private List<Election> elections;

        private Builder() {
        }

        /**
         * @param schemaVersion the format version, {@code "1.<minor>"}
         * @return this builder
         */
        public Builder schemaVersion(String schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        /**
         * @param asOf the date the data describes (统计截止日期); every date rule compares with it
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * @param coverageFrom from when meetings, dues payments, transfers and elections are complete (format 1.1), may be null: the cadence rules then do not run
         * @return this builder
         */
        public Builder coverageFrom(LocalDate coverageFrom) {
            this.coverageFrom = coverageFrom;
            return this;
        }

        /**
         * @param source the producing system, may be null
         * @return this builder
         */
        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        /**
         * @param organizations organizations
         * @return this builder
         */
        public Builder organizations(List<Organization> organizations) {
            this.organizations = organizations;
            return this;
        }

        /**
         * @param members members
         * @return this builder
         */
        public Builder members(List<Member> members) {
            this.members = members;
            return this;
        }

        /**
         * @param grids grids
         * @return this builder
         */
        public Builder grids(List<Grid> grids) {
            this.grids = grids;
            return this;
        }

        /**
         * @param serviceRecords grid service records
         * @return this builder
         */
        public Builder serviceRecords(List<ServiceRecord> serviceRecords) {
            this.serviceRecords = serviceRecords;
            return this;
        }

        /**
         * @param postings first-secretary and work-team postings
         * @return this builder
         */
        public Builder postings(List<Posting> postings) {
            this.postings = postings;
            return this;
        }

        /**
         * @param applications applications for membership (format 1.1)
         * @return this builder
         */
        public Builder applications(List<Application> applications) {
            this.applications = applications;
            return this;
        }

        /**
         * @param meetings meetings (format 1.1)
         * @return this builder
         */
        public Builder meetings(List<Meeting> meetings) {
            this.meetings = meetings;
            return this;
        }

        /**
         * @param duesPayments dues payments (format 1.1)
         * @return this builder
         */
        public Builder duesPayments(List<DuesPayment> duesPayments) {
            this.duesPayments = duesPayments;
            return this;
        }

        /**
         * @param transfers transfers of the organizational relationship (format 1.1)
         * @return this builder
         */
        public Builder transfers(List<Transfer> transfers) {
            this.transfers = transfers;
            return this;
        }

        /**
         * @param elections elections (format 1.1)
         * @return this builder
         */
        public Builder elections(List<Election> elections) {
            this.elections = elections;
            return this;
        }

        /** @return a new Dataset of the components set so far */
        public Dataset build() {
            return new Dataset(schemaVersion, asOf, coverageFrom, source, organizations, members, grids, serviceRecords, postings, applications, meetings, duesPayments, transfers, elections);
        }
    }
}
