package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.constraints.ValidDivisionCode;
import org.partyorg.core.constraints.ValidPosting;

/**
 * A first-secretary or work-team posting (驻村第一书记 / 工作队), docs/format.md §7.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds.
 *
 * @param id the posting's id, unique among postings
 * @param person who is posted; {@code idNumber} is required here
 * @param role first secretary, team leader or team member
 * @param sendingUnit the sending unit
 * @param hostOrgId the village or community Party organization
 * @param divisionCode the village or community
 * @param startDate start
 * @param plannedEndDate planned end
 * @param endDate actual end, may be null
 * @param status serving, completed or recalled
 * @param previousPostingId the posting this one renews (再驻村 / 留任), may be null
 */
@ValidPosting
public record Posting(
        String id,
        @Valid PersonRef person,
        PostingRole role,
        @Valid SendingUnit sendingUnit,
        String hostOrgId,
        @ValidDivisionCode DivisionCode divisionCode,
        LocalDate startDate,
        LocalDate plannedEndDate,
        LocalDate endDate,
        PostingStatus status,
        String previousPostingId) implements ExchangeRecord {

    /** @return {@link RecordType#POSTING} */
    @Override
    public RecordType recordType() {
        return RecordType.POSTING;
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
                .person(person)
                .role(role)
                .sendingUnit(sendingUnit)
                .hostOrgId(hostOrgId)
                .divisionCode(divisionCode)
                .startDate(startDate)
                .plannedEndDate(plannedEndDate)
                .endDate(endDate)
                .status(status)
                .previousPostingId(previousPostingId);
    }

    /**
     * Builds a {@link Posting} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private PersonRef person;
        private PostingRole role;
        private SendingUnit sendingUnit;
        private String hostOrgId;
        private DivisionCode divisionCode;
        private LocalDate startDate;
        private LocalDate plannedEndDate;
        private LocalDate endDate;
        private PostingStatus status;
        private String previousPostingId;

        private Builder() {
        }

        /**
         * @param id the posting's id, unique among postings
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param person who is posted; {@code idNumber} is required here
         * @return this builder
         */
        public Builder person(PersonRef person) {
            this.person = person;
            return this;
        }

        /**
         * @param role first secretary, team leader or team member
         * @return this builder
         */
        public Builder role(PostingRole role) {
            this.role = role;
            return this;
        }

        /**
         * @param sendingUnit the sending unit
         * @return this builder
         */
        public Builder sendingUnit(SendingUnit sendingUnit) {
            this.sendingUnit = sendingUnit;
            return this;
        }

        /**
         * @param hostOrgId the village or community Party organization
         * @return this builder
         */
        public Builder hostOrgId(String hostOrgId) {
            this.hostOrgId = hostOrgId;
            return this;
        }

        /**
         * @param divisionCode the village or community
         * @return this builder
         */
        public Builder divisionCode(DivisionCode divisionCode) {
            this.divisionCode = divisionCode;
            return this;
        }

        /**
         * @param startDate start
         * @return this builder
         */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * @param plannedEndDate planned end
         * @return this builder
         */
        public Builder plannedEndDate(LocalDate plannedEndDate) {
            this.plannedEndDate = plannedEndDate;
            return this;
        }

        /**
         * @param endDate actual end, may be null
         * @return this builder
         */
        public Builder endDate(LocalDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * @param status serving, completed or recalled
         * @return this builder
         */
        public Builder status(PostingStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param previousPostingId the posting this one renews (再驻村 / 留任), may be null
         * @return this builder
         */
        public Builder previousPostingId(String previousPostingId) {
            this.previousPostingId = previousPostingId;
            return this;
        }

        /** @return a new Posting of the components set so far */
        public Posting build() {
            return new Posting(id, person, role, sendingUnit, hostOrgId, divisionCode, startDate, plannedEndDate, endDate, status, previousPostingId);
        }
    }
}
