package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.constraints.ValidDivisionCode;
import org.partyorg.core.constraints.ValidOrganization;

/**
 * A Party organization (党组织), docs/format.md §3.
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
        @ValidDivisionCode DivisionCode divisionCode,
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

    /**
     * @return a builder whose components all start null (lists empty): no default is invented
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's components, to make a changed copy */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .orgType(orgType)
                .sector(sector)
                .parentId(parentId)
                .divisionCode(divisionCode)
                .establishedOn(establishedOn)
                .dissolvedOn(dissolvedOn)
                .hostUnits(hostUnits)
                .leadership(leadership)
                .honors(honors)
                .approvalRef(approvalRef);
    }

    /**
     * Builds a {@link Organization} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String name;
        private OrgType orgType;
        private Sector sector;
        private String parentId;
        private DivisionCode divisionCode;
        private LocalDate establishedOn;
        private LocalDate dissolvedOn;
        private List<@Valid Unit> hostUnits;
        private Leadership leadership;
        private List<Honor> honors;
        private String approvalRef;

        private Builder() {
        }

        /**
         * @param id the organization's id, unique among organizations
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param name the full name, e.g. 中共贵阳市观山湖区金阳街道金元社区总支部委员会
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param orgType the type
         * @return this builder
         */
        public Builder orgType(OrgType orgType) {
            this.orgType = orgType;
            return this;
        }

        /**
         * @param sector 领域, required for basic-level types
         * @return this builder
         */
        public Builder sector(Sector sector) {
            this.sector = sector;
            return this;
        }

        /**
         * @param parentId the parent organization, null only for roots of the dataset
         * @return this builder
         */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        /**
         * @param divisionCode the NBS division code of the place it is set up in
         * @return this builder
         */
        public Builder divisionCode(DivisionCode divisionCode) {
            this.divisionCode = divisionCode;
            return this;
        }

        /**
         * @param establishedOn when it was set up, may be null
         * @return this builder
         */
        public Builder establishedOn(LocalDate establishedOn) {
            this.establishedOn = establishedOn;
            return this;
        }

        /**
         * @param dissolvedOn when it was dissolved (撤销), null while it exists
         * @return this builder
         */
        public Builder dissolvedOn(LocalDate dissolvedOn) {
            this.dissolvedOn = dissolvedOn;
            return this;
        }

        /**
         * @param hostUnits the units it is built in
         * @return this builder
         */
        public Builder hostUnits(List<@Valid Unit> hostUnits) {
            this.hostUnits = hostUnits;
            return this;
        }

        /**
         * @param leadership the current leadership, may be null
         * @return this builder
         */
        public Builder leadership(Leadership leadership) {
            this.leadership = leadership;
            return this;
        }

        /**
         * @param honors honors received
         * @return this builder
         */
        public Builder honors(List<Honor> honors) {
            this.honors = honors;
            return this;
        }

        /**
         * @param approvalRef reference of a higher approval allowing an exception to a size or term default
         * @return this builder
         */
        public Builder approvalRef(String approvalRef) {
            this.approvalRef = approvalRef;
            return this;
        }

        /** @return a new Organization of the components set so far */
        public Organization build() {
            return new Organization(id, name, orgType, sector, parentId, divisionCode, establishedOn, dissolvedOn, hostUnits, leadership, honors, approvalRef);
        }
    }
}
