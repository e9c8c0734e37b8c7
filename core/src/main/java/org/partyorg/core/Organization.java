package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.constraints.ValidOrganization;

/**
 * A Party organization (党组织), FORMAT.md §3.
 *
 * <p>Immutable and thread-safe. Every component may be null so that bad data binds and is
 * reported (DOC-010 for missing required ones: {@code id}, {@code name}, {@code orgType},
 * {@code divisionCode}, and {@code sector} on a basic-level type). Lists are never null (absent
 * means empty) and are unmodifiable copies.
 *
 * @param id the organization's id, unique among organizations
 * @param name the full name, e.g. 中共贵阳市观山湖区金阳街道金元社区总支部委员会
 * @param orgType the type
 * @param sector 领域, required for basic-level types
 * @param parentId the parent organization, null only for roots of the dataset
 * @param divisionCode the NBS division code of the place it is set up in
 * @param establishedOn when it was set up, may be null
 * @param dissolvedOn when it was dissolved (撤销), null while it exists
 * @param hostUnits the units it is built in
 * @param leadership the current leadership, may be null
 * @param honors honors received
 * @param approvalRef reference of a higher approval allowing an exception to a size or term default
 */
@ValidOrganization
public record Organization(
        String id,
        String name,
        OrgType orgType,
        Sector sector,
        String parentId,
        @org.partyorg.core.constraints.DivisionCode DivisionCode divisionCode,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        List<@Valid Unit> hostUnits,
        Leadership leadership,
        List<Honor> honors,
        String approvalRef) implements ExchangeRecord {

    /** Copies the lists; null becomes empty. */
    public Organization {
        hostUnits = Lists.copy(hostUnits);
        honors = Lists.copy(honors);
    }

    /**
     * @param asOf the reference date
     * @return whether the organization is dissolved on that date ({@code dissolvedOn <= asOf})
     */
    public boolean isDissolvedOn(LocalDate asOf) {
        return dissolvedOn != null && !dissolvedOn.isAfter(asOf);
    }

    /**
     * @param leadership the new leadership, may be null
     * @return a copy with that leadership
     */
    public Organization withLeadership(Leadership leadership) {
        return new Organization(id, name, orgType, sector, parentId, divisionCode, establishedOn, dissolvedOn,
                hostUnits, leadership, honors, approvalRef);
    }

    /**
     * @param parentId the new parent id, may be null
     * @return a copy with that parent
     */
    public Organization withParentId(String parentId) {
        return new Organization(id, name, orgType, sector, parentId, divisionCode, establishedOn, dissolvedOn,
                hostUnits, leadership, honors, approvalRef);
    }

    /**
     * @param dissolvedOn the dissolution date, may be null
     * @return a copy with that date
     */
    public Organization withDissolvedOn(LocalDate dissolvedOn) {
        return new Organization(id, name, orgType, sector, parentId, divisionCode, establishedOn, dissolvedOn,
                hostUnits, leadership, honors, approvalRef);
    }


    /** @return {@link RecordType#ORGANIZATION} */
    @Override
    public RecordType recordType() {
        return RecordType.ORGANIZATION;
    }
}
