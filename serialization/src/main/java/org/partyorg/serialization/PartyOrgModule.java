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
import org.partyorg.core.Dataset;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Honor;
import org.partyorg.core.Leadership;
import org.partyorg.core.Officer;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.Source;
import org.partyorg.core.Unit;
import org.partyorg.core.Vote;
import org.partyorg.core.code.NationalCode;
import org.partyorg.serialization.internal.bind.Jackson2Sink;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.serialization.internal.bind.Mappings;
import org.partyorg.serialization.internal.bind.RecordWriter;

/**
 * Jackson 2 support for partyorg's types, so an application's {@code ObjectMapper} reads and writes
 * the exchange format: records through the same binder and writer as partyorg's readers (fixed
 * field order, nulls and empty lists left out), value types as their text (never the masked
 * {@code toString}), code lists as their codes. Its Jackson 3 sibling,
 * {@code org.partyorg.jackson3.PartyOrgModule} in {@code partyorg-jackson3}, maps the same types to
 * the same JSON.
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
        Mappings.OBJECTS.forEach(this::addObject);
        addSerializer(Dataset.class, new Serializer<>(Dataset.class, RecordWriter::dataset));
        addDeserializer(Dataset.class, new DatasetDeserializer());
        Mappings.TEXTS.forEach(this::addText);
        Mappings.CODES.forEach(this::addCode);
    }

    private <T> void addObject(Mappings.Mapped<T> mapped) {
        addSerializer(mapped.type(), new Serializer<>(mapped.type(), mapped.write()));
        addDeserializer(mapped.type(), new ObjectDeserializer<>(mapped));
    }

    private <T> void addText(Mappings.Text<T> text) {
        addSerializer(text.type(), new Serializer<>(text.type(), (g, v) -> g.string(text.text().apply(v))));
        addDeserializer(text.type(), new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return text.type().cast(ctxt.handleUnexpectedToken(text.type(), p));
                }
                return text.lenient().apply(p.getText());
            }
        });
    }

    private <T extends NationalCode> void addCode(Mappings.Code<T> code) {
        addSerializer(code.type(), new Serializer<>(code.type(), (g, v) -> g.string(v.code())));
        addDeserializer(code.type(), new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return code.type().cast(ctxt.handleUnexpectedToken(code.type(), p));
                }
                String text = p.getText();
                return code.find().apply(text).orElseThrow(() -> MismatchedInputException.from(p, code.type(), code.notACode(text)));
            }
        });
    }

    private static final class Serializer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Mappings.Write<T> write;

        Serializer(Class<T> type, Mappings.Write<T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(new Jackson2Sink(g), value);
        }
    }

    private static final class ObjectDeserializer<T> extends JsonDeserializer<T> {
        private final Mappings.Mapped<T> mapped;

        ObjectDeserializer(Mappings.Mapped<T> mapped) {
            this.mapped = mapped;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return mapped.type().cast(ctxt.handleUnexpectedToken(mapped.type(), p));
            }
            Mappings.Bound<T> bound = mapped.bindStrict(new Jackson2Source(p),
                    ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            if (bound.error() != null) {
                throw MismatchedInputException.from(p, mapped.type(), bound.error());
            }
            return bound.value();
        }
    }

    /** Binds a whole document, failing on its first shape error. */
    private static final class DatasetDeserializer extends JsonDeserializer<Dataset> {
        @Override
        public Dataset deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Dataset) ctxt.handleUnexpectedToken(Dataset.class, p);
            }
            Mappings.Bound<Dataset> bound = Mappings.bindDataset(new Jackson2Source(p),
                    ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            if (bound.error() != null) {
                throw MismatchedInputException.from(p, Dataset.class, bound.error());
            }
            return bound.value();
        }
    }
}
