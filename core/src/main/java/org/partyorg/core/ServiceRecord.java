package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.partyorg.core.constraints.ValidServiceRecord;

/**
 * A grid service record (网格服务记录), docs/format.md §6: a visit, an issue handled, a mediation.
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
                .gridId(gridId)
                .date(date)
                .category(category)
                .topic(topic)
                .status(status)
                .resolvedOn(resolvedOn)
                .worker(worker)
                .households(households);
    }

    /**
     * Builds a {@link ServiceRecord} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String gridId;
        private LocalDate date;
        private ServiceCategory category;
        private ServiceTopic topic;
        private ServiceStatus status;
        private LocalDate resolvedOn;
        private PersonRef worker;
        private Integer households;

        private Builder() {
        }

        /**
         * @param id the record's id, unique among service records
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param gridId the grid
         * @return this builder
         */
        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        /**
         * @param date when it happened
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param category what it was
         * @return this builder
         */
        public Builder category(ServiceCategory category) {
            this.category = category;
            return this;
        }

        /**
         * @param topic its topic, may be null
         * @return this builder
         */
        public Builder topic(ServiceTopic topic) {
            this.topic = topic;
            return this;
        }

        /**
         * @param status open or resolved
         * @return this builder
         */
        public Builder status(ServiceStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param resolvedOn when it was resolved, present iff RESOLVED
         * @return this builder
         */
        public Builder resolvedOn(LocalDate resolvedOn) {
            this.resolvedOn = resolvedOn;
            return this;
        }

        /**
         * @param worker who served, may be null
         * @return this builder
         */
        public Builder worker(PersonRef worker) {
            this.worker = worker;
            return this;
        }

        /**
         * @param households households reached, may be null
         * @return this builder
         */
        public Builder households(Integer households) {
            this.households = households;
            return this;
        }

        /** @return a new ServiceRecord of the components set so far */
        public ServiceRecord build() {
            return new ServiceRecord(id, gridId, date, category, topic, status, resolvedOn, worker, households);
        }
    }
}
