package org.partyorg.core;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.constraints.ValidDataset;

/**
 * One exchange document (FORMAT.md §1): the organizations, members, grids, service records and
 * postings of a dataset, as of one date.
 *
 * <p>Immutable and thread-safe. {@code schemaVersion}, {@code asOf} and {@code source} may be null
 * (the validator reports the first two, DOC-002 and DOC-003); lists are never null (absent means
 * empty) and are unmodifiable copies.
 *
 * @param schemaVersion the format version, {@code "1.<minor>"}
 * @param asOf the date the data describes (统计截止日期); every date rule compares with it
 * @param source the producing system, may be null
 * @param organizations organizations
 * @param members members
 * @param grids grids
 * @param serviceRecords grid service records
 * @param postings first-secretary and work-team postings
 */
@ValidDataset
public record Dataset(
        String schemaVersion,
        LocalDate asOf,
        Source source,
        List<Organization> organizations,
        List<Member> members,
        List<Grid> grids,
        List<ServiceRecord> serviceRecords,
        List<Posting> postings) {

    /** The format version this library writes. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0";

    /** Copies the lists; null becomes empty. */
    public Dataset {
        organizations = Lists.copy(organizations);
        members = Lists.copy(members);
        grids = Lists.copy(grids);
        serviceRecords = Lists.copy(serviceRecords);
        postings = Lists.copy(postings);
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
        return organizations.size() + members.size() + grids.size() + serviceRecords.size() + postings.size();
    }

    /**
     * @param organizations the organizations
     * @return a copy with these organizations
     */
    public Dataset withOrganizations(List<Organization> organizations) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }

    /**
     * @param members the members
     * @return a copy with these members
     */
    public Dataset withMembers(List<Member> members) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }

    /**
     * @param grids the grids
     * @return a copy with these grids
     */
    public Dataset withGrids(List<Grid> grids) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }

    /**
     * @param serviceRecords the service records
     * @return a copy with these service records
     */
    public Dataset withServiceRecords(List<ServiceRecord> serviceRecords) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }

    /**
     * @param postings the postings
     * @return a copy with these postings
     */
    public Dataset withPostings(List<Posting> postings) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }

    /**
     * @param asOf the reference date
     * @return a copy described as of that date
     */
    public Dataset withAsOf(LocalDate asOf) {
        return new Dataset(schemaVersion, asOf, source, organizations, members, grids, serviceRecords, postings);
    }
}
