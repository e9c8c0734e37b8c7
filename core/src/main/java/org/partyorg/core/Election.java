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
}
