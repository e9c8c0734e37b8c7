package org.partyorg.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.partyorg.core.Dataset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The design not taken, for measurement only (docs/design.md): a Jackson 3 module that hands each
 * {@link Dataset} to the Jackson 2 module, writing its text as a raw value and reading a Jackson 3
 * tree back into text for Jackson 2 to bind.
 */
final class Delegating extends SimpleModule {
    private static final long serialVersionUID = 1L;

    Delegating(ObjectMapper jackson2) {
        super("partyorg-delegating");
        addSerializer(Dataset.class, new ValueSerializer<Dataset>() {
            @Override
            public void serialize(Dataset value, JsonGenerator g, SerializationContext ctxt) {
                try {
                    g.writeRawValue(jackson2.writeValueAsString(value));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        addDeserializer(Dataset.class, new ValueDeserializer<Dataset>() {
            @Override
            public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode tree = ctxt.readTree(p);
                try {
                    return jackson2.readValue(tree.toString(), Dataset.class);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
