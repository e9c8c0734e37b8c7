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
                .kind(kind)
                .heldOn(heldOn)
                .expected(expected)
                .present(present)
                .topic(topic)
                .lecturer(lecturer);
    }

    /**
     * Builds a {@link Meeting} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String orgId;
        private MeetingKind kind;
        private LocalDate heldOn;
        private Integer expected;
        private Integer present;
        private String topic;
        private PersonRef lecturer;

        private Builder() {
        }

        /**
         * @param id the meeting's id, unique among meetings
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param orgId the organization that held it; for a PARTY_GROUP_MEETING, the party group
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param kind what kind of meeting
         * @return this builder
         */
        public Builder kind(MeetingKind kind) {
            this.kind = kind;
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
         * @param expected how many should have attended (应到), may be null
         * @return this builder
         */
        public Builder expected(Integer expected) {
            this.expected = expected;
            return this;
        }

        /**
         * @param present how many attended (实到), may be null
         * @return this builder
         */
        public Builder present(Integer present) {
            this.present = present;
            return this;
        }

        /**
         * @param topic its topic, 1..200 characters, may be null
         * @return this builder
         */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /**
         * @param lecturer who gave a PARTY_LECTURE, may be null
         * @return this builder
         */
        public Builder lecturer(PersonRef lecturer) {
            this.lecturer = lecturer;
            return this;
        }

        /** @return a new Meeting of the components set so far */
        public Meeting build() {
            return new Meeting(id, orgId, kind, heldOn, expected, present, topic, lecturer);
        }
    }
}
