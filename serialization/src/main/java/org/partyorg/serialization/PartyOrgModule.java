package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
import org.partyorg.core.code.NationalCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.serialization.internal.bind.BindContext;
import org.partyorg.serialization.internal.bind.Binder.RecordTypeField;
import org.partyorg.serialization.internal.bind.Binder;
import org.partyorg.serialization.internal.bind.DocumentBinder;
import org.partyorg.serialization.internal.bind.RecordWriter;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.internal.rules.Messages;

/**
 * Jackson 2 support for partyorg's types, so an application's {@code ObjectMapper} reads and writes
 * the exchange format: records through the same binder and writer as partyorg's readers (fixed
 * field order, nulls and empty lists left out), value types as their text (never the masked
 * {@code toString}), code lists as their codes.
 *
 * <p>Registered through {@code ServiceLoader}, so {@code mapper.findAndRegisterModules()} finds it;
 * or {@code mapper.registerModule(new PartyOrgModule())}. Reading a record that has a shape error
 * (wrong type, value outside its enumeration, invalid date, repeated key; for a dataset also an
 * {@code asOf} that is not a date or a {@code schemaVersion} other than 1.x) throws a
 * {@link MismatchedInputException} naming the rule and path. Unknown fields follow Jackson's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson turns on by default: turn
 * it off to ignore them as the exchange format does (the readers report them as DOC-015 warnings).
 * Content rules are not checked: use the validators for those.
 *
 * <p>Besides the ten records and the dataset, the parts ({@link PersonRef}, {@link Unit},
 * {@link Leadership}, {@link Officer}, {@link Honor}, {@link SendingUnit}, {@link Source},
 * {@link PublicNotice}, {@link Vote}, {@link ElectedMember}) are handled the same way.
 */
