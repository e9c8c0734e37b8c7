package org.partyorg.jackson3;

import java.math.BigDecimal;
import org.partyorg.serialization.internal.bind.TokenSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteCapability;

/** A Jackson 3 generator as partyorg's record writer writes to it. */
final class Jackson3Sink implements TokenSink {
    private final JsonGenerator g;

    Jackson3Sink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    @Override
    public void number(String text) {
        if (g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
            g.writeNumber(text);
        } else {
            g.writeNumber(new BigDecimal(text));   // a tree (valueToTree) takes numbers typed: the same digits and scale
        }
    }

    @Override
    public void bool(boolean value) {
        g.writeBoolean(value);
    }
}
