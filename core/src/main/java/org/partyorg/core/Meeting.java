package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.partyorg.core.constraints.ValidMeeting;

/**
 * A meeting an organization held (三会一课 and 组织生活), docs/format.md §11. New in format 1.1.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds.
 *
 * @param id the meeting's id, unique among meetings
 * @param orgId the organization that held it; for a PARTY_GROUP_MEETING, the party group
 * @param kind what kind of meeting
 * @param heldOn when
 * @param expected how many should have attended (应到), may be null
 * @param present how many attended (实到), may be null
 * @param topic its topic, 1..200 characters, may be null
 * @param lecturer who gave a PARTY_LECTURE, may be null
 */
@ValidMeeting
public record Meeting(
        String id,
        String orgId,
        MeetingKind kind,
        LocalDate heldOn,
        Integer expected,
        Integer present,
        String topic,
        @Valid PersonRef lecturer) implements ExchangeRecord {

    /** @return {@link RecordType#MEETING} */
    @Override
    public RecordType recordType() {
        return RecordType.MEETING;
    }
}
