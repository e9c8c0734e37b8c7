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
}
