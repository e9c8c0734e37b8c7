package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partyorg.core.AdministrativeLevel;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ElectionForm;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.GridKind;
import org.partyorg.core.Honor;
import org.partyorg.core.HonorLevel;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.MemberTag;
import org.partyorg.core.Occupation;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PoliticalReview;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.RecordType;
import org.partyorg.core.Sector;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.ServiceTopic;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.TransferReason;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.Unit;
import org.partyorg.core.UnitKind;
import org.partyorg.core.Vote;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.Masking;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.core.internal.Texts;
import org.partyorg.validation.Rule;

/**
 * Binds the exchange format's JSON objects to records, straight from a parser of either Jackson line
 * (a {@link TokenSource}: {@link Jackson2Source} for the readers and the Jackson 2 module, the Jackson 3
 * module's own adapter for it), and
 * reports every shape problem instead of throwing: a wrong JSON type (DOC-011), a value outside
 * its enumeration or code list (DOC-012), an invalid date (DOC-013), an unknown field (DOC-015), a
 * repeated key (DOC-017). A value that cannot be bound is left null and marked unreadable, so no
 * other rule judges it; a repeated key keeps its first value.
 *
 * <p>Hand-written rather than Jackson databind: databind stops at the first bad value, and its
 * reflection costs more than the parsing itself at national scale (docs/design.md). The path of a problem
 * is relative to the record. Each method expects the parser on the object's {@code START_OBJECT}
 * and leaves it on the matching {@code END_OBJECT}.
 *
 * <p>Not thread-safe: one binder per reader run.
 */
public final class Binder {
    private static final CharLookup<OrgType> ORG_TYPES = new CharLookup<>(byName(OrgType.values()));
    private static final CharLookup<Sector> SECTORS = new CharLookup<>(byName(Sector.values()));
    private static final CharLookup<UnitKind> UNIT_KINDS = new CharLookup<>(byName(UnitKind.values()));
    private static final CharLookup<LeadershipForm> FORMS = new CharLookup<>(byName(LeadershipForm.values()));
    private static final CharLookup<OfficerRole> ROLES = new CharLookup<>(byName(OfficerRole.values()));
    private static final CharLookup<HonorLevel> HONOR_LEVELS = new CharLookup<>(byName(HonorLevel.values()));
    private static final CharLookup<MemberStage> STAGES = new CharLookup<>(byName(MemberStage.values()));
    private static final CharLookup<MemberStatus> MEMBER_STATUSES = new CharLookup<>(byName(MemberStatus.values()));
    private static final CharLookup<Occupation> OCCUPATIONS = new CharLookup<>(byName(Occupation.values()));
    private static final CharLookup<MemberTag> TAGS = new CharLookup<>(byName(MemberTag.values()));
    private static final CharLookup<GridKind> GRID_KINDS = new CharLookup<>(byName(GridKind.values()));
    private static final CharLookup<ServiceCategory> CATEGORIES = new CharLookup<>(byName(ServiceCategory.values()));
    private static final CharLookup<ServiceTopic> TOPICS = new CharLookup<>(byName(ServiceTopic.values()));
    private static final CharLookup<ServiceStatus> SERVICE_STATUSES = new CharLookup<>(byName(ServiceStatus.values()));
    private static final CharLookup<PostingRole> POSTING_ROLES = new CharLookup<>(byName(PostingRole.values()));
    private static final CharLookup<PostingStatus> POSTING_STATUSES = new CharLookup<>(byName(PostingStatus.values()));
    private static final CharLookup<AdministrativeLevel> LEVELS = new CharLookup<>(byName(AdministrativeLevel.values()));
    private static final CharLookup<ApplicationStage> APPLICATION_STAGES = new CharLookup<>(byName(ApplicationStage.values()));
    private static final CharLookup<PoliticalReview> REVIEWS = new CharLookup<>(byName(PoliticalReview.values()));
    private static final CharLookup<MeetingKind> MEETING_KINDS = new CharLookup<>(byName(MeetingKind.values()));
    private static final CharLookup<DuesCategory> DUES_CATEGORIES = new CharLookup<>(byName(DuesCategory.values()));
    private static final CharLookup<TransferStatus> TRANSFER_STATUSES = new CharLookup<>(byName(TransferStatus.values()));
    private static final CharLookup<TransferReason> TRANSFER_REASONS = new CharLookup<>(byName(TransferReason.values()));
    private static final CharLookup<ElectionForm> ELECTION_FORMS = new CharLookup<>(byName(ElectionForm.values()));
    private static final CharLookup<Sex> SEXES = new CharLookup<>(byCode(Sex.values(), Sex::code));
    private static final CharLookup<Ethnicity> ETHNICITIES = new CharLookup<>(byCode(Ethnicity.values(), Ethnicity::code));
    private static final CharLookup<Education> EDUCATIONS = new CharLookup<>(byCode(Education.values(), Education::code));

