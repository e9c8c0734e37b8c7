package org.partyorg.core;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.constraints.ValidElection;

/**
 * One election (换届选举) of an organization's committee, or of its secretary where no committee is
 * set up, by its 党员大会; docs/format.md §14. New in format 1.1.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; {@code elected} is
 * never null (absent means empty) and is an unmodifiable copy.
 *
 * @param id the election's id, unique among elections
 * @param orgId the organization
 * @param heldOn when
 * @param form what was elected
 * @param seats how many were to be elected (应选人数)
 * @param candidates how many stood (候选人数)
 * @param eligible the members with a vote who should attend (应到会有选举权的党员)
 * @param present those present (实到会)
 * @param elected who was elected, with their votes in favour
 * @param termYears the term this election starts, may be null
 * @param approvalRef the higher approval of a postponed or early election, may be null
 */
@ValidElection
public record Election(
        String id,
        String orgId,
        LocalDate heldOn,
        ElectionForm form,
        Integer seats,
        Integer candidates,
        Integer eligible,
        Integer present,
        List<ElectedMember> elected,
        Integer termYears,
        String approvalRef) implements ExchangeRecord {

    /** Copies the list; null becomes empty. */
    public Election {
        elected = Lists.copy(elected);
    }

    /** @return {@link RecordType#ELECTION} */
    @Override
    public RecordType recordType() {
        return RecordType.ELECTION;
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
                .orgId(orgId)
                .heldOn(heldOn)
                .form(form)
                .seats(seats)
                .candidates(candidates)
                .eligible(eligible)
                .present(present)
                .elected(elected)
                .termYears(termYears)
                .approvalRef(approvalRef);
    }

    /**
     * Builds a {@link Election} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String orgId;
        private LocalDate heldOn;
        private ElectionForm form;
        private Integer seats;
        private Integer candidates;
        private Integer eligible;
        private Integer present;
        private List<ElectedMember> elected;
        private Integer termYears;
        private String approvalRef;

        private Builder() {
        }

        /**
         * @param id the election's id, unique among elections
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param orgId the organization
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param heldOn when
         * @return this builder
         */
        public Builder heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        /**
         * @param form what was elected
         * @return this builder
         */
        public Builder form(ElectionForm form) {
            this.form = form;
            return this;
        }

        /**
         * @param seats how many were to be elected (应选人数)
         * @return this builder
         */
        public Builder seats(Integer seats) {
            this.seats = seats;
            return this;
        }

        /**
         * @param candidates how many stood (候选人数)
         * @return this builder
         */
        public Builder candidates(Integer candidates) {
            this.candidates = candidates;
            return this;
        }

        /**
         * @param eligible the members with a vote who should attend (应到会有选举权的党员)
         * @return this builder
         */
        public Builder eligible(Integer eligible) {
            this.eligible = eligible;
            return this;
        }

        /**
         * @param present those present (实到会)
         * @return this builder
         */
        public Builder present(Integer present) {
            this.present = present;
            return this;
        }

        /**
         * @param elected who was elected, with their votes in favour
         * @return this builder
         */
        public Builder elected(List<ElectedMember> elected) {
            this.elected = elected;
            return this;
        }

        /**
         * @param termYears the term this election starts, may be null
         * @return this builder
         */
        public Builder termYears(Integer termYears) {
            this.termYears = termYears;
            return this;
        }

        /**
         * @param approvalRef the higher approval of a postponed or early election, may be null
         * @return this builder
         */
        public Builder approvalRef(String approvalRef) {
            this.approvalRef = approvalRef;
            return this;
        }

        /** @return a new Election of the components set so far */
        public Election build() {
            return new Election(id, orgId, heldOn, form, seats, candidates, eligible, present, elected, termYears, approvalRef);
        }
    }
}
