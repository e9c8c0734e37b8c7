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
}
