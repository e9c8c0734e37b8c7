package org.partyorg.serialization.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.StreamValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * A strict, all-or-nothing Jackson binding of the examples onto the core records, for the tests
 * only, until the serialization module's own readers exist. Anything a schema calls a shape error
 * of type, enumeration or date (DOC-011, DOC-012, DOC-013) makes binding fail; what binds is
 * handed to partyorg's validator, which reports the remaining rules (DOC-002, DOC-003, DOC-010,
 * DOC-014 and every content rule). Unknown fields also make binding fail, so the examples' field
 * names are checked against the record components.
 */
final class StrictTestBinder {
    private static final ObjectMapper MAPPER = mapper();

    private StrictTestBinder() {
    }

    /** Thrown when the input does not bind. */
    static final class Unbindable extends Exception {
        private static final long serialVersionUID = 1L;

        Unbindable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static ValidationReport validateDocument(JsonNode document) throws Unbindable {
        return DatasetValidator.create().validate(bind(document, Dataset.class));
    }

    static ValidationReport validateStream(List<JsonNode> lines) throws Unbindable {
        StreamValidator v = StreamValidator.forStream(ValidationOptions.defaults());
        JsonNode header = lines.get(0);
        if (!"header".equals(header.path("recordType").asText())) {
            throw new Unbindable("first line is not a header", null);
        }
        ObjectNode fields = header.deepCopy();
        fields.remove("recordType");
        Header h = bind(fields, Header.class);
        v.start(h.schemaVersion(), h.asOf());
        for (int i = 1; i < lines.size(); i++) {
            ObjectNode record = lines.get(i).deepCopy();
            String type = record.path("recordType").asText();
            record.remove("recordType");
            long line = i + 1;
            switch (type) {
                case "organization" -> v.organization(bind(record, Organization.class), line, i, Set.of());
                case "member" -> v.member(bind(record, Member.class), line, i, Set.of());
                case "grid" -> v.grid(bind(record, Grid.class), line, i, Set.of());
                case "serviceRecord" -> v.serviceRecord(bind(record, ServiceRecord.class), line, i, Set.of());
                case "posting" -> v.posting(bind(record, Posting.class), line, i, Set.of());
                default -> throw new Unbindable("line " + line + ": unknown recordType " + type, null);
            }
        }
        return v.finish();
    }

    /** The header's fields (the stream form's counterpart of the dataset's first three). */
    record Header(String schemaVersion, LocalDate asOf, org.partyorg.core.Source source) {
    }

    private static <T> T bind(JsonNode node, Class<T> type) throws Unbindable {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException | RuntimeException e) {
            throw new Unbindable(e.getMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("partyorg-test-codes");
        codes.addDeserializer(LocalDate.class, text(LocalDate::parse));
        codes.addDeserializer(OffsetDateTime.class, text(OffsetDateTime::parse));
        codes.addDeserializer(DivisionCode.class, text(DivisionCode::lenient));
        codes.addDeserializer(ResidentIdNumber.class, text(ResidentIdNumber::lenient));
        codes.addDeserializer(CreditCode.class, text(CreditCode::lenient));
        codes.addDeserializer(PhoneNumber.class, text(PhoneNumber::lenient));
        codes.addDeserializer(GridCode.class, text(GridCode::lenient));
        codes.addDeserializer(Sex.class, text(code(Sex::findByCode)));
        codes.addDeserializer(Ethnicity.class, text(code(Ethnicity::findByCode)));
        codes.addDeserializer(Education.class, text(code(Education::findByCode)));
        JsonMapper mapper = JsonMapper.builder()
                .addModule(codes)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        for (LogicalType t : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean, LogicalType.Enum,
                LogicalType.Collection, LogicalType.POJO)) {
            mapper.coercionConfigFor(t)
                    .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, t == LogicalType.Textual || t == LogicalType.Enum
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, t == LogicalType.Textual || t == LogicalType.Enum
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }

    private static <T> Function<String, T> code(Function<String, Optional<T>> find) {
        return s -> find.apply(s).orElseThrow(() -> new IllegalArgumentException("not in the code list: " + s));
    }

    private static <T> JsonDeserializer<T> text(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return ctx.reportInputMismatch(Object.class, "expected a string, got %s", p.currentToken());
                }
                try {
                    return parse.apply(p.getText());
                } catch (RuntimeException e) {
                    return ctx.reportInputMismatch(Object.class, "bad value: %s", e.getMessage());
                }
            }
        };
    }
}
