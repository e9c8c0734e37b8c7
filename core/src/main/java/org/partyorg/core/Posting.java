package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.constraints.ValidPosting;

/**
 * A first-secretary or work-team posting (驻村第一书记 / 工作队), FORMAT.md §7.
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
        @org.partyorg.core.constraints.DivisionCode DivisionCode divisionCode,
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
}
