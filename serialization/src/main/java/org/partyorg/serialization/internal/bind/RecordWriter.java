package org.partyorg.serialization.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
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
 * lists left out. The one writer behind the document and stream writers and the Jackson module.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordWriter {
    private RecordWriter() {
    }

    /**
     * @param g the generator
     * @param d the dataset, written as one document
     * @throws IOException on output failure
     */
    public static void dataset(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        // "1.1" exactly when a 1.1 field or record is written, so 1.0 data round-trips unchanged
        string(g, "schemaVersion", d.requiredSchemaVersion());
        date(g, "asOf", d.asOf());
        date(g, "coverageFrom", d.coverageFrom());
        if (d.source() != null) {
            g.writeFieldName("source");
            source(g, d.source());
        }
        for (RecordType type : RecordType.values()) {
            array(g, type.datasetField(), d.records(type), (gen, r) -> record(gen, r, null));
        }
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param s the source
     * @throws IOException on output failure
     */
    public static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        string(g, "system", s.system());
        if (s.exportedAt() != null) {
            g.writeStringField("exportedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.exportedAt()));
        }
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param o the organization
     * @param recordType the stream line's {@code recordType} to write first, or null in a document
     * @throws IOException on output failure
     */
    public static void organization(JsonGenerator g, Organization o, String recordType) throws IOException {
        g.writeStartObject();
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
            g.writeFieldName("leadership");
            leadership(g, o.leadership());
        }
        array(g, "honors", o.honors(), RecordWriter::honor);
        string(g, "approvalRef", o.approvalRef());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param m the member
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void member(JsonGenerator g, Member m, String recordType) throws IOException {
        g.writeStartObject();
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
            g.writeArrayFieldStart("tags");
            for (MemberTag t : tags) {
                g.writeString(t.name());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param x the grid
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void grid(JsonGenerator g, Grid x, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", x.id());
        string(g, "name", x.name());
        string(g, "code", x.code() == null ? null : x.code().text());
        string(g, "divisionCode", x.divisionCode() == null ? null : x.divisionCode().text());
        name(g, "kind", x.kind());
        string(g, "leadOrgId", x.leadOrgId());
        if (x.leader() != null) {
            g.writeFieldName("leader");
            person(g, x.leader());
        }
        array(g, "workers", x.workers(), RecordWriter::person);
        if (!x.villagerGroups().isEmpty()) {
            g.writeArrayFieldStart("villagerGroups");
            for (String name : x.villagerGroups()) {
                g.writeString(name);
            }
            g.writeEndArray();
        }
        integer(g, "households", x.households());
        integer(g, "population", x.population());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param r the service record
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void serviceRecord(JsonGenerator g, ServiceRecord r, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", r.id());
        string(g, "gridId", r.gridId());
        date(g, "date", r.date());
        name(g, "category", r.category());
        name(g, "topic", r.topic());
        name(g, "status", r.status());
        date(g, "resolvedOn", r.resolvedOn());
        if (r.worker() != null) {
            g.writeFieldName("worker");
            person(g, r.worker());
        }
        integer(g, "households", r.households());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param p the posting
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void posting(JsonGenerator g, Posting p, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", p.id());
        if (p.person() != null) {
            g.writeFieldName("person");
            person(g, p.person());
        }
        name(g, "role", p.role());
        if (p.sendingUnit() != null) {
            g.writeFieldName("sendingUnit");
            sendingUnit(g, p.sendingUnit());
        }
        string(g, "hostOrgId", p.hostOrgId());
        string(g, "divisionCode", p.divisionCode() == null ? null : p.divisionCode().text());
        date(g, "startDate", p.startDate());
        date(g, "plannedEndDate", p.plannedEndDate());
        date(g, "endDate", p.endDate());
        name(g, "status", p.status());
        string(g, "previousPostingId", p.previousPostingId());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param r a record of any type
     * @param recordType the stream line's {@code recordType} to write first, or null in a document
     * @throws IOException on output failure
     */
    public static void record(JsonGenerator g, ExchangeRecord r, String recordType) throws IOException {
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
     * @param g the generator
     * @param a the application
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void application(JsonGenerator g, Application a, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", a.id());
        if (a.person() != null) {
            g.writeFieldName("person");
            person(g, a.person());
        }
        string(g, "orgId", a.orgId());
        name(g, "stage", a.stage());
        date(g, "appliedOn", a.appliedOn());
        date(g, "talkedOn", a.talkedOn());
        date(g, "activistOn", a.activistOn());
        array(g, "contacts", a.contacts(), JsonGenerator::writeString);
        date(g, "candidateOn", a.candidateOn());
        array(g, "introducers", a.introducers(), JsonGenerator::writeString);
        name(g, "politicalReview", a.politicalReview());
        integer(g, "trainingHours", a.trainingHours());
        if (a.publicNotice() != null) {
            g.writeFieldName("publicNotice");
            publicNotice(g, a.publicNotice());
        }
        if (a.admissionMeeting() != null) {
            g.writeFieldName("admissionMeeting");
            vote(g, a.admissionMeeting());
        }
        date(g, "approvedOn", a.approvedOn());
        string(g, "memberId", a.memberId());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param m the meeting
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void meeting(JsonGenerator g, Meeting m, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", m.id());
        string(g, "orgId", m.orgId());
        name(g, "kind", m.kind());
        date(g, "heldOn", m.heldOn());
        integer(g, "expected", m.expected());
        integer(g, "present", m.present());
        string(g, "topic", m.topic());
        if (m.lecturer() != null) {
            g.writeFieldName("lecturer");
            person(g, m.lecturer());
        }
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param d the dues payment
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void duesPayment(JsonGenerator g, DuesPayment d, String recordType) throws IOException {
        g.writeStartObject();
        string(g, "recordType", recordType);
        string(g, "id", d.id());
        string(g, "memberId", d.memberId());
        string(g, "month", d.month() == null ? null : d.month().toString());
        name(g, "category", d.category());
        money(g, "base", d.base());
        money(g, "amount", d.amount());
        date(g, "paidOn", d.paidOn());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param t the transfer
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void transfer(JsonGenerator g, Transfer t, String recordType) throws IOException {
        g.writeStartObject();
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
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param e the election
     * @param recordType the stream line's {@code recordType}, or null in a document
     * @throws IOException on output failure
     */
    public static void election(JsonGenerator g, Election e, String recordType) throws IOException {
        g.writeStartObject();
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
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param n the value
     * @throws IOException on output failure
     */
    public static void publicNotice(JsonGenerator g, PublicNotice n) throws IOException {
        g.writeStartObject();
        date(g, "from", n.from());
        date(g, "to", n.to());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param v the value
     * @throws IOException on output failure
     */
    public static void vote(JsonGenerator g, Vote v) throws IOException {
        g.writeStartObject();
        date(g, "heldOn", v.heldOn());
        integer(g, "eligible", v.eligible());
        integer(g, "present", v.present());
        integer(g, "inFavor", v.inFavor());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param x the value
     * @throws IOException on output failure
     */
    public static void electedMember(JsonGenerator g, ElectedMember x) throws IOException {
        g.writeStartObject();
        string(g, "memberId", x.memberId());
        integer(g, "votes", x.votes());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param u the value
     * @throws IOException on output failure
     */
    public static void unit(JsonGenerator g, Unit u) throws IOException {
        g.writeStartObject();
        string(g, "name", u.name());
        string(g, "creditCode", u.creditCode() == null ? null : u.creditCode().text());
        name(g, "unitKind", u.unitKind());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param l the value
     * @throws IOException on output failure
     */
    public static void leadership(JsonGenerator g, Leadership l) throws IOException {
        g.writeStartObject();
        name(g, "form", l.form());
        date(g, "electedOn", l.electedOn());
        integer(g, "termYears", l.termYears());
        array(g, "officers", l.officers(), RecordWriter::officer);
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param o the value
     * @throws IOException on output failure
     */
    public static void officer(JsonGenerator g, Officer o) throws IOException {
        g.writeStartObject();
        string(g, "memberId", o.memberId());
        name(g, "role", o.role());
        if (o.concurrentVillageDirector() != null) {
            g.writeBooleanField("concurrentVillageDirector", o.concurrentVillageDirector());
        }
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param h the value
     * @throws IOException on output failure
     */
    public static void honor(JsonGenerator g, Honor h) throws IOException {
        g.writeStartObject();
        string(g, "title", h.title());
        name(g, "level", h.level());
        integer(g, "year", h.year());
        string(g, "awardedBy", h.awardedBy());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param p the value
     * @throws IOException on output failure
     */
    public static void person(JsonGenerator g, PersonRef p) throws IOException {
        g.writeStartObject();
        string(g, "name", p.name());
        string(g, "memberId", p.memberId());
        string(g, "idNumber", p.idNumber() == null ? null : p.idNumber().text());
        string(g, "phone", p.phone() == null ? null : p.phone().text());
        g.writeEndObject();
    }

    /**
     * @param g the generator
     * @param u the value
     * @throws IOException on output failure
     */
    public static void sendingUnit(JsonGenerator g, SendingUnit u) throws IOException {
        g.writeStartObject();
        string(g, "name", u.name());
        string(g, "creditCode", u.creditCode() == null ? null : u.creditCode().text());
        name(g, "level", u.level());
        name(g, "unitKind", u.unitKind());
        g.writeEndObject();
    }

    /** Writes one element. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private static <T> void array(JsonGenerator g, String field, List<T> values, ElementWriter<T> writer) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (T v : values) {
            writer.write(g, v);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.name());
        }
    }

    private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }

    /** Money as the decimal it is, digits and scale kept ({@code 12.50} stays {@code 12.50}). */
    private static void money(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            g.writeNumber(value.toPlainString());
        }
    }

    private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }
}
