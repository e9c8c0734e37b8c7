package org.partyorg.jackson3;

import java.io.IOException;
import org.partyorg.core.Dataset;
import org.partyorg.core.code.NationalCode;
import org.partyorg.serialization.internal.bind.BuildVersion;
import org.partyorg.serialization.internal.bind.Mappings;
import org.partyorg.serialization.internal.bind.RecordWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 support for partyorg's types, so an application's {@code JsonMapper} (Spring Boot 4's,
 * for one) reads and writes the exchange format exactly as the Jackson 2 module
 * {@code org.partyorg.serialization.PartyOrgModule} does: both wrap the one binder and writer of
 * partyorg's readers, so the same value gives the same bytes through either line, and the same JSON
 * the same records or the same error. Records are written with a fixed field order, nulls and
 * empty lists left out; value types as their text (never the masked {@code toString}); code lists
 * as their codes.
 *
 * <p>Registered through {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it; or {@code JsonMapper.builder().addModule(new PartyOrgModule())}. Reading a value that has
 * a shape error (wrong type, value outside its enumeration, invalid date, repeated key; for a
 * dataset also an {@code asOf} that is not a date or a {@code schemaVersion} other than 1.x) throws a
 * {@link MismatchedInputException} whose message starts with the rule id and the JSON Pointer.
 * Unknown fields follow {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}, which Jackson 3
 * leaves off: they are ignored, as the exchange format says; turned on, an unknown field is DOC-015.
 * Content rules are not checked: use the validators or Bean Validation for those.
 *
 * <p>Handles the ten records, the dataset and the parts of records (persons, units, leadership,
 * officers, honors, sending units, source, public notice, vote, elected member), the value types
 * ({@code ResidentIdNumber}, {@code PhoneNumber}, {@code CreditCode}, {@code DivisionCode},
 * {@code GridCode}) and the national code lists ({@code Sex}, {@code Ethnicity}, {@code Education}).
 */
public final class PartyOrgModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Registers the serializers and deserializers. */
    public PartyOrgModule() {
        super("partyorg", VersionUtil.parseVersion(BuildVersion.VERSION, BuildVersion.GROUP_ID, "partyorg-jackson3"));
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
        addDeserializer(text.type(), new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return text.type().cast(ctxt.handleUnexpectedToken(text.type(), p));
                }
                return text.lenient().apply(p.getString());
            }
        });
    }

    private <T extends NationalCode> void addCode(Mappings.Code<T> code) {
        addSerializer(code.type(), new Serializer<>(code.type(), (g, v) -> g.string(v.code())));
        addDeserializer(code.type(), new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return code.type().cast(ctxt.handleUnexpectedToken(code.type(), p));
                }
                String text = p.getString();
                return code.find().apply(text).orElseThrow(() -> MismatchedInputException.from(p, code.type(), code.notACode(text)));
            }
        });
    }

    /** Jackson 3's adapters throw no checked exception; the binder's and writer's signatures are Jackson 2's. */
    private static JacksonException unexpected(IOException e) {
        return JacksonIOException.construct(e);
    }

    private static final class Serializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final Mappings.Write<T> write;

        Serializer(Class<T> type, Mappings.Write<T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            try {
                write.write(new Jackson3Sink(g), value);
            } catch (IOException e) {
                throw unexpected(e);
            }
        }
    }

    private static final class ObjectDeserializer<T> extends ValueDeserializer<T> {
        private final Mappings.Mapped<T> mapped;

        ObjectDeserializer(Mappings.Mapped<T> mapped) {
            this.mapped = mapped;
        }

        @Override
        public Class<?> handledType() {
            return mapped.type();
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return mapped.type().cast(ctxt.handleUnexpectedToken(mapped.type(), p));
            }
            Mappings.Bound<T> bound;
            try {
                bound = mapped.bindStrict(new Jackson3Source(p), ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            } catch (IOException e) {
                throw unexpected(e);
            }
            if (bound.error() != null) {
                throw MismatchedInputException.from(p, mapped.type(), bound.error());
            }
            return bound.value();
        }
    }

    /** Binds a whole document, failing on its first shape error. */
    private static final class DatasetDeserializer extends ValueDeserializer<Dataset> {
        @Override
        public Class<?> handledType() {
            return Dataset.class;
        }

        @Override
        public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Dataset) ctxt.handleUnexpectedToken(Dataset.class, p);
            }
            Mappings.Bound<Dataset> bound;
            try {
                bound = Mappings.bindDataset(new Jackson3Source(p), ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            } catch (IOException e) {
                throw unexpected(e);
            }
            if (bound.error() != null) {
                throw MismatchedInputException.from(p, Dataset.class, bound.error());
            }
            return bound.value();
        }
    }
}
