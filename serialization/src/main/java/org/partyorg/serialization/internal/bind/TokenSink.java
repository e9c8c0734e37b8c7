package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The few generator calls the record writer makes, so one writer serves both Jackson lines: the
 * writers and the Jackson 2 module write through {@link Jackson2Sink}, the Jackson 3 module through
 * its own adapter. Every call goes straight to the generator, so its pretty printer, its escaping
 * and its place in a larger document stay the generator's.
 */
public interface TokenSink {
    /** @throws IOException on output failure */
    void startObject() throws IOException;

    /** @throws IOException on output failure */
    void endObject() throws IOException;

    /** @throws IOException on output failure */
    void startArray() throws IOException;

    /** @throws IOException on output failure */
    void endArray() throws IOException;

    /**
     * @param name a field name
     * @throws IOException on output failure
     */
    void name(String name) throws IOException;

    /**
     * @param value a string value
     * @throws IOException on output failure
     */
    void string(String value) throws IOException;

    /**
     * A date as its ISO text ({@code 2024-03-05}), as {@link LocalDate#toString()} writes it; a sink may
     * write it without making the string.
     *
     * @param value a date
     * @throws IOException on output failure
     */
    default void date(LocalDate value) throws IOException {
        string(value.toString());
    }

    /**
     * @param value an integer
     * @throws IOException on output failure
     */
    void number(int value) throws IOException;

    /**
     * A number as its decimal text, written as it is (unquoted): {@code 12.50} stays {@code 12.50}.
     * A generator that cannot write numbers as text (a tree being built, a binary format) gets the
     * {@code BigDecimal} of the text, which keeps its digits and scale.
     *
     * @param text a number's decimal text
     * @throws IOException on output failure
     */
    void number(String text) throws IOException;

    /**
     * @param value a boolean
     * @throws IOException on output failure
     */
    void bool(boolean value) throws IOException;
}
