package org.partyorg.core;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.constraints.ValidApplication;

/**
 * One person's way from the application letter to admission as a probationary member
 * (入党申请与发展党员), docs/format.md §10. New in format 1.1.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; the lists are never
 * null (absent means empty) and are unmodifiable copies. {@link #toString()} masks the person's ID
 * number and phone.
 *
 * @param id the application's id, unique among applications
 * @param person the applicant; {@code idNumber} is required here (birth date and sex come from it)
 * @param orgId the organization handling the application, normally the branch
 * @param stage how far it has come
 * @param appliedOn when the application letter was handed in (递交入党申请书)
 * @param talkedOn when the organization talked with the applicant (谈话), may be null
 * @param activistOn when the applicant became an activist (确定为入党积极分子), may be null
 * @param contacts the {@code memberId}s of the 培养联系人
 * @param candidateOn when the applicant became a candidate (列为发展对象), may be null
 * @param introducers the {@code memberId}s of the 入党介绍人
 * @param politicalReview the conclusion of the political review, may be null
 * @param trainingHours hours of short concentrated training (短期集中培训学时), may be null
 * @param publicNotice the 公示 of the candidate, may be null
 * @param admissionMeeting the branch assembly that voted on admission, may be null
 * @param approvedOn when the base committee approved (基层党委审批), may be null
 * @param memberId the member record made on admission, may be null
 */
@ValidApplication
public record Application(
        String id,
        @Valid PersonRef person,
        String orgId,
        ApplicationStage stage,
        LocalDate appliedOn,
        LocalDate talkedOn,
        LocalDate activistOn,
        List<String> contacts,
        LocalDate candidateOn,
        List<String> introducers,
        PoliticalReview politicalReview,
        Integer trainingHours,
        PublicNotice publicNotice,
        Vote admissionMeeting,
        LocalDate approvedOn,
        String memberId) implements ExchangeRecord {

    /** Copies the lists; null becomes empty. */
    public Application {
        contacts = Lists.copy(contacts);
        introducers = Lists.copy(introducers);
    }

    /** @return {@link RecordType#APPLICATION} */
    @Override
    public RecordType recordType() {
        return RecordType.APPLICATION;
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
                .orgId(orgId)
                .stage(stage)
                .appliedOn(appliedOn)
                .talkedOn(talkedOn)
                .activistOn(activistOn)
                .contacts(contacts)
                .candidateOn(candidateOn)
                .introducers(introducers)
                .politicalReview(politicalReview)
                .trainingHours(trainingHours)
                .publicNotice(publicNotice)
                .admissionMeeting(admissionMeeting)
                .approvedOn(approvedOn)
                .memberId(memberId);
    }

    /**
     * Builds a {@link Application} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private PersonRef person;
        private String orgId;
        private ApplicationStage stage;
        private LocalDate appliedOn;
        private LocalDate talkedOn;
        private LocalDate activistOn;
        private List<String> contacts;
        private LocalDate candidateOn;
        private List<String> introducers;
        private PoliticalReview politicalReview;
        private Integer trainingHours;
        private PublicNotice publicNotice;
        private Vote admissionMeeting;
        private LocalDate approvedOn;
        private String memberId;

        private Builder() {
        }

        /**
         * @param id the application's id, unique among applications
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param person the applicant; {@code idNumber} is required here (birth date and sex come from it)
         * @return this builder
         */
        public Builder person(PersonRef person) {
            this.person = person;
            return this;
        }

        /**
         * @param orgId the organization handling the application, normally the branch
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param stage how far it has come
         * @return this builder
         */
        public Builder stage(ApplicationStage stage) {
            this.stage = stage;
            return this;
        }

        /**
         * @param appliedOn when the application letter was handed in (递交入党申请书)
         * @return this builder
         */
        public Builder appliedOn(LocalDate appliedOn) {
            this.appliedOn = appliedOn;
            return this;
        }

        /**
         * @param talkedOn when the organization talked with the applicant (谈话), may be null
         * @return this builder
         */
        public Builder talkedOn(LocalDate talkedOn) {
            this.talkedOn = talkedOn;
            return this;
        }

        /**
         * @param activistOn when the applicant became an activist (确定为入党积极分子), may be null
         * @return this builder
         */
        public Builder activistOn(LocalDate activistOn) {
            this.activistOn = activistOn;
            return this;
        }

        /**
         * @param contacts the {@code memberId}s of the 培养联系人
         * @return this builder
         */
        public Builder contacts(List<String> contacts) {
            this.contacts = contacts;
            return this;
        }

        /**
         * @param candidateOn when the applicant became a candidate (列为发展对象), may be null
         * @return this builder
         */
        public Builder candidateOn(LocalDate candidateOn) {
            this.candidateOn = candidateOn;
            return this;
        }

        /**
         * @param introducers the {@code memberId}s of the 入党介绍人
         * @return this builder
         */
        public Builder introducers(List<String> introducers) {
            this.introducers = introducers;
            return this;
        }

        /**
         * @param politicalReview the conclusion of the political review, may be null
         * @return this builder
         */
        public Builder politicalReview(PoliticalReview politicalReview) {
            this.politicalReview = politicalReview;
            return this;
        }

        /**
         * @param trainingHours hours of short concentrated training (短期集中培训学时), may be null
         * @return this builder
         */
        public Builder trainingHours(Integer trainingHours) {
            this.trainingHours = trainingHours;
            return this;
        }

        /**
         * @param publicNotice the 公示 of the candidate, may be null
         * @return this builder
         */
        public Builder publicNotice(PublicNotice publicNotice) {
            this.publicNotice = publicNotice;
            return this;
        }

        /**
         * @param admissionMeeting the branch assembly that voted on admission, may be null
         * @return this builder
         */
        public Builder admissionMeeting(Vote admissionMeeting) {
            this.admissionMeeting = admissionMeeting;
            return this;
        }

        /**
         * @param approvedOn when the base committee approved (基层党委审批), may be null
         * @return this builder
         */
        public Builder approvedOn(LocalDate approvedOn) {
            this.approvedOn = approvedOn;
            return this;
        }

        /**
         * @param memberId the member record made on admission, may be null
         * @return this builder
         */
        public Builder memberId(String memberId) {
            this.memberId = memberId;
            return this;
        }

        /** @return a new Application of the components set so far */
        public Application build() {
            return new Application(id, person, orgId, stage, appliedOn, talkedOn, activistOn, contacts, candidateOn, introducers, politicalReview, trainingHours, publicNotice, admissionMeeting, approvedOn, memberId);
        }
    }
}