    private static final Fields ORGANIZATION_FIELDS = Fields.of("id", "name", "orgType", "sector", "parentId",
            "divisionCode", "establishedOn", "dissolvedOn", "hostUnits", "leadership", "honors", "approvalRef");
    private static final Fields MEMBER_FIELDS = Fields.of("id", "name", "idNumber", "sex", "birthDate", "ethnicity",
            "education", "orgId", "partyGroupId", "stage", "admittedOn", "fullMemberOn", "probationExtendedTo",
            "status", "statusSince", "occupation", "phone", "tags");
    private static final Fields GRID_FIELDS = Fields.of("id", "name", "code", "divisionCode", "kind", "leadOrgId",
            "leader", "workers", "villagerGroups", "households", "population");
    private static final Fields SERVICE_RECORD_FIELDS = Fields.of("id", "gridId", "date", "category", "topic",
            "status", "resolvedOn", "worker", "households");
    private static final Fields POSTING_FIELDS = Fields.of("id", "person", "role", "sendingUnit", "hostOrgId",
            "divisionCode", "startDate", "plannedEndDate", "endDate", "status", "previousPostingId");
    private static final Fields APPLICATION_FIELDS = Fields.of("id", "person", "orgId", "stage", "appliedOn",
            "talkedOn", "activistOn", "contacts", "candidateOn", "introducers", "politicalReview", "trainingHours",
            "publicNotice", "admissionMeeting", "approvedOn", "memberId");
    private static final Fields MEETING_FIELDS = Fields.of("id", "orgId", "kind", "heldOn", "expected", "present",
            "topic", "lecturer");
    private static final Fields DUES_PAYMENT_FIELDS = Fields.of("id", "memberId", "month", "category", "base",
            "amount", "paidOn");
    private static final Fields TRANSFER_FIELDS = Fields.of("id", "memberId", "fromOrgId", "toOrgId", "fromName",
            "toName", "issuedOn", "receivedOn", "status", "reason");
    private static final Fields ELECTION_FIELDS = Fields.of("id", "orgId", "heldOn", "form", "seats", "candidates",
            "eligible", "present", "elected", "termYears", "approvalRef");
    private static final Fields PUBLIC_NOTICE_FIELDS = Fields.of("from", "to");
    private static final Fields VOTE_FIELDS = Fields.of("heldOn", "eligible", "present", "inFavor");
    private static final Fields ELECTED_MEMBER_FIELDS = Fields.of("memberId", "votes");
    private static final Fields SOURCE_FIELDS = Fields.of("system", "exportedAt");
    private static final Fields UNIT_FIELDS = Fields.of("name", "creditCode", "unitKind");
    private static final Fields LEADERSHIP_FIELDS = Fields.of("form", "electedOn", "termYears", "officers");
    private static final Fields OFFICER_FIELDS = Fields.of("memberId", "role", "concurrentVillageDirector");
    private static final Fields HONOR_FIELDS = Fields.of("title", "level", "year", "awardedBy");
    private static final Fields PERSON_FIELDS = Fields.of("name", "memberId", "idNumber", "phone");
    private static final Fields SENDING_UNIT_FIELDS = Fields.of("name", "creditCode", "level", "unitKind");

    private final BindContext c;
    /** Per kind of object, per field number (and one more for the start), the field that followed it last. */
    private final int[][] likelyNext = new int[Fields.MAX_KINDS][];
    private final long[] seen = new long[64];
    private final List<Set<String>> unknownSeen = new ArrayList<>();
    private int level = -1;

    /**
     * @param context where problems go
     */
    public Binder(BindContext context) {
        this.c = context;
        for (int i = 0; i < seen.length; i++) {
            unknownSeen.add(null);
        }
    }

    /** @return the context */
    public BindContext context() {
        return c;
    }

    // ------------------------------------------------------------------ records

