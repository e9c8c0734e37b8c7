package org.partyorg.serialization.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** A Jackson 2 generator as the record writer writes to it. */
public final class Jackson2Sink implements TokenSink {
    private final JsonGenerator g;

    /**
     * @param g the generator
     */
    public Jackson2Sink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(String text) throws IOException {
        if (g.canWriteFormattedNumbers()) {
            g.writeNumber(text);
        } else {
            g.writeNumber(new BigDecimal(text));   // a binary format takes numbers typed: the same digits and scale
        }
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }
}
