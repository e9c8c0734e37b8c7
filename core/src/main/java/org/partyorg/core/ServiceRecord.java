package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.partyorg.core.constraints.ValidServiceRecord;

/**
 * A grid service record (网格服务记录), FORMAT.md §6: a visit, an issue handled, a mediation.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds.
 *
 * @param id the record's id, unique among service records
 * @param gridId the grid
 * @param date when it happened
 * @param category what it was
 * @param topic its topic, may be null
 * @param status open or resolved
 * @param resolvedOn when it was resolved, present iff RESOLVED
 * @param worker who served, may be null
 * @param households households reached, may be null
 */
@ValidServiceRecord
public record ServiceRecord(
        String id,
        String gridId,
        LocalDate date,
        ServiceCategory category,
        ServiceTopic topic,
        ServiceStatus status,
        LocalDate resolvedOn,
        @Valid PersonRef worker,
        Integer households) implements ExchangeRecord {

    /** @return {@link RecordType#SERVICE_RECORD} */
    @Override
    public RecordType recordType() {
        return RecordType.SERVICE_RECORD;
    }
}
