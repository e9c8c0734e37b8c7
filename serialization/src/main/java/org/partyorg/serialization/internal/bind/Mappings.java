package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.Honor;
import org.partyorg.core.Leadership;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Officer;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.RecordType;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.Unit;
import org.partyorg.core.Vote;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.Masking;
import org.partyorg.core.code.NationalCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.core.internal.Texts;
import org.partyorg.serialization.internal.bind.Binder.RecordTypeField;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.internal.rules.Messages;

/**
 * What the Jackson modules map, the same for both Jackson lines: every type with its writer and its
 * binder, the value types as their text, the code lists as their codes, and the strict binding
 * that turns the first shape problem into an error message. A Jackson module only wraps these in
 * its line's serializers and deserializers, so the two modules cannot differ in the JSON they
 * write or in what they accept.
 */
public final class Mappings {
    private Mappings() {
    }

    /** Writes a value. */
    @FunctionalInterface
    public interface Write<T> {
        /**
         * @param g where to write
         * @param value the value
         * @throws IOException on output failure
         */
        void write(TokenSink g, T value) throws IOException;
    }

    /** Binds an object. */
    @FunctionalInterface
    public interface Bind<T> {
        /**
         * @param b the binder
         * @param p the parser on the object's {@code START_OBJECT}
         * @return the value
         * @throws IOException on malformed JSON
         */
        T bind(Binder b, TokenSource p) throws IOException;
    }

    /**
     * A value bound strictly: the value, or the first shape error.
     *
     * @param value the value, null when there is an error
     * @param error the error's message ({@code RULE-ID at /path: message}), or null
     * @param <T> the type
     */
    public record Bound<T>(T value, String error) {
    }

    /**
     * An object type: a record or a part of one.
     *
     * @param type the class
     * @param write its writer
     * @param bind its binder
     * @param <T> the type
     */
    public record Mapped<T>(Class<T> type, Write<T> write, Bind<T> bind) {
        /**
         * Binds one object and fails on its first shape problem; an unknown field (DOC-015) only when
         * {@code failOnUnknown}.
         *
         * @param p the parser on {@code START_OBJECT}; left on the matching {@code END_OBJECT}
         * @param failOnUnknown whether an unknown field is an error
         * @return the value or the error
         * @throws IOException on malformed JSON
         */
        public Bound<T> bindStrict(TokenSource p, boolean failOnUnknown) throws IOException {
            BindContext context = new BindContext();
            T value = bind.bind(new Binder(context), p);
            for (BindContext.Problem problem : context.problems()) {
                if (problem.rule() != Rule.DOC_015 || failOnUnknown) {
                    return new Bound<>(null, describe(problem.rule(), "/" + problem.path(), problem.args()));
                }
            }
            return new Bound<>(value, null);
        }
    }

    /**
     * A value type written as its text exactly as given, never its masked {@code toString()}, and
     * read from any string with {@code lenient}, so a wrong check character binds and is left to the
     * validator.
     *
     * @param type the class
     * @param text its text
     * @param lenient its lenient factory
     * @param <T> the type
     */
    public record Text<T>(Class<T> type, Function<T, String> text, Function<String, T> lenient) {
    }

    /**
     * A national code list, written and read as its codes.
     *
     * @param type the enum
     * @param find its lookup by code
     * @param <T> the type
     */
    public record Code<T extends NationalCode>(Class<T> type, Function<String, Optional<T>> find) {
        /**
         * @param code a string that is not one of the codes
         * @return the error message (DOC-012), the value masked if it looks personal
         */
        public String notACode(String code) {
            return Rule.DOC_012.id() + ": " + Binder.quote(code) + " is not a code of " + type.getSimpleName();
        }
    }