    /**
     * Binds a record of the given type.
     *
     * @param type the record type
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the record
     * @throws IOException on malformed JSON or a read limit
     */
    public ExchangeRecord record(RecordType type, TokenSource p, RecordTypeField recordType) throws IOException {
        // a stream line broken inside a nested object left its levels entered: each line starts afresh
        level = -1;
        return switch (type) {
            case ORGANIZATION -> organization(p, recordType);
            case MEMBER -> member(p, recordType);
            case GRID -> grid(p, recordType);
            case SERVICE_RECORD -> serviceRecord(p, recordType);
            case POSTING -> posting(p, recordType);
            case APPLICATION -> application(p, recordType);
            case MEETING -> meeting(p, recordType);
            case DUES_PAYMENT -> duesPayment(p, recordType);
            case TRANSFER -> transfer(p, recordType);
            case ELECTION -> election(p, recordType);
        };
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType whether the object is a stream line whose {@code recordType} field was
     *     consumed already or is still ahead, or a document record (no such field)
     * @return the organization
     * @throws IOException on malformed JSON or a read limit
     */
    public Organization organization(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String name = null;
        OrgType orgType = null;
        Sector sector = null;
        String parentId = null;
        DivisionCode divisionCode = null;
        LocalDate establishedOn = null;
        LocalDate dissolvedOn = null;
        List<Unit> hostUnits = null;
        Leadership leadership = null;
        List<Honor> honors = null;
        String approvalRef = null;
        enter(recordType);
        for (int k = nextField(p, ORGANIZATION_FIELDS, -1); k != Fields.END; k = nextField(p, ORGANIZATION_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : ORGANIZATION_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> name = first(k, p, f) ? string(p, f) : name;
                case 2 -> orgType = first(k, p, f) ? choice(p, f, ORG_TYPES) : orgType;
                case 3 -> sector = first(k, p, f) ? choice(p, f, SECTORS) : sector;
                case 4 -> parentId = first(k, p, f) ? string(p, f) : parentId;
                case 5 -> divisionCode = first(k, p, f) ? division(p, f) : divisionCode;
                case 6 -> establishedOn = first(k, p, f) ? date(p, f) : establishedOn;
                case 7 -> dissolvedOn = first(k, p, f) ? date(p, f) : dissolvedOn;
                case 8 -> hostUnits = first(k, p, f) ? objects(p, f, this::unit) : hostUnits;
                case 9 -> leadership = first(k, p, f) ? object(p, f, this::leadership) : leadership;
                case 10 -> honors = first(k, p, f) ? objects(p, f, this::honor) : honors;
                case 11 -> approvalRef = first(k, p, f) ? string(p, f) : approvalRef;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Organization(id, name, orgType, sector, parentId, divisionCode, establishedOn, dissolvedOn, hostUnits,
                leadership, honors, approvalRef);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the member
     * @throws IOException on malformed JSON or a read limit
     */
    public Member member(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String name = null;
        ResidentIdNumber idNumber = null;
        Sex sex = null;
        LocalDate birthDate = null;
        Ethnicity ethnicity = null;
        Education education = null;
        String orgId = null;
        String partyGroupId = null;
        MemberStage stage = null;
        LocalDate admittedOn = null;
        LocalDate fullMemberOn = null;
        LocalDate probationExtendedTo = null;
        MemberStatus status = null;
        LocalDate statusSince = null;
        Occupation occupation = null;
        PhoneNumber phone = null;
        List<MemberTag> tags = null;
        enter(recordType);
        for (int k = nextField(p, MEMBER_FIELDS, -1); k != Fields.END; k = nextField(p, MEMBER_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : MEMBER_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> name = first(k, p, f) ? string(p, f) : name;
                case 2 -> idNumber = first(k, p, f) ? idNumber(p, f) : idNumber;
                case 3 -> sex = first(k, p, f) ? choice(p, f, SEXES) : sex;
                case 4 -> birthDate = first(k, p, f) ? date(p, f) : birthDate;
                case 5 -> ethnicity = first(k, p, f) ? choice(p, f, ETHNICITIES) : ethnicity;
                case 6 -> education = first(k, p, f) ? choice(p, f, EDUCATIONS) : education;
                case 7 -> orgId = first(k, p, f) ? string(p, f) : orgId;
                case 8 -> partyGroupId = first(k, p, f) ? string(p, f) : partyGroupId;
                case 9 -> stage = first(k, p, f) ? choice(p, f, STAGES) : stage;
                case 10 -> admittedOn = first(k, p, f) ? date(p, f) : admittedOn;
                case 11 -> fullMemberOn = first(k, p, f) ? date(p, f) : fullMemberOn;
                case 12 -> probationExtendedTo = first(k, p, f) ? date(p, f) : probationExtendedTo;
                case 13 -> status = first(k, p, f) ? choice(p, f, MEMBER_STATUSES) : status;
                case 14 -> statusSince = first(k, p, f) ? date(p, f) : statusSince;
                case 15 -> occupation = first(k, p, f) ? choice(p, f, OCCUPATIONS) : occupation;
                case 16 -> phone = first(k, p, f) ? phone(p, f) : phone;
                case 17 -> tags = first(k, p, f) ? choices(p, f, TAGS) : tags;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Member(id, name, idNumber, sex, birthDate, ethnicity, education, orgId, partyGroupId, stage, admittedOn,
                fullMemberOn, probationExtendedTo, status, statusSince, occupation, phone, tags);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the grid
     * @throws IOException on malformed JSON or a read limit
     */
    public Grid grid(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String name = null;
        GridCode code = null;
        DivisionCode divisionCode = null;
        GridKind kind = null;
        String leadOrgId = null;
        PersonRef leader = null;
        List<PersonRef> workers = null;
        List<String> villagerGroups = null;
        Integer households = null;
        Integer population = null;
        enter(recordType);
        for (int k = nextField(p, GRID_FIELDS, -1); k != Fields.END; k = nextField(p, GRID_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : GRID_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> name = first(k, p, f) ? string(p, f) : name;
                case 2 -> code = first(k, p, f) ? gridCode(p, f) : code;
                case 3 -> divisionCode = first(k, p, f) ? division(p, f) : divisionCode;
                case 4 -> kind = first(k, p, f) ? choice(p, f, GRID_KINDS) : kind;
                case 5 -> leadOrgId = first(k, p, f) ? string(p, f) : leadOrgId;
                case 6 -> leader = first(k, p, f) ? object(p, f, this::person) : leader;
                case 7 -> workers = first(k, p, f) ? objects(p, f, this::person) : workers;
                case 8 -> villagerGroups = first(k, p, f) ? strings(p, f) : villagerGroups;
                case 9 -> households = first(k, p, f) ? integer(p, f) : households;
                case 10 -> population = first(k, p, f) ? integer(p, f) : population;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Grid(id, name, code, divisionCode, kind, leadOrgId, leader, workers, villagerGroups, households, population);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the service record
     * @throws IOException on malformed JSON or a read limit
     */
    public ServiceRecord serviceRecord(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String gridId = null;
        LocalDate date = null;
        ServiceCategory category = null;
        ServiceTopic topic = null;
        ServiceStatus status = null;
        LocalDate resolvedOn = null;
        PersonRef worker = null;
        Integer households = null;
        enter(recordType);
        for (int k = nextField(p, SERVICE_RECORD_FIELDS, -1); k != Fields.END; k = nextField(p, SERVICE_RECORD_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : SERVICE_RECORD_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> gridId = first(k, p, f) ? string(p, f) : gridId;
                case 2 -> date = first(k, p, f) ? date(p, f) : date;
                case 3 -> category = first(k, p, f) ? choice(p, f, CATEGORIES) : category;
                case 4 -> topic = first(k, p, f) ? choice(p, f, TOPICS) : topic;
                case 5 -> status = first(k, p, f) ? choice(p, f, SERVICE_STATUSES) : status;
                case 6 -> resolvedOn = first(k, p, f) ? date(p, f) : resolvedOn;
                case 7 -> worker = first(k, p, f) ? object(p, f, this::person) : worker;
                case 8 -> households = first(k, p, f) ? integer(p, f) : households;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new ServiceRecord(id, gridId, date, category, topic, status, resolvedOn, worker, households);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the posting
     * @throws IOException on malformed JSON or a read limit
     */
    public Posting posting(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        PersonRef person = null;
        PostingRole role = null;
        SendingUnit sendingUnit = null;
        String hostOrgId = null;
        DivisionCode divisionCode = null;
        LocalDate startDate = null;
        LocalDate plannedEndDate = null;
        LocalDate endDate = null;
        PostingStatus status = null;
        String previousPostingId = null;
        enter(recordType);
        for (int k = nextField(p, POSTING_FIELDS, -1); k != Fields.END; k = nextField(p, POSTING_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : POSTING_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> person = first(k, p, f) ? object(p, f, this::person) : person;
                case 2 -> role = first(k, p, f) ? choice(p, f, POSTING_ROLES) : role;
                case 3 -> sendingUnit = first(k, p, f) ? object(p, f, this::sendingUnit) : sendingUnit;
                case 4 -> hostOrgId = first(k, p, f) ? string(p, f) : hostOrgId;
                case 5 -> divisionCode = first(k, p, f) ? division(p, f) : divisionCode;
                case 6 -> startDate = first(k, p, f) ? date(p, f) : startDate;
                case 7 -> plannedEndDate = first(k, p, f) ? date(p, f) : plannedEndDate;
                case 8 -> endDate = first(k, p, f) ? date(p, f) : endDate;
                case 9 -> status = first(k, p, f) ? choice(p, f, POSTING_STATUSES) : status;
                case 10 -> previousPostingId = first(k, p, f) ? string(p, f) : previousPostingId;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Posting(id, person, role, sendingUnit, hostOrgId, divisionCode, startDate, plannedEndDate, endDate, status,
                previousPostingId);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the application (format 1.1)
     * @throws IOException on malformed JSON or a read limit
     */
    public Application application(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        PersonRef person = null;
        String orgId = null;
        ApplicationStage stage = null;
        LocalDate appliedOn = null;
        LocalDate talkedOn = null;
        LocalDate activistOn = null;
        List<String> contacts = null;
        LocalDate candidateOn = null;
        List<String> introducers = null;
        PoliticalReview politicalReview = null;
        Integer trainingHours = null;
        PublicNotice publicNotice = null;
        Vote admissionMeeting = null;
        LocalDate approvedOn = null;
        String memberId = null;
        enter(recordType);
        for (int k = nextField(p, APPLICATION_FIELDS, -1); k != Fields.END; k = nextField(p, APPLICATION_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : APPLICATION_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> person = first(k, p, f) ? object(p, f, this::person) : person;
                case 2 -> orgId = first(k, p, f) ? string(p, f) : orgId;
                case 3 -> stage = first(k, p, f) ? choice(p, f, APPLICATION_STAGES) : stage;
                case 4 -> appliedOn = first(k, p, f) ? date(p, f) : appliedOn;
                case 5 -> talkedOn = first(k, p, f) ? date(p, f) : talkedOn;
                case 6 -> activistOn = first(k, p, f) ? date(p, f) : activistOn;
                case 7 -> contacts = first(k, p, f) ? strings(p, f) : contacts;
                case 8 -> candidateOn = first(k, p, f) ? date(p, f) : candidateOn;
                case 9 -> introducers = first(k, p, f) ? strings(p, f) : introducers;
                case 10 -> politicalReview = first(k, p, f) ? choice(p, f, REVIEWS) : politicalReview;
                case 11 -> trainingHours = first(k, p, f) ? integer(p, f) : trainingHours;
                case 12 -> publicNotice = first(k, p, f) ? object(p, f, this::publicNotice) : publicNotice;
                case 13 -> admissionMeeting = first(k, p, f) ? object(p, f, this::vote) : admissionMeeting;
                case 14 -> approvedOn = first(k, p, f) ? date(p, f) : approvedOn;
                case 15 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Application(id, person, orgId, stage, appliedOn, talkedOn, activistOn, contacts, candidateOn, introducers,
                politicalReview, trainingHours, publicNotice, admissionMeeting, approvedOn, memberId);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the meeting (format 1.1)
     * @throws IOException on malformed JSON or a read limit
     */
    public Meeting meeting(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String orgId = null;
        MeetingKind kind = null;
        LocalDate heldOn = null;
        Integer expected = null;
        Integer present = null;
        String topic = null;
        PersonRef lecturer = null;
        enter(recordType);
        for (int k = nextField(p, MEETING_FIELDS, -1); k != Fields.END; k = nextField(p, MEETING_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : MEETING_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> orgId = first(k, p, f) ? string(p, f) : orgId;
                case 2 -> kind = first(k, p, f) ? choice(p, f, MEETING_KINDS) : kind;
                case 3 -> heldOn = first(k, p, f) ? date(p, f) : heldOn;
                case 4 -> expected = first(k, p, f) ? integer(p, f) : expected;
                case 5 -> present = first(k, p, f) ? integer(p, f) : present;
                case 6 -> topic = first(k, p, f) ? string(p, f) : topic;
                case 7 -> lecturer = first(k, p, f) ? object(p, f, this::person) : lecturer;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Meeting(id, orgId, kind, heldOn, expected, present, topic, lecturer);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the dues payment (format 1.1)
     * @throws IOException on malformed JSON or a read limit
     */
    public DuesPayment duesPayment(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String memberId = null;
        YearMonth month = null;
        DuesCategory category = null;
        BigDecimal base = null;
        BigDecimal amount = null;
        LocalDate paidOn = null;
        enter(recordType);
        for (int k = nextField(p, DUES_PAYMENT_FIELDS, -1); k != Fields.END; k = nextField(p, DUES_PAYMENT_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : DUES_PAYMENT_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                case 2 -> month = first(k, p, f) ? month(p, f) : month;
                case 3 -> category = first(k, p, f) ? choice(p, f, DUES_CATEGORIES) : category;
                case 4 -> base = first(k, p, f) ? money(p, f) : base;
                case 5 -> amount = first(k, p, f) ? money(p, f) : amount;
                case 6 -> paidOn = first(k, p, f) ? date(p, f) : paidOn;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new DuesPayment(id, memberId, month, category, base, amount, paidOn);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the transfer (format 1.1)
     * @throws IOException on malformed JSON or a read limit
     */
    public Transfer transfer(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String memberId = null;
        String fromOrgId = null;
        String toOrgId = null;
        String fromName = null;
        String toName = null;
        LocalDate issuedOn = null;
        LocalDate receivedOn = null;
        TransferStatus status = null;
        TransferReason reason = null;
        enter(recordType);
        for (int k = nextField(p, TRANSFER_FIELDS, -1); k != Fields.END; k = nextField(p, TRANSFER_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : TRANSFER_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                case 2 -> fromOrgId = first(k, p, f) ? string(p, f) : fromOrgId;
                case 3 -> toOrgId = first(k, p, f) ? string(p, f) : toOrgId;
                case 4 -> fromName = first(k, p, f) ? string(p, f) : fromName;
                case 5 -> toName = first(k, p, f) ? string(p, f) : toName;
                case 6 -> issuedOn = first(k, p, f) ? date(p, f) : issuedOn;
                case 7 -> receivedOn = first(k, p, f) ? date(p, f) : receivedOn;
                case 8 -> status = first(k, p, f) ? choice(p, f, TRANSFER_STATUSES) : status;
                case 9 -> reason = first(k, p, f) ? choice(p, f, TRANSFER_REASONS) : reason;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Transfer(id, memberId, fromOrgId, toOrgId, fromName, toName, issuedOn, receivedOn, status, reason);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @param recordType where the object's {@code recordType} field is, if it has one
     * @return the election (format 1.1)
     * @throws IOException on malformed JSON or a read limit
     */
    public Election election(TokenSource p, RecordTypeField recordType) throws IOException {
        String id = null;
        String orgId = null;
        LocalDate heldOn = null;
        ElectionForm form = null;
        Integer seats = null;
        Integer candidates = null;
        Integer eligible = null;
        Integer present = null;
        List<ElectedMember> elected = null;
        Integer termYears = null;
        String approvalRef = null;
        enter(recordType);
        for (int k = nextField(p, ELECTION_FIELDS, -1); k != Fields.END; k = nextField(p, ELECTION_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : ELECTION_FIELDS.name(k);
            switch (k) {
                case 0 -> id = first(k, p, f) ? string(p, f) : id;
                case 1 -> orgId = first(k, p, f) ? string(p, f) : orgId;
                case 2 -> heldOn = first(k, p, f) ? date(p, f) : heldOn;
                case 3 -> form = first(k, p, f) ? choice(p, f, ELECTION_FORMS) : form;
                case 4 -> seats = first(k, p, f) ? integer(p, f) : seats;
                case 5 -> candidates = first(k, p, f) ? integer(p, f) : candidates;
                case 6 -> eligible = first(k, p, f) ? integer(p, f) : eligible;
                case 7 -> present = first(k, p, f) ? integer(p, f) : present;
                case 8 -> elected = first(k, p, f) ? objects(p, f, this::electedMember) : elected;
                case 9 -> termYears = first(k, p, f) ? integer(p, f) : termYears;
                case 10 -> approvalRef = first(k, p, f) ? string(p, f) : approvalRef;
                default -> other(p, f, recordType);
            }
        }
        exit();
        return new Election(id, orgId, heldOn, form, seats, candidates, eligible, present, elected, termYears, approvalRef);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return an application's public notice
     * @throws IOException on malformed JSON or a read limit
     */
    public PublicNotice publicNotice(TokenSource p) throws IOException {
        LocalDate from = null;
        LocalDate to = null;
        enter();
        for (int k = nextField(p, PUBLIC_NOTICE_FIELDS, -1); k != Fields.END; k = nextField(p, PUBLIC_NOTICE_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : PUBLIC_NOTICE_FIELDS.name(k);
            switch (k) {
                case 0 -> from = first(k, p, f) ? date(p, f) : from;
                case 1 -> to = first(k, p, f) ? date(p, f) : to;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new PublicNotice(from, to);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return an application's admission meeting
     * @throws IOException on malformed JSON or a read limit
     */
    public Vote vote(TokenSource p) throws IOException {
        LocalDate heldOn = null;
        Integer eligible = null;
        Integer present = null;
        Integer inFavor = null;
        enter();
        for (int k = nextField(p, VOTE_FIELDS, -1); k != Fields.END; k = nextField(p, VOTE_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : VOTE_FIELDS.name(k);
            switch (k) {
                case 0 -> heldOn = first(k, p, f) ? date(p, f) : heldOn;
                case 1 -> eligible = first(k, p, f) ? integer(p, f) : eligible;
                case 2 -> present = first(k, p, f) ? integer(p, f) : present;
                case 3 -> inFavor = first(k, p, f) ? integer(p, f) : inFavor;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Vote(heldOn, eligible, present, inFavor);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return one entry of an election's {@code elected}
     * @throws IOException on malformed JSON or a read limit
     */
    public ElectedMember electedMember(TokenSource p) throws IOException {
        String memberId = null;
        Integer votes = null;
        enter();
        for (int k = nextField(p, ELECTED_MEMBER_FIELDS, -1); k != Fields.END; k = nextField(p, ELECTED_MEMBER_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : ELECTED_MEMBER_FIELDS.name(k);
            switch (k) {
                case 0 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                case 1 -> votes = first(k, p, f) ? integer(p, f) : votes;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new ElectedMember(memberId, votes);
    }

    /**
     * The dataset's {@code source}.
     *
     * @param p the parser on {@code START_OBJECT}
     * @return the source
     * @throws IOException on malformed JSON or a read limit
     */
    public Source source(TokenSource p) throws IOException {
        level = -1;
        String system = null;
        OffsetDateTime exportedAt = null;
        enter();
        for (int k = nextField(p, SOURCE_FIELDS, -1); k != Fields.END; k = nextField(p, SOURCE_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : SOURCE_FIELDS.name(k);
            switch (k) {
                case 0 -> system = first(k, p, f) ? string(p, f) : system;
                case 1 -> exportedAt = first(k, p, f) ? timestamp(p, f) : exportedAt;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Source(system, exportedAt);
    }

    // ------------------------------------------------------------------ parts

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the Unit
     * @throws IOException on malformed JSON or a read limit
     */
    public Unit unit(TokenSource p) throws IOException {
        String name = null;
        CreditCode creditCode = null;
        UnitKind unitKind = null;
        enter();
        for (int k = nextField(p, UNIT_FIELDS, -1); k != Fields.END; k = nextField(p, UNIT_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : UNIT_FIELDS.name(k);
            switch (k) {
                case 0 -> name = first(k, p, f) ? string(p, f) : name;
                case 1 -> creditCode = first(k, p, f) ? creditCode(p, f) : creditCode;
                case 2 -> unitKind = first(k, p, f) ? choice(p, f, UNIT_KINDS) : unitKind;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Unit(name, creditCode, unitKind);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the Leadership
     * @throws IOException on malformed JSON or a read limit
     */
    public Leadership leadership(TokenSource p) throws IOException {
        LeadershipForm form = null;
        LocalDate electedOn = null;
        Integer termYears = null;
        List<Officer> officers = null;
        enter();
        for (int k = nextField(p, LEADERSHIP_FIELDS, -1); k != Fields.END; k = nextField(p, LEADERSHIP_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : LEADERSHIP_FIELDS.name(k);
            switch (k) {
                case 0 -> form = first(k, p, f) ? choice(p, f, FORMS) : form;
                case 1 -> electedOn = first(k, p, f) ? date(p, f) : electedOn;
                case 2 -> termYears = first(k, p, f) ? integer(p, f) : termYears;
                case 3 -> officers = first(k, p, f) ? objects(p, f, this::officer) : officers;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Leadership(form, electedOn, termYears, officers);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the Officer
     * @throws IOException on malformed JSON or a read limit
     */
    public Officer officer(TokenSource p) throws IOException {
        String memberId = null;
        OfficerRole role = null;
        Boolean concurrent = null;
        enter();
        for (int k = nextField(p, OFFICER_FIELDS, -1); k != Fields.END; k = nextField(p, OFFICER_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : OFFICER_FIELDS.name(k);
            switch (k) {
                case 0 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                case 1 -> role = first(k, p, f) ? choice(p, f, ROLES) : role;
                case 2 -> concurrent = first(k, p, f) ? bool(p, f) : concurrent;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Officer(memberId, role, concurrent);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the Honor
     * @throws IOException on malformed JSON or a read limit
     */
    public Honor honor(TokenSource p) throws IOException {
        String title = null;
        HonorLevel level = null;
        Integer year = null;
        String awardedBy = null;
        enter();
        for (int k = nextField(p, HONOR_FIELDS, -1); k != Fields.END; k = nextField(p, HONOR_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : HONOR_FIELDS.name(k);
            switch (k) {
                case 0 -> title = first(k, p, f) ? string(p, f) : title;
                case 1 -> level = first(k, p, f) ? choice(p, f, HONOR_LEVELS) : level;
                case 2 -> year = first(k, p, f) ? integer(p, f) : year;
                case 3 -> awardedBy = first(k, p, f) ? string(p, f) : awardedBy;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new Honor(title, level, year, awardedBy);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the PersonRef
     * @throws IOException on malformed JSON or a read limit
     */
    public PersonRef person(TokenSource p) throws IOException {
        String name = null;
        String memberId = null;
        ResidentIdNumber idNumber = null;
        PhoneNumber phone = null;
        enter();
        for (int k = nextField(p, PERSON_FIELDS, -1); k != Fields.END; k = nextField(p, PERSON_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : PERSON_FIELDS.name(k);
            switch (k) {
                case 0 -> name = first(k, p, f) ? string(p, f) : name;
                case 1 -> memberId = first(k, p, f) ? string(p, f) : memberId;
                case 2 -> idNumber = first(k, p, f) ? idNumber(p, f) : idNumber;
                case 3 -> phone = first(k, p, f) ? phone(p, f) : phone;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new PersonRef(name, memberId, idNumber, phone);
    }

    /**
     * @param p the parser on {@code START_OBJECT}
     * @return the SendingUnit
     * @throws IOException on malformed JSON or a read limit
     */
    public SendingUnit sendingUnit(TokenSource p) throws IOException {
        String name = null;
        CreditCode creditCode = null;
        AdministrativeLevel level = null;
        UnitKind unitKind = null;
        enter();
        for (int k = nextField(p, SENDING_UNIT_FIELDS, -1); k != Fields.END; k = nextField(p, SENDING_UNIT_FIELDS, k)) {
            String f = k == Fields.OTHER ? p.currentName() : SENDING_UNIT_FIELDS.name(k);
            switch (k) {
                case 0 -> name = first(k, p, f) ? string(p, f) : name;
                case 1 -> creditCode = first(k, p, f) ? creditCode(p, f) : creditCode;
                case 2 -> level = first(k, p, f) ? choice(p, f, LEVELS) : level;
                case 3 -> unitKind = first(k, p, f) ? choice(p, f, UNIT_KINDS) : unitKind;
                default -> other(p, f, RecordTypeField.NONE);
            }
        }
        exit();
        return new SendingUnit(name, creditCode, level, unitKind);
    }

    // ------------------------------------------------------------------ object bookkeeping

    /** A reader of one nested object. */
    @FunctionalInterface
    private interface ObjectBinder<T> {
        T bind(TokenSource p) throws IOException;
    }

    /** Where a stream line's {@code recordType} field is. */
    public enum RecordTypeField {
        /** A document record: {@code recordType} is an unknown field. */
        NONE,
        /** A stream line whose {@code recordType} the reader already read. */
        CONSUMED,
        /** A stream line whose {@code recordType} comes among the fields still to read. */
        AHEAD
    }

    private void enter() {
        level++;
        seen[level] = 0;
        unknownSeen.set(level, null);
    }

    private void enter(RecordTypeField recordType) {
        enter();
        if (recordType == RecordTypeField.CONSUMED) {
            seen[level] |= RECORD_TYPE_BIT;
        }
    }

    private static final long RECORD_TYPE_BIT = 1L << 63;

    private void exit() {
        level--;
    }

    /**
     * @param previous the number of the field before, or a negative number at the object's start or after an unknown field
     * @return the next field's number with the parser on its value, {@link Fields#OTHER} for an
     *     unknown name, or {@link Fields#END} at the end of the object
     */
    private int nextField(TokenSource p, Fields fields, int previous) throws IOException {
        int[] next = likelyNext[fields.id()];
        if (next == null) {
            next = new int[fields.size() + 1];
            for (int i = 0; i < fields.size(); i++) {
                next[i] = i + 1 == fields.size() ? 0 : i + 1; // the start (last slot) expects the first
            }
            likelyNext[fields.id()] = next;
        }
        int from = previous < 0 ? fields.size() : previous;
        int k = p.nextField(fields, next[from]);
        if (k >= 0) {
            next[from] = k;
        }
        return k;
    }

    /**
     * @return whether this is the field's first occurrence in the object; a repeat is reported
     *     (DOC-017) and its value skipped, so the first value stays
     */
    private boolean first(int bit, TokenSource p, String field) throws IOException {
        long mask = 1L << bit;
        if ((seen[level] & mask) != 0) {
            c.problem(Rule.DOC_017, field, "field", field);
            Skip.value(p);
            return false;
        }
        seen[level] |= mask;
        return true;
    }

    /** An unknown field (DOC-015, or DOC-017 when repeated), or the stream line's recordType. */
    private void other(TokenSource p, String field, RecordTypeField recordType) throws IOException {
        if (recordType != RecordTypeField.NONE && level == 0 && field.equals("recordType")) {
            if (!first(63, p, field)) {
                return;
            }
            Skip.value(p);
            return;
        }
        Set<String> names = unknownSeen.get(level);
        if (names == null) {
            names = new HashSet<>(4);
            unknownSeen.set(level, names);
        }
        c.problem(names.add(field) ? Rule.DOC_015 : Rule.DOC_017, field, "field", BindContext.escape(field));
        Skip.value(p);
    }

    private <T> T object(TokenSource p, String field, ObjectBinder<T> binder) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return null;
        }
        if (t != Token.START_OBJECT) {
            return wrongType(p, field, "object");
        }
        c.push(field);
        T value = binder.bind(p);
        c.pop();
        return value;
    }

    private <T> List<T> objects(TokenSource p, String field, ObjectBinder<T> binder) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return null;
        }
        if (t != Token.START_ARRAY) {
            return wrongType(p, field, "array");
        }
        List<T> out = new ArrayList<>();
        c.push(field);
        int i = 0;
        for (t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken(), i++) {
            if (t == Token.START_OBJECT) {
                c.push(Integer.toString(i));
                out.add(binder.bind(p));
                c.pop();
            } else {
                wrongType(p, Integer.toString(i), "object");
            }
        }
        c.pop();
        return out;
    }

    private <E> List<E> choices(TokenSource p, String field, CharLookup<E> values) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return null;
        }
        if (t != Token.START_ARRAY) {
            return wrongType(p, field, "array");
        }
        List<E> out = new ArrayList<>();
        c.push(field);
        int i = 0;
        for (t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken(), i++) {
            E e = choice(p, Integer.toString(i), values);
            if (e != null) {
                out.add(e);
            } else if (t == Token.VALUE_NULL) {
                wrongType(p, Integer.toString(i), "string");
            }
        }
        c.pop();
        return out;
    }

    private List<String> strings(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return null;
        }
        if (t != Token.START_ARRAY) {
            return wrongType(p, field, "array");
        }
        List<String> out = new ArrayList<>();
        c.push(field);
        int i = 0;
        for (t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken(), i++) {
            if (t == Token.VALUE_STRING) {
                out.add(p.getText());
            } else {
                wrongType(p, Integer.toString(i), "string");
            }
        }
        c.pop();
        return out;
    }

    // ------------------------------------------------------------------ scalar values

    private String string(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            return p.getText();
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "string");
    }

    private <E> E choice(TokenSource p, String field, CharLookup<E> values) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            E e = values.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (e == null) {
                c.problem(Rule.DOC_012, field, "field", c.path(field), "value", quote(p.getText()));
                c.unreadable(field);
            }
            return e;
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "string");
    }

    private LocalDate date(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            LocalDate d = IsoDates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (d == null) {
                c.problem(Rule.DOC_013, field, "field", c.path(field), "value", quote(p.getText()));
                c.unreadable(field);
            }
            return d;
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "string (date)");
    }

    /** A month {@code YYYY-MM}: anything else is DOC-013, as a bad date is (docs/format.md, DuesPayment). */
    private YearMonth month(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            String text = p.getText();
            YearMonth m = IsoDates.parseMonth(text);
            if (m == null) {
                c.problem(Rule.DOC_013, field, "field", c.path(field), "value", quote(text));
                c.unreadable(field);
            }
            return m;
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "string (month)");
    }

    /**
     * Money in yuan: a JSON number read as a decimal, never a binary float; negative or with more than
     * two decimal places is DOC-014 (docs/format.md, format 1.1).
     */
    private BigDecimal money(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NUMBER_INT || t == Token.VALUE_NUMBER_FLOAT) {
            BigDecimal d = p.getDecimalValue();
            boolean cents = d != null && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 2);
            if (d == null || d.signum() < 0 || !cents) {
                String text = p.getText();
                c.problem(Rule.DOC_014, field, "field", c.path(field), "value", Texts.shorten(text, 43),
                        "constraint", "≥ 0, at most 2 decimals");
                c.unreadable(field);
                return null;
            }
            return d;
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "number (money)");
    }

    private OffsetDateTime timestamp(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            String text = p.getText();
            try {
                // RFC 3339 (the schema's date-time): seconds are required, though ISO 8601 would allow leaving them out
                if (text.length() < 19 || text.charAt(16) != ':') {
                    throw new DateTimeParseException("no seconds", text, 0);
                }
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                c.problem(Rule.DOC_013, field, "field", c.path(field), "value", quote(text));
                c.unreadable(field);
                return null;
            }
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "string (timestamp)");
    }

    private Integer integer(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NUMBER_INT) {
            if (p.isInt()) {
                return p.getIntValue();
            }
            return outOfRange(field, p.getText());
        }
        if (t == Token.VALUE_NUMBER_FLOAT) {
            // 3.0 is the integer 3 in JSON Schema; 3.5 is not an integer
            BigDecimal d = p.getDecimalValue();
            if (d == null) {
                // 1e-2147483649 is no integer, as 0.5 is not; 1e+2147483648 is an integer beyond the range
                return TokenSource.hasNegativeExponent(p.getText()) ? wrongType(p, field, "integer") : outOfRange(field, p.getText());
            }
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.intValueExact();
                } catch (ArithmeticException e) {
                    return outOfRange(field, p.getText());
                }
            }
            return wrongType(p, field, "integer");
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "integer");
    }

    private Integer outOfRange(String field, String text) {
        c.problem(Rule.DOC_014, field, "field", c.path(field), "value", Texts.shorten(text, 43),
                "constraint", "0.." + Integer.MAX_VALUE);
        c.unreadable(field);
        return null;
    }

    private Boolean bool(TokenSource p, String field) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_TRUE || t == Token.VALUE_FALSE) {
            return t == Token.VALUE_TRUE;
        }
        return t == Token.VALUE_NULL ? null : wrongType(p, field, "boolean");
    }

    private ResidentIdNumber idNumber(TokenSource p, String field) throws IOException {
        String s = string(p, field);
        return s == null ? null : ResidentIdNumber.lenient(s);
    }

    private PhoneNumber phone(TokenSource p, String field) throws IOException {
        String s = string(p, field);
        return s == null ? null : PhoneNumber.lenient(s);
    }

    private CreditCode creditCode(TokenSource p, String field) throws IOException {
        String s = string(p, field);
        return s == null ? null : CreditCode.lenient(s);
    }

    private DivisionCode division(TokenSource p, String field) throws IOException {
        String s = string(p, field);
        return s == null ? null : DivisionCode.lenient(s);
    }

    private GridCode gridCode(TokenSource p, String field) throws IOException {
        String s = string(p, field);
        return s == null ? null : GridCode.lenient(s);
    }

    /** DOC-011: reports, skips the value, marks the field unreadable. */
    private <T> T wrongType(TokenSource p, String field, String expected) throws IOException {
        c.problem(Rule.DOC_011, field, "field", c.path(field), "expected", expected, "actual", describe(p.currentToken()));
        c.unreadable(field);
        Skip.value(p);
        return null;
    }

    /**
     * @param t a token
     * @return the JSON type it starts, for messages
     */
    public static String describe(Token t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /**
     * @param text a value from the input
     * @return it quoted for a message, masking what looks like an ID or phone number (it may be one, misplaced)
     */
    public static String quote(String text) {
        String masked = Masking.scrubPersonal(text);
        return "\"" + Texts.shorten(masked, 60) + "\"";
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> m = new HashMap<>();
        for (E e : values) {
            m.put(e.name(), e);
        }
        return m;
    }

    private static <E> Map<String, E> byCode(E[] values, Function<E, String> code) {
        Map<String, E> m = new HashMap<>();
        for (E e : values) {
            m.put(code.apply(e), e);
        }
        return m;
    }
}