public final class PartyOrgModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Registers the serializers and deserializers. */
    public PartyOrgModule() {
        super("partyorg", ModuleVersion.VERSION);
        addRecord(Organization.class, (g, v) -> RecordWriter.organization(g, v, null), (b, p) -> b.organization(p, RecordTypeField.NONE));
        addRecord(Member.class, (g, v) -> RecordWriter.member(g, v, null), (b, p) -> b.member(p, RecordTypeField.NONE));
        addRecord(Grid.class, (g, v) -> RecordWriter.grid(g, v, null), (b, p) -> b.grid(p, RecordTypeField.NONE));
        addRecord(ServiceRecord.class, (g, v) -> RecordWriter.serviceRecord(g, v, null), (b, p) -> b.serviceRecord(p, RecordTypeField.NONE));
        addRecord(Posting.class, (g, v) -> RecordWriter.posting(g, v, null), (b, p) -> b.posting(p, RecordTypeField.NONE));
        addRecord(Application.class, (g, v) -> RecordWriter.application(g, v, null), (b, p) -> b.application(p, RecordTypeField.NONE));
        addRecord(Meeting.class, (g, v) -> RecordWriter.meeting(g, v, null), (b, p) -> b.meeting(p, RecordTypeField.NONE));
        addRecord(DuesPayment.class, (g, v) -> RecordWriter.duesPayment(g, v, null), (b, p) -> b.duesPayment(p, RecordTypeField.NONE));
        addRecord(Transfer.class, (g, v) -> RecordWriter.transfer(g, v, null), (b, p) -> b.transfer(p, RecordTypeField.NONE));
        addRecord(Election.class, (g, v) -> RecordWriter.election(g, v, null), (b, p) -> b.election(p, RecordTypeField.NONE));
        addRecord(PublicNotice.class, (g, v) -> RecordWriter.publicNotice(g, v), Binder::publicNotice);
        addRecord(Vote.class, (g, v) -> RecordWriter.vote(g, v), Binder::vote);
        addRecord(ElectedMember.class, (g, v) -> RecordWriter.electedMember(g, v), Binder::electedMember);
        addRecord(PersonRef.class, RecordWriter::person, Binder::person);
        addRecord(Unit.class, RecordWriter::unit, Binder::unit);
        addRecord(Leadership.class, RecordWriter::leadership, Binder::leadership);
        addRecord(Officer.class, RecordWriter::officer, Binder::officer);
        addRecord(Honor.class, RecordWriter::honor, Binder::honor);
        addRecord(SendingUnit.class, RecordWriter::sendingUnit, Binder::sendingUnit);
        addRecord(Source.class, RecordWriter::source, Binder::source);
        addSerializer(Dataset.class, new Serializer<>(Dataset.class, RecordWriter::dataset));
        addDeserializer(Dataset.class, new DatasetDeserializer());
        addText(ResidentIdNumber.class, ResidentIdNumber::text, ResidentIdNumber::lenient);
        addText(PhoneNumber.class, PhoneNumber::text, PhoneNumber::lenient);
        addText(CreditCode.class, CreditCode::text, CreditCode::lenient);
        addText(DivisionCode.class, DivisionCode::text, DivisionCode::lenient);
        addText(GridCode.class, GridCode::text, GridCode::lenient);
        addCode(Sex.class, Sex::findByCode);
        addCode(Ethnicity.class, Ethnicity::findByCode);
        addCode(Education.class, Education::findByCode);
    }

    /** Writes a value. */
    @FunctionalInterface
    private interface Write<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** Binds an object. */
    @FunctionalInterface
    private interface Bind<T> {
        T bind(Binder b, JsonParser p) throws IOException;
    }

    private <T> void addRecord(Class<T> type, Write<T> write, Bind<T> bind) {
        addSerializer(type, new Serializer<>(type, write));
        addDeserializer(type, new RecordDeserializer<>(type, bind));
    }

    private <T> void addText(Class<T> type, Function<T, String> text, Function<String, T> lenient) {
        addSerializer(type, new Serializer<>(type, (g, v) -> g.writeString(text.apply(v))));
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                return lenient.apply(p.getText());
            }
        });
    }

    private <T extends NationalCode> void addCode(Class<T> type, Function<String, Optional<T>> find) {
        addSerializer(type, new Serializer<>(type, (g, v) -> g.writeString(v.code())));
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String code = p.getText();
                return find.apply(code).orElseThrow(() -> MismatchedInputException.from(p, type,
                        Rule.DOC_012.id() + ": \"" + code + "\" is not a code of " + type.getSimpleName()));
            }
        });
    }

    private static final class Serializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Write<T> write;

        Serializer(Class<T> type, Write<T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(g, value);
        }
    }

    private static final class RecordDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Bind<T> bind;

        RecordDeserializer(Class<T> type, Bind<T> bind) {
            this.type = type;
            this.bind = bind;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            BindContext context = new BindContext();
            T value = bind.bind(new Binder(context), p);
            boolean failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            for (BindContext.Problem problem : context.problems()) {
                if (problem.rule() != Rule.DOC_015 || failOnUnknown) {
                    throw MismatchedInputException.from(p, type, describe(problem));
                }
            }
            return value;
        }
    }

    /** Binds a whole document, failing on its first shape error. */
    private static final class DatasetDeserializer extends JsonDeserializer<Dataset> {
        @Override
        public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Dataset) ctxt.handleUnexpectedToken(Dataset.class, p);
            }
            List<String> errors = new ArrayList<>();
            boolean failOnUnknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            DocumentBinder binder = new DocumentBinder(new DocumentBinder.ShapeSink() {
                @Override
                public void reportShape(Rule rule, long seq, String recordType, String recordId, String path, Object... args) {
                    if (rule.severity() == Severity.ERROR || failOnUnknown) {
                        errors.add(rule.id() + " at " + path + ": "
                                + Messages.format(Messages.forLocale(Locale.ENGLISH).template(rule), args));
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
                errors.add(0, Rule.DOC_002.id() + " at /schemaVersion: format version " + version + " is not 1.x");
            }
            if (!errors.isEmpty()) {
                throw MismatchedInputException.from(p, Dataset.class, errors.get(0));
            }
            return binder.dataset();
        }
    }

    private static String describe(BindContext.Problem problem) {
        String message = Messages.format(Messages.forLocale(Locale.ENGLISH).template(problem.rule()), problem.args());
        return problem.rule().id() + " at /" + problem.path() + ": " + message;
    }
}
