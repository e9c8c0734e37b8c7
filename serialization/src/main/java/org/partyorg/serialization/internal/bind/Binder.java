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

    private final BindContext c;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "name" -> name = first(1, p, f) ? string(p, f) : name;
                case "orgType" -> orgType = first(2, p, f) ? choice(p, f, ORG_TYPES) : orgType;
                case "sector" -> sector = first(3, p, f) ? choice(p, f, SECTORS) : sector;
                case "parentId" -> parentId = first(4, p, f) ? string(p, f) : parentId;
                case "divisionCode" -> divisionCode = first(5, p, f) ? division(p, f) : divisionCode;
                case "establishedOn" -> establishedOn = first(6, p, f) ? date(p, f) : establishedOn;
                case "dissolvedOn" -> dissolvedOn = first(7, p, f) ? date(p, f) : dissolvedOn;
                case "hostUnits" -> hostUnits = first(8, p, f) ? objects(p, f, this::unit) : hostUnits;
                case "leadership" -> leadership = first(9, p, f) ? object(p, f, this::leadership) : leadership;
                case "honors" -> honors = first(10, p, f) ? objects(p, f, this::honor) : honors;
                case "approvalRef" -> approvalRef = first(11, p, f) ? string(p, f) : approvalRef;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "name" -> name = first(1, p, f) ? string(p, f) : name;
                case "idNumber" -> idNumber = first(2, p, f) ? idNumber(p, f) : idNumber;
                case "sex" -> sex = first(3, p, f) ? choice(p, f, SEXES) : sex;
                case "birthDate" -> birthDate = first(4, p, f) ? date(p, f) : birthDate;
                case "ethnicity" -> ethnicity = first(5, p, f) ? choice(p, f, ETHNICITIES) : ethnicity;
                case "education" -> education = first(6, p, f) ? choice(p, f, EDUCATIONS) : education;
                case "orgId" -> orgId = first(7, p, f) ? string(p, f) : orgId;
                case "partyGroupId" -> partyGroupId = first(8, p, f) ? string(p, f) : partyGroupId;
                case "stage" -> stage = first(9, p, f) ? choice(p, f, STAGES) : stage;
                case "admittedOn" -> admittedOn = first(10, p, f) ? date(p, f) : admittedOn;
                case "fullMemberOn" -> fullMemberOn = first(11, p, f) ? date(p, f) : fullMemberOn;
                case "probationExtendedTo" -> probationExtendedTo = first(12, p, f) ? date(p, f) : probationExtendedTo;
                case "status" -> status = first(13, p, f) ? choice(p, f, MEMBER_STATUSES) : status;
                case "statusSince" -> statusSince = first(14, p, f) ? date(p, f) : statusSince;
                case "occupation" -> occupation = first(15, p, f) ? choice(p, f, OCCUPATIONS) : occupation;
                case "phone" -> phone = first(16, p, f) ? phone(p, f) : phone;
                case "tags" -> tags = first(17, p, f) ? choices(p, f, TAGS) : tags;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "name" -> name = first(1, p, f) ? string(p, f) : name;
                case "code" -> code = first(2, p, f) ? gridCode(p, f) : code;
                case "divisionCode" -> divisionCode = first(3, p, f) ? division(p, f) : divisionCode;
                case "kind" -> kind = first(4, p, f) ? choice(p, f, GRID_KINDS) : kind;
                case "leadOrgId" -> leadOrgId = first(5, p, f) ? string(p, f) : leadOrgId;
                case "leader" -> leader = first(6, p, f) ? object(p, f, this::person) : leader;
                case "workers" -> workers = first(7, p, f) ? objects(p, f, this::person) : workers;
                case "villagerGroups" -> villagerGroups = first(8, p, f) ? strings(p, f) : villagerGroups;
                case "households" -> households = first(9, p, f) ? integer(p, f) : households;
                case "population" -> population = first(10, p, f) ? integer(p, f) : population;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "gridId" -> gridId = first(1, p, f) ? string(p, f) : gridId;
                case "date" -> date = first(2, p, f) ? date(p, f) : date;
                case "category" -> category = first(3, p, f) ? choice(p, f, CATEGORIES) : category;
                case "topic" -> topic = first(4, p, f) ? choice(p, f, TOPICS) : topic;
                case "status" -> status = first(5, p, f) ? choice(p, f, SERVICE_STATUSES) : status;
                case "resolvedOn" -> resolvedOn = first(6, p, f) ? date(p, f) : resolvedOn;
                case "worker" -> worker = first(7, p, f) ? object(p, f, this::person) : worker;
                case "households" -> households = first(8, p, f) ? integer(p, f) : households;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "person" -> person = first(1, p, f) ? object(p, f, this::person) : person;
                case "role" -> role = first(2, p, f) ? choice(p, f, POSTING_ROLES) : role;
                case "sendingUnit" -> sendingUnit = first(3, p, f) ? object(p, f, this::sendingUnit) : sendingUnit;
                case "hostOrgId" -> hostOrgId = first(4, p, f) ? string(p, f) : hostOrgId;
                case "divisionCode" -> divisionCode = first(5, p, f) ? division(p, f) : divisionCode;
                case "startDate" -> startDate = first(6, p, f) ? date(p, f) : startDate;
                case "plannedEndDate" -> plannedEndDate = first(7, p, f) ? date(p, f) : plannedEndDate;
                case "endDate" -> endDate = first(8, p, f) ? date(p, f) : endDate;
                case "status" -> status = first(9, p, f) ? choice(p, f, POSTING_STATUSES) : status;
                case "previousPostingId" -> previousPostingId = first(10, p, f) ? string(p, f) : previousPostingId;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "person" -> person = first(1, p, f) ? object(p, f, this::person) : person;
                case "orgId" -> orgId = first(2, p, f) ? string(p, f) : orgId;
                case "stage" -> stage = first(3, p, f) ? choice(p, f, APPLICATION_STAGES) : stage;
                case "appliedOn" -> appliedOn = first(4, p, f) ? date(p, f) : appliedOn;
                case "talkedOn" -> talkedOn = first(5, p, f) ? date(p, f) : talkedOn;
                case "activistOn" -> activistOn = first(6, p, f) ? date(p, f) : activistOn;
                case "contacts" -> contacts = first(7, p, f) ? strings(p, f) : contacts;
                case "candidateOn" -> candidateOn = first(8, p, f) ? date(p, f) : candidateOn;
                case "introducers" -> introducers = first(9, p, f) ? strings(p, f) : introducers;
                case "politicalReview" -> politicalReview = first(10, p, f) ? choice(p, f, REVIEWS) : politicalReview;
                case "trainingHours" -> trainingHours = first(11, p, f) ? integer(p, f) : trainingHours;
                case "publicNotice" -> publicNotice = first(12, p, f) ? object(p, f, this::publicNotice) : publicNotice;
                case "admissionMeeting" -> admissionMeeting = first(13, p, f) ? object(p, f, this::vote) : admissionMeeting;
                case "approvedOn" -> approvedOn = first(14, p, f) ? date(p, f) : approvedOn;
                case "memberId" -> memberId = first(15, p, f) ? string(p, f) : memberId;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "orgId" -> orgId = first(1, p, f) ? string(p, f) : orgId;
                case "kind" -> kind = first(2, p, f) ? choice(p, f, MEETING_KINDS) : kind;
                case "heldOn" -> heldOn = first(3, p, f) ? date(p, f) : heldOn;
                case "expected" -> expected = first(4, p, f) ? integer(p, f) : expected;
                case "present" -> present = first(5, p, f) ? integer(p, f) : present;
                case "topic" -> topic = first(6, p, f) ? string(p, f) : topic;
                case "lecturer" -> lecturer = first(7, p, f) ? object(p, f, this::person) : lecturer;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "memberId" -> memberId = first(1, p, f) ? string(p, f) : memberId;
                case "month" -> month = first(2, p, f) ? month(p, f) : month;
                case "category" -> category = first(3, p, f) ? choice(p, f, DUES_CATEGORIES) : category;
                case "base" -> base = first(4, p, f) ? money(p, f) : base;
                case "amount" -> amount = first(5, p, f) ? money(p, f) : amount;
                case "paidOn" -> paidOn = first(6, p, f) ? date(p, f) : paidOn;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "memberId" -> memberId = first(1, p, f) ? string(p, f) : memberId;
                case "fromOrgId" -> fromOrgId = first(2, p, f) ? string(p, f) : fromOrgId;
                case "toOrgId" -> toOrgId = first(3, p, f) ? string(p, f) : toOrgId;
                case "fromName" -> fromName = first(4, p, f) ? string(p, f) : fromName;
                case "toName" -> toName = first(5, p, f) ? string(p, f) : toName;
                case "issuedOn" -> issuedOn = first(6, p, f) ? date(p, f) : issuedOn;
                case "receivedOn" -> receivedOn = first(7, p, f) ? date(p, f) : receivedOn;
                case "status" -> status = first(8, p, f) ? choice(p, f, TRANSFER_STATUSES) : status;
                case "reason" -> reason = first(9, p, f) ? choice(p, f, TRANSFER_REASONS) : reason;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "id" -> id = first(0, p, f) ? string(p, f) : id;
                case "orgId" -> orgId = first(1, p, f) ? string(p, f) : orgId;
                case "heldOn" -> heldOn = first(2, p, f) ? date(p, f) : heldOn;
                case "form" -> form = first(3, p, f) ? choice(p, f, ELECTION_FORMS) : form;
                case "seats" -> seats = first(4, p, f) ? integer(p, f) : seats;
                case "candidates" -> candidates = first(5, p, f) ? integer(p, f) : candidates;
                case "eligible" -> eligible = first(6, p, f) ? integer(p, f) : eligible;
                case "present" -> present = first(7, p, f) ? integer(p, f) : present;
                case "elected" -> elected = first(8, p, f) ? objects(p, f, this::electedMember) : elected;
                case "termYears" -> termYears = first(9, p, f) ? integer(p, f) : termYears;
                case "approvalRef" -> approvalRef = first(10, p, f) ? string(p, f) : approvalRef;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "from" -> from = first(0, p, f) ? date(p, f) : from;
                case "to" -> to = first(1, p, f) ? date(p, f) : to;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "heldOn" -> heldOn = first(0, p, f) ? date(p, f) : heldOn;
                case "eligible" -> eligible = first(1, p, f) ? integer(p, f) : eligible;
                case "present" -> present = first(2, p, f) ? integer(p, f) : present;
                case "inFavor" -> inFavor = first(3, p, f) ? integer(p, f) : inFavor;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "memberId" -> memberId = first(0, p, f) ? string(p, f) : memberId;
                case "votes" -> votes = first(1, p, f) ? integer(p, f) : votes;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "system" -> system = first(0, p, f) ? string(p, f) : system;
                case "exportedAt" -> exportedAt = first(1, p, f) ? timestamp(p, f) : exportedAt;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "name" -> name = first(0, p, f) ? string(p, f) : name;
                case "creditCode" -> creditCode = first(1, p, f) ? creditCode(p, f) : creditCode;
                case "unitKind" -> unitKind = first(2, p, f) ? choice(p, f, UNIT_KINDS) : unitKind;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "form" -> form = first(0, p, f) ? choice(p, f, FORMS) : form;
                case "electedOn" -> electedOn = first(1, p, f) ? date(p, f) : electedOn;
                case "termYears" -> termYears = first(2, p, f) ? integer(p, f) : termYears;
                case "officers" -> officers = first(3, p, f) ? objects(p, f, this::officer) : officers;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "memberId" -> memberId = first(0, p, f) ? string(p, f) : memberId;
                case "role" -> role = first(1, p, f) ? choice(p, f, ROLES) : role;
                case "concurrentVillageDirector" -> concurrent = first(2, p, f) ? bool(p, f) : concurrent;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "title" -> title = first(0, p, f) ? string(p, f) : title;
                case "level" -> level = first(1, p, f) ? choice(p, f, HONOR_LEVELS) : level;
                case "year" -> year = first(2, p, f) ? integer(p, f) : year;
                case "awardedBy" -> awardedBy = first(3, p, f) ? string(p, f) : awardedBy;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "name" -> name = first(0, p, f) ? string(p, f) : name;
                case "memberId" -> memberId = first(1, p, f) ? string(p, f) : memberId;
                case "idNumber" -> idNumber = first(2, p, f) ? idNumber(p, f) : idNumber;
                case "phone" -> phone = first(3, p, f) ? phone(p, f) : phone;
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
        for (String f = nextField(p); f != null; f = nextField(p)) {
            switch (f) {
                case "name" -> name = first(0, p, f) ? string(p, f) : name;
                case "creditCode" -> creditCode = first(1, p, f) ? creditCode(p, f) : creditCode;
                case "level" -> level = first(2, p, f) ? choice(p, f, LEVELS) : level;
                case "unitKind" -> unitKind = first(3, p, f) ? choice(p, f, UNIT_KINDS) : unitKind;
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

    /** @return the next field's name with the parser on its value, or null at the end of the object */
    private static String nextField(TokenSource p) throws IOException {
        if (p.nextToken() != Token.FIELD_NAME) {
            return null;
        }
        String name = p.currentName();
        p.nextToken();
        return name;
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
            boolean cents = d.signum() == 0 || d.stripTrailingZeros().scale() <= 2;
            if (d.signum() < 0 || !cents) {
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
