package org.partyorg.core;

import java.time.LocalDate;
import org.partyorg.core.constraints.ValidTransfer;

/**
 * A transfer of a member's organizational relationship (组织关系转接), docs/format.md §13. New in
 * format 1.1.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds.
 *
 * @param id the transfer's id, unique among transfers
 * @param memberId the member who moves
 * @param fromOrgId the sending organization, null when it lies outside the dataset
 * @param toOrgId the receiving organization, null when it lies outside the dataset
 * @param fromName the name of an outside sending organization, may be null
 * @param toName the name of an outside receiving organization, may be null
 * @param issuedOn when the letter was issued (or the online transfer sent)
 * @param receivedOn when it was received, present iff RECEIVED
 * @param status where it stands
 * @param reason why, may be null
 */
@ValidTransfer
public record Transfer(
        String id,
        String memberId,
        String fromOrgId,
        String toOrgId,
        String fromName,
        String toName,
        LocalDate issuedOn,
        LocalDate receivedOn,
        TransferStatus status,
        TransferReason reason) implements ExchangeRecord {

    /** @return {@link RecordType#TRANSFER} */
    @Override
    public RecordType recordType() {
        return RecordType.TRANSFER;
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
                .memberId(memberId)
                .fromOrgId(fromOrgId)
                .toOrgId(toOrgId)
                .fromName(fromName)
                .toName(toName)
                .issuedOn(issuedOn)
                .receivedOn(receivedOn)
                .status(status)
                .reason(reason);
    }

    /**
     * Builds a {@link Transfer} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String memberId;
        private String fromOrgId;
        private String toOrgId;
        private String fromName;
        private String toName;
        private LocalDate issuedOn;
        private LocalDate receivedOn;
        private TransferStatus status;
        private TransferReason reason;

        private Builder() {
        }

        /**
         * @param id the transfer's id, unique among transfers
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param memberId the member who moves
         * @return this builder
         */
        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        /**
         * @param fromOrgId the sending organization, null when it lies outside the dataset
         * @return this builder
         */
        public Builder fromOrgId(String fromOrgId) {
            this.fromOrgId = fromOrgId;
            return this;
        }

        /**
         * @param toOrgId the receiving organization, null when it lies outside the dataset
         * @return this builder
         */
        public Builder toOrgId(String toOrgId) {
            this.toOrgId = toOrgId;
            return this;
        }

        /**
         * @param fromName the name of an outside sending organization, may be null
         * @return this builder
         */
        public Builder fromName(String fromName) {
            this.fromName = fromName;
            return this;
        }

        /**
         * @param toName the name of an outside receiving organization, may be null
         * @return this builder
         */
        public Builder toName(String toName) {
            this.toName = toName;
            return this;
        }

        /**
         * @param issuedOn when the letter was issued (or the online transfer sent)
         * @return this builder
         */
        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        /**
         * @param receivedOn when it was received, present iff RECEIVED
         * @return this builder
         */
        public Builder receivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
            return this;
        }

        /**
         * @param status where it stands
         * @return this builder
         */
        public Builder status(TransferStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param reason why, may be null
         * @return this builder
         */
        public Builder reason(TransferReason reason) {
            this.reason = reason;
            return this;
        }

        /** @return a new Transfer of the components set so far */
        public Transfer build() {
            return new Transfer(id, memberId, fromOrgId, toOrgId, fromName, toName, issuedOn, receivedOn, status, reason);
        }
    }
}