    /** The ten records and their parts, in the format's order. */
    public static final List<Mapped<?>> OBJECTS = List.of(
            new Mapped<>(Organization.class, (g, v) -> RecordWriter.organization(g, v, null),
                    (b, p) -> b.organization(p, RecordTypeField.NONE)),
            new Mapped<>(Member.class, (g, v) -> RecordWriter.member(g, v, null), (b, p) -> b.member(p, RecordTypeField.NONE)),
            new Mapped<>(Grid.class, (g, v) -> RecordWriter.grid(g, v, null), (b, p) -> b.grid(p, RecordTypeField.NONE)),
            new Mapped<>(ServiceRecord.class, (g, v) -> RecordWriter.serviceRecord(g, v, null),
                    (b, p) -> b.serviceRecord(p, RecordTypeField.NONE)),
            new Mapped<>(Posting.class, (g, v) -> RecordWriter.posting(g, v, null), (b, p) -> b.posting(p, RecordTypeField.NONE)),
            new Mapped<>(Application.class, (g, v) -> RecordWriter.application(g, v, null),
                    (b, p) -> b.application(p, RecordTypeField.NONE)),
            new Mapped<>(Meeting.class, (g, v) -> RecordWriter.meeting(g, v, null), (b, p) -> b.meeting(p, RecordTypeField.NONE)),
            new Mapped<>(DuesPayment.class, (g, v) -> RecordWriter.duesPayment(g, v, null),
                    (b, p) -> b.duesPayment(p, RecordTypeField.NONE)),
            new Mapped<>(Transfer.class, (g, v) -> RecordWriter.transfer(g, v, null), (b, p) -> b.transfer(p, RecordTypeField.NONE)),
            new Mapped<>(Election.class, (g, v) -> RecordWriter.election(g, v, null), (b, p) -> b.election(p, RecordTypeField.NONE)),
            new Mapped<>(PublicNotice.class, RecordWriter::publicNotice, Binder::publicNotice),
            new Mapped<>(Vote.class, RecordWriter::vote, Binder::vote),
            new Mapped<>(ElectedMember.class, RecordWriter::electedMember, Binder::electedMember),
            new Mapped<>(PersonRef.class, RecordWriter::person, Binder::person),
            new Mapped<>(Unit.class, RecordWriter::unit, Binder::unit),
            new Mapped<>(Leadership.class, RecordWriter::leadership, Binder::leadership),
            new Mapped<>(Officer.class, RecordWriter::officer, Binder::officer),
            new Mapped<>(Honor.class, RecordWriter::honor, Binder::honor),
            new Mapped<>(SendingUnit.class, RecordWriter::sendingUnit, Binder::sendingUnit),
            new Mapped<>(Source.class, RecordWriter::source, Binder::source));

    /** The value types. */
    public static final List<Text<?>> TEXTS = List.of(
            new Text<>(ResidentIdNumber.class, ResidentIdNumber::text, ResidentIdNumber::lenient),
            new Text<>(PhoneNumber.class, PhoneNumber::text, PhoneNumber::lenient),
            new Text<>(CreditCode.class, CreditCode::text, CreditCode::lenient),
            new Text<>(DivisionCode.class, DivisionCode::text, DivisionCode::lenient),
            new Text<>(GridCode.class, GridCode::text, GridCode::lenient));

    /** The national code lists. */
    public static final List<Code<?>> CODES = List.of(
            new Code<>(Sex.class, Sex::findByCode),
            new Code<>(Ethnicity.class, Ethnicity::findByCode),
            new Code<>(Education.class, Education::findByCode));

    /**
     * Binds a whole document object and fails on its first shape problem, as the Jackson modules
     * read a {@link Dataset}: besides the records' problems, an {@code asOf} that is not a date
     * (DOC-003) and a {@code schemaVersion} other than 1.x (DOC-002).
     *
     * @param p the parser on the document's {@code START_OBJECT}; left on the matching {@code END_OBJECT}
     * @param failOnUnknown whether an unknown field (DOC-015) is an error
     * @return the dataset or the error
     * @throws IOException on malformed JSON
     */
    public static Bound<Dataset> bindDataset(TokenSource p, boolean failOnUnknown) throws IOException {
        List<String> errors = new ArrayList<>();
        DocumentBinder binder = new DocumentBinder(new DocumentBinder.ShapeSink() {
            @Override
            public void reportShape(Rule rule, long seq, String recordType, String recordId, String path, Object... args) {
                if (rule.severity() == Severity.ERROR || failOnUnknown) {
                    errors.add(describe(rule, path, args));
                }
            }

            @Override
            public void unreadableRecord(RecordType type) {
            }

            @Override
            public void unreadableRecords(RecordType type) {
            }
        });
        binder.readObject(p);
        if (binder.isAsOfUnreadable()) {
            errors.add(0, Rule.DOC_003.id() + " at /asOf: asOf is not a date (YYYY-MM-DD)");
        }
        String version = binder.schemaVersion();
        if (version != null && !version.matches("1\\.[0-9]+")) {
            errors.add(0, Rule.DOC_002.id() + " at /schemaVersion: format version "
                    + Texts.shorten(Masking.scrubPersonal(version), 60) + " is not 1.x");
        }
        return errors.isEmpty() ? new Bound<>(binder.dataset(), null) : new Bound<>(null, errors.get(0));
    }

    private static String describe(Rule rule, String path, Object... args) {
        return rule.id() + " at " + path + ": " + Messages.format(Messages.forLocale(Locale.ENGLISH).template(rule), args);
    }
}
