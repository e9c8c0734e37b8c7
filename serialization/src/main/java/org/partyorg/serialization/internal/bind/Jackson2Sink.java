package org.partyorg.serialization.internal.bind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteCapability;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Jackson 2 generator as the record writer writes to it.
 *
 * <p>Field names go to the generator as {@link SerializedString}s made once, so a JSON generator copies
 * their quoted UTF-8 bytes instead of escaping each name's characters on every record; dates are written
 * from their digits, without a {@code String} each (docs/design.md, "Writing at the pace of a national
 * export").
 */
public final class Jackson2Sink implements TokenSink {
    /**
     * The names the record writer writes are the format's field names, a fixed set of literals; the bound
     * keeps the cache small should a caller ever pass others (they are then written as strings).
     */
    private static final int MAX_CACHED_NAMES = 512;
    private static final Map<String, SerializableString> NAMES = new ConcurrentHashMap<>();

    private final JsonGenerator g;
    private final boolean numbersAsText;
    private final char[] date = new char[10];

    /**
     * @param g the generator
     */
    public Jackson2Sink(JsonGenerator g) {
        this.g = g;
        // not canWriteFormattedNumbers(), which Jackson 2's byte generator answers false (its character
        // generator true); the capability is what the Jackson 3 sink asks too, so both lines write
        // 0.00000001 as it is and not as 1E-8. getWriteCapabilities(), not has(): has() needs jackson-core 2.21
        this.numbersAsText = g.getWriteCapabilities().isEnabled(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
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
        SerializableString serialized = NAMES.get(name);
        if (serialized == null && NAMES.size() < MAX_CACHED_NAMES) {
            serialized = NAMES.computeIfAbsent(name, SerializedString::new);
        }
        if (serialized != null) {
            g.writeFieldName(serialized);
        } else {
            g.writeFieldName(name);
        }
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void date(LocalDate value) throws IOException {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(value.toString()); // a sign, or more than four digits: as LocalDate writes it
            return;
        }
        digits(year / 100, 0);
        digits(year % 100, 2);
        date[4] = '-';
        digits(value.getMonthValue(), 5);
        date[7] = '-';
        digits(value.getDayOfMonth(), 8);
        g.writeString(date, 0, date.length);
    }

    private void digits(int twoDigits, int at) {
        date[at] = (char) ('0' + twoDigits / 10);
        date[at + 1] = (char) ('0' + twoDigits % 10);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(String text) throws IOException {
        if (numbersAsText) {
            g.writeNumber(text);
        } else {
            g.writeNumber(new BigDecimal(text));   // a tree being built, a binary format take numbers typed: the same digits and scale
        }
    }

    @Override
    public void bool(boolean value) throws IOException {
        g.writeBoolean(value);
    }
}
