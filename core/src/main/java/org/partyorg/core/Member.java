package org.partyorg.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.core.constraints.ValidMember;
import org.partyorg.core.constraints.ValidMobilePhone;
import org.partyorg.core.constraints.ValidResidentIdNumber;

/**
 * A Party member (党员), docs/format.md §4.
 *
 * <p>Immutable and thread-safe. Every component may be null so that bad data binds and is
 * reported (DOC-010 for missing required ones). {@code tags} is never null (absent means empty)
 * and is an unmodifiable copy. {@link #toString()} masks the ID number and phone (the record's
 * components do so themselves).
 *
 * @param id the member's id, unique among members
 * @param name the name
 * @param idNumber the 公民身份号码
 * @param sex GB/T 2261.1
 * @param birthDate the birth date
 * @param ethnicity GB/T 3304
 * @param education GB/T 4658, may be null
 * @param orgId the organization holding the formal organizational relationship (组织关系)
 * @param partyGroupId the 党小组 within that branch, may be null
 * @param stage 预备党员 or 正式党员
 * @param admittedOn 入党日期: the branch meeting that admitted the person as probationary member
 * @param fullMemberOn 转正日期, present iff {@code stage} is FULL
 * @param probationExtendedTo end of an extended probation, may be null
 * @param status the status
 * @param statusSince since when {@code status} holds, may be null
 * @param occupation the occupation category, may be null
 * @param phone a mainland mobile number, may be null
 * @param tags tags
 */
@ValidMember
public record Member(
        String id,
        String name,
        @ValidResidentIdNumber ResidentIdNumber idNumber,
        Sex sex,
        LocalDate birthDate,
        Ethnicity ethnicity,
        Education education,
        String orgId,
        String partyGroupId,
        MemberStage stage,
        LocalDate admittedOn,
        LocalDate fullMemberOn,
        LocalDate probationExtendedTo,
        MemberStatus status,
        LocalDate statusSince,
        Occupation occupation,
        @ValidMobilePhone PhoneNumber phone,
        List<MemberTag> tags) implements ExchangeRecord {

    /** Copies {@code tags}; null becomes empty. */
    public Member {
        tags = Lists.copy(tags);
    }

    /**
     * The end of probation: {@code probationExtendedTo} if set, else {@code admittedOn + 1 year}.
     *
     * @return the end, or empty when neither date is known
     */
    public Optional<LocalDate> probationEnd() {
        if (probationExtendedTo != null) {
            return Optional.of(probationExtendedTo);
        }
        return Optional.ofNullable(admittedOn).map(d -> d.plusYears(1));
    }

    /**
     * @param status the new status
     * @param since since when, may be null
     * @return a copy with that status
     */
    public Member withStatus(MemberStatus status, LocalDate since) {
        return new Member(id, name, idNumber, sex, birthDate, ethnicity, education, orgId, partyGroupId, stage,
                admittedOn, fullMemberOn, probationExtendedTo, status, since, occupation, phone, tags);
    }

    /**
     * @param orgId the new organization
     * @return a copy organized in that organization
     */
    public Member withOrgId(String orgId) {
        return new Member(id, name, idNumber, sex, birthDate, ethnicity, education, orgId, partyGroupId, stage,
                admittedOn, fullMemberOn, probationExtendedTo, status, statusSince, occupation, phone, tags);
    }


    /** @return {@link RecordType#MEMBER} */
    @Override
    public RecordType recordType() {
        return RecordType.MEMBER;
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
                .name(name)
                .idNumber(idNumber)
                .sex(sex)
                .birthDate(birthDate)
                .ethnicity(ethnicity)
                .education(education)
                .orgId(orgId)
                .partyGroupId(partyGroupId)
                .stage(stage)
                .admittedOn(admittedOn)
                .fullMemberOn(fullMemberOn)
                .probationExtendedTo(probationExtendedTo)
                .status(status)
                .statusSince(statusSince)
                .occupation(occupation)
                .phone(phone)
                .tags(tags);
    }

    /**
     * Builds a {@link Member} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String name;
        private ResidentIdNumber idNumber;
        private Sex sex;
        private LocalDate birthDate;
        private Ethnicity ethnicity;
        private Education education;
        private String orgId;
        private String partyGroupId;
        private MemberStage stage;
        private LocalDate admittedOn;
        private LocalDate fullMemberOn;
        private LocalDate probationExtendedTo;
        private MemberStatus status;
        private LocalDate statusSince;
        private Occupation occupation;
        private PhoneNumber phone;
        private List<MemberTag> tags;

        private Builder() {
        }

        /**
         * @param id the member's id, unique among members
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param idNumber the 公民身份号码
         * @return this builder
         */
        public Builder idNumber(ResidentIdNumber idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        /**
         * @param sex GB/T 2261.1
         * @return this builder
         */
        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        /**
         * @param birthDate the birth date
         * @return this builder
         */
        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /**
         * @param ethnicity GB/T 3304
         * @return this builder
         */
        public Builder ethnicity(Ethnicity ethnicity) {
            this.ethnicity = ethnicity;
            return this;
        }

        /**
         * @param education GB/T 4658, may be null
         * @return this builder
         */
        public Builder education(Education education) {
            this.education = education;
            return this;
        }

        /**
         * @param orgId the organization holding the formal organizational relationship (组织关系)
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * @param partyGroupId the 党小组 within that branch, may be null
         * @return this builder
         */
        public Builder partyGroupId(String partyGroupId) {
            this.partyGroupId = partyGroupId;
            return this;
        }

        /**
         * @param stage 预备党员 or 正式党员
         * @return this builder
         */
        public Builder stage(MemberStage stage) {
            this.stage = stage;
            return this;
        }

        /**
         * @param admittedOn 入党日期: the branch meeting that admitted the person as probationary member
         * @return this builder
         */
        public Builder admittedOn(LocalDate admittedOn) {
            this.admittedOn = admittedOn;
            return this;
        }

        /**
         * @param fullMemberOn 转正日期, present iff {@code stage} is FULL
         * @return this builder
         */
        public Builder fullMemberOn(LocalDate fullMemberOn) {
            this.fullMemberOn = fullMemberOn;
            return this;
        }

        /**
         * @param probationExtendedTo end of an extended probation, may be null
         * @return this builder
         */
        public Builder probationExtendedTo(LocalDate probationExtendedTo) {
            this.probationExtendedTo = probationExtendedTo;
            return this;
        }

        /**
         * @param status the status
         * @return this builder
         */
        public Builder status(MemberStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param statusSince since when {@code status} holds, may be null
         * @return this builder
         */
        public Builder statusSince(LocalDate statusSince) {
            this.statusSince = statusSince;
            return this;
        }

        /**
         * @param occupation the occupation category, may be null
         * @return this builder
         */
        public Builder occupation(Occupation occupation) {
            this.occupation = occupation;
            return this;
        }

        /**
         * @param phone a mainland mobile number, may be null
         * @return this builder
         */
        public Builder phone(PhoneNumber phone) {
            this.phone = phone;
            return this;
        }

        /**
         * @param tags tags
         * @return this builder
         */
        public Builder tags(List<MemberTag> tags) {
            this.tags = tags;
            return this;
        }

        /** @return a new Member of the components set so far */
        public Member build() {
            return new Member(id, name, idNumber, sex, birthDate, ethnicity, education, orgId, partyGroupId, stage, admittedOn, fullMemberOn, probationExtendedTo, status, statusSince, occupation, phone, tags);
        }
    }
}
