package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Honor;
import org.partyorg.core.Leadership;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.MemberTag;
import org.partyorg.core.Officer;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.Unit;
import org.partyorg.core.Vote;

/**
 * Writes records in the exchange format with a fixed field order (that of docs/format.md), so output can be
 * diffed and golden-filed: codes as their code strings, enums by name, dates ISO, nulls and empty
 * lists left out. The one writer behind the document and stream writers and both Jackson modules, through a
 * {@link TokenSink} over either Jackson line's generator.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordWriter {
    private RecordWriter() {
    }

    /**
     * @param g where to write
     * @param d the dataset, written as one document
     * @throws IOException on output failure
     */
    public static void dataset(TokenSink g, Dataset d) throws IOException {
        g.startObject();
        // "1.1" exactly when a 1.1 field or record is written, so 1.0 data round-trips unchanged
        string(g, "schemaVersion", d.requiredSchemaVersion());
        date(g, "asOf", d.asOf());
        date(g, "coverageFrom", d.coverageFrom());
        if (d.source() != null) {
            g.name("source");
            source(g, d.source());
        }
        for (RecordType type : RecordType.values()) {
            array(g, type.datasetField(), d.records(type), (gen, r) -> record(gen, r, null));
        }
        g.endObject();
    }

    /**
     * @param g where to write
     * @param s the source
     * @throws IOException on output failure
     */
    public static void source(TokenSink g, Source s) throws IOException {
        g.startObject();
        string(g, "system", s.system());
        if (s.exportedAt() != null) {
            field(g, "exportedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.exportedAt()));
        }
        g.endObject();
    }

    /**
     * @param g where to write
     * @param o the organization
     * @param recordType the stream line's {@code recordType} to write first, or null in a document
     * @throws IOException on output failure
     */
    public static void organization(TokenSink g, Organization o, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", o.id());
        string(g, "name", o.name());
        name(g, "orgType", o.orgType());
        name(g, "sector", o.sector());
        string(g, "parentId", o.parentId());
        string(g, "divisionCode", o.divisionCode() == null ? null : o.divisionCode().text());
        date(g, "establishedOn", o.establishedOn());
        date(g, "dissolvedOn", o.dissolvedOn());
        array(g, "hostUnits", o.hostUnits(), RecordWriter::unit);
        if (o.leadership() != null) {
            g.name("leadership");
            leadership(g, o.leadership());
        }
        array(g, "honors", o.honors(), RecordWriter::honor);
        string(g, "approvalRef", o.approvalRef());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param m the member
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void member(TokenSink g, Member m, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", m.id());
        string(g, "name", m.name());
        string(g, "idNumber", m.idNumber() == null ? null : m.idNumber().text());
        string(g, "sex", m.sex() == null ? null : m.sex().code());
        date(g, "birthDate", m.birthDate());
        string(g, "ethnicity", m.ethnicity() == null ? null : m.ethnicity().code());
        string(g, "education", m.education() == null ? null : m.education().code());
        string(g, "orgId", m.orgId());
        string(g, "partyGroupId", m.partyGroupId());
        name(g, "stage", m.stage());
        date(g, "admittedOn", m.admittedOn());
        date(g, "fullMemberOn", m.fullMemberOn());
        date(g, "probationExtendedTo", m.probationExtendedTo());
        name(g, "status", m.status());
        date(g, "statusSince", m.statusSince());
        name(g, "occupation", m.occupation());
        string(g, "phone", m.phone() == null ? null : m.phone().text());
        List<MemberTag> tags = m.tags();
        if (!tags.isEmpty()) {
            arrayStart(g, "tags");
            for (MemberTag t : tags) {
                g.string(t.name());
            }
            g.endArray();
        }
        g.endObject();
    }

    /**
     * @param g where to write
     * @param x the grid
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void grid(TokenSink g, Grid x, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", x.id());
        string(g, "name", x.name());
        string(g, "code", x.code() == null ? null : x.code().text());
        string(g, "divisionCode", x.divisionCode() == null ? null : x.divisionCode().text());
        name(g, "kind", x.kind());
        string(g, "leadOrgId", x.leadOrgId());
        if (x.leader() != null) {
            g.name("leader");
            person(g, x.leader());
        }
        array(g, "workers", x.workers(), RecordWriter::person);
        if (!x.villagerGroups().isEmpty()) {
            arrayStart(g, "villagerGroups");
            for (String name : x.villagerGroups()) {
                g.string(name);
            }
            g.endArray();
        }
        integer(g, "households", x.households());
        integer(g, "population", x.population());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param r the service record
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void serviceRecord(TokenSink g, ServiceRecord r, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", r.id());
        string(g, "gridId", r.gridId());
        date(g, "date", r.date());
        name(g, "category", r.category());
        name(g, "topic", r.topic());
        name(g, "status", r.status());
        date(g, "resolvedOn", r.resolvedOn());
        if (r.worker() != null) {
            g.name("worker");
            person(g, r.worker());
        }
        integer(g, "households", r.households());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param p the posting
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void posting(TokenSink g, Posting p, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", p.id());
        if (p.person() != null) {
            g.name("person");
            person(g, p.person());
        }
        name(g, "role", p.role());
        if (p.sendingUnit() != null) {
            g.name("sendingUnit");
            sendingUnit(g, p.sendingUnit());
        }
        string(g, "hostOrgId", p.hostOrgId());
        string(g, "divisionCode", p.divisionCode() == null ? null : p.divisionCode().text());
        date(g, "startDate", p.startDate());
        date(g, "plannedEndDate", p.plannedEndDate());
        date(g, "endDate", p.endDate());
        name(g, "status", p.status());
        string(g, "previousPostingId", p.previousPostingId());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param r a record of any type
     * @param recordType the stream line's {@code recordType} to write first, or null in a document
     * @throws IOException on output failure
     */
    public static void record(TokenSink g, ExchangeRecord r, String recordType) throws IOException {
        switch (r.recordType()) {
            case ORGANIZATION -> organization(g, (Organization) r, recordType);
            case MEMBER -> member(g, (Member) r, recordType);
            case GRID -> grid(g, (Grid) r, recordType);
            case SERVICE_RECORD -> serviceRecord(g, (ServiceRecord) r, recordType);
            case POSTING -> posting(g, (Posting) r, recordType);
            case APPLICATION -> application(g, (Application) r, recordType);
            case MEETING -> meeting(g, (Meeting) r, recordType);
            case DUES_PAYMENT -> duesPayment(g, (DuesPayment) r, recordType);
            case TRANSFER -> transfer(g, (Transfer) r, recordType);
            case ELECTION -> election(g, (Election) r, recordType);
        }
    }

    /**
     * @param g where to write
     * @param a the application
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void application(TokenSink g, Application a, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", a.id());
        if (a.person() != null) {
            g.name("person");
            person(g, a.person());
        }
        string(g, "orgId", a.orgId());
        name(g, "stage", a.stage());
        date(g, "appliedOn", a.appliedOn());
        date(g, "talkedOn", a.talkedOn());
        date(g, "activistOn", a.activistOn());
        array(g, "contacts", a.contacts(), TokenSink::string);
        date(g, "candidateOn", a.candidateOn());
        array(g, "introducers", a.introducers(), TokenSink::string);
        name(g, "politicalReview", a.politicalReview());
        integer(g, "trainingHours", a.trainingHours());
        if (a.publicNotice() != null) {
            g.name("publicNotice");
            publicNotice(g, a.publicNotice());
        }
        if (a.admissionMeeting() != null) {
            g.name("admissionMeeting");
            vote(g, a.admissionMeeting());
        }
        date(g, "approvedOn", a.approvedOn());
        string(g, "memberId", a.memberId());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param m the meeting
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void meeting(TokenSink g, Meeting m, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", m.id());
        string(g, "orgId", m.orgId());
        name(g, "kind", m.kind());
        date(g, "heldOn", m.heldOn());
        integer(g, "expected", m.expected());
        integer(g, "present", m.present());
        string(g, "topic", m.topic());
        if (m.lecturer() != null) {
            g.name("lecturer");
            person(g, m.lecturer());
        }
        g.endObject();
    }

    /**
     * @param g where to write
     * @param d the dues payment
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void duesPayment(TokenSink g, DuesPayment d, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", d.id());
        string(g, "memberId", d.memberId());
        string(g, "month", d.month() == null ? null : d.month().toString());
        name(g, "category", d.category());
        money(g, "base", d.base());
        money(g, "amount", d.amount());
        date(g, "paidOn", d.paidOn());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param t the transfer
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void transfer(TokenSink g, Transfer t, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", t.id());
        string(g, "memberId", t.memberId());
        string(g, "fromOrgId", t.fromOrgId());
        string(g, "toOrgId", t.toOrgId());
        string(g, "fromName", t.fromName());
        string(g, "toName", t.toName());
        date(g, "issuedOn", t.issuedOn());
        date(g, "receivedOn", t.receivedOn());
        name(g, "status", t.status());
        name(g, "reason", t.reason());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param e the election
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void election(TokenSink g, Election e, String recordType) throws IOException {
        g.startObject();
        string(g, "recordType", recordType);
        string(g, "id", e.id());
        string(g, "orgId", e.orgId());
        date(g, "heldOn", e.heldOn());
        name(g, "form", e.form());
        integer(g, "seats", e.seats());
        integer(g, "candidates", e.candidates());
        integer(g, "eligible", e.eligible());
        integer(g, "present", e.present());
        array(g, "elected", e.elected(), RecordWriter::electedMember);
        integer(g, "termYears", e.termYears());
        string(g, "approvalRef", e.approvalRef());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param n the value
     * @throws IOException on output failure
     */
    public static void publicNotice(TokenSink g, PublicNotice n) throws IOException {
        g.startObject();
        date(g, "from", n.from());
        date(g, "to", n.to());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param v the value
     * @throws IOException on output failure
     */
    public static void vote(TokenSink g, Vote v) throws IOException {
        g.startObject();
        date(g, "heldOn", v.heldOn());
        integer(g, "eligible", v.eligible());
        integer(g, "present", v.present());
        integer(g, "inFavor", v.inFavor());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param x the value
     * @throws IOException on output failure
     */
    public static void electedMember(TokenSink g, ElectedMember x) throws IOException {
        g.startObject();
        string(g, "memberId", x.memberId());
        integer(g, "votes", x.votes());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param u the value
     * @throws IOException on output failure
     */
    public static void unit(TokenSink g, Unit u) throws IOException {
        g.startObject();
        string(g, "name", u.name());
        string(g, "creditCode", u.creditCode() == null ? null : u.creditCode().text());
        name(g, "unitKind", u.unitKind());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param l the value
     * @throws IOException on output failure
     */
    public static void leadership(TokenSink g, Leadership l) throws IOException {
        g.startObject();
        name(g, "form", l.form());
        date(g, "electedOn", l.electedOn());
        integer(g, "termYears", l.termYears());
        array(g, "officers", l.officers(), RecordWriter::officer);
        g.endObject();
    }

    /**
     * @param g where to write
     * @param o the value
     * @throws IOException on output failure
     */
    public static void officer(TokenSink g, Officer o) throws IOException {
        g.startObject();
        string(g, "memberId", o.memberId());
        name(g, "role", o.role());
        if (o.concurrentVillageDirector() != null) {
            g.name("concurrentVillageDirector");
            g.bool(o.concurrentVillageDirector());
        }
        g.endObject();
    }

    /**
     * @param g where to write
     * @param h the value
     * @throws IOException on output failure
     */
    public static void honor(TokenSink g, Honor h) throws IOException {
        g.startObject();
        string(g, "title", h.title());
        name(g, "level", h.level());
        integer(g, "year", h.year());
        string(g, "awardedBy", h.awardedBy());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param p the value
     * @throws IOException on output failure
     */
    public static void person(TokenSink g, PersonRef p) throws IOException {
        g.startObject();
        string(g, "name", p.name());
        string(g, "memberId", p.memberId());
        string(g, "idNumber", p.idNumber() == null ? null : p.idNumber().text());
        string(g, "phone", p.phone() == null ? null : p.phone().text());
        g.endObject();
    }

    /**
     * @param g where to write
     * @param u the value
     * @throws IOException on output failure
     */
    public static void sendingUnit(TokenSink g, SendingUnit u) throws IOException {
        g.startObject();
        string(g, "name", u.name());
        string(g, "creditCode", u.creditCode() == null ? null : u.creditCode().text());
        name(g, "level", u.level());
        name(g, "unitKind", u.unitKind());
        g.endObject();
    }

    /** Writes one element. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(TokenSink g, T value) throws IOException;
    }

    private static <T> void array(TokenSink g, String field, List<T> values, ElementWriter<T> writer) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        arrayStart(g, field);
        for (T v : values) {
            writer.write(g, v);
        }
        g.endArray();
    }

    private static void arrayStart(TokenSink g, String field) throws IOException {
        g.name(field);
        g.startArray();
    }

    private static void field(TokenSink g, String field, String value) throws IOException {
        g.name(field);
        g.string(value);
    }

    private static void string(TokenSink g, String field, String value) throws IOException {
        if (value != null) {
            field(g, field, value);
        }
    }

    private static void name(TokenSink g, String field, Enum<?> value) throws IOException {
        if (value != null) {
            field(g, field, value.name());
        }
    }

    private static void date(TokenSink g, String field, LocalDate value) throws IOException {
        if (value != null) {
            g.name(field);
            g.date(value);
        }
    }

    /** Money as the decimal it is, digits and scale kept ({@code 12.50} stays {@code 12.50}). */
    private static void money(TokenSink g, String field, BigDecimal value) throws IOException {
        if (value != null) {
            g.name(field);
            g.number(value.toPlainString());
        }
    }

    private static void integer(TokenSink g, String field, Integer value) throws IOException {
        if (value != null) {
            g.name(field);
            g.number(value);
        }
    }
}
