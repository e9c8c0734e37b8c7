package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The few parser calls the binder makes, so one binder serves both Jackson lines: the readers and
 * the Jackson 2 module read through {@link Jackson2Source}, the Jackson 3 module through its own
 * adapter. The names are Jackson 2's. Each call goes straight to the parser: an adapter keeps no
 * state of its own, so the binder and the code around it may use the parser in turns.
 *
 * <p>Jackson 3 throws its own unchecked exceptions where Jackson 2 throws {@code IOException}s;
 * both pass through the binder unchanged.
 */
public interface TokenSource {
    /**
     * @return the next token, or null at the end of the input
     * @throws IOException on malformed JSON or a read limit
     */
    Token nextToken() throws IOException;

    /**
     * Moves to the next token and, when it is a field name, on to its value. The default reads the
     * name and looks it up; an adapter may first compare the input with the expected name.
     *
     * @param fields the names the object may have
     * @param expected the number of the name likely next: a hint only, any name is read correctly
     * @return the name's number in {@code fields}, {@link Fields#OTHER} for a name not among them,
     *     or {@link Fields#END} when the token is not a field name (the end of the object)
     * @throws IOException on malformed JSON or a read limit
     */
    default int nextField(Fields fields, int expected) throws IOException {
        if (nextToken() != Token.FIELD_NAME) {
            return Fields.END;
        }
        int i = fields.indexOf(currentName());
        nextToken();
        return i;
    }

    /** @return the current token, or null before the first and after the last */
    Token currentToken();

    /**
     * @return the current field name (on a field name or its value)
     * @throws IOException on a parser failure
     */
    String currentName() throws IOException;

    /**
     * @return the current token's text; reading it enforces the string length limit
     * @throws IOException on malformed JSON or a read limit
     */
    String getText() throws IOException;

    /**
     * @return the buffer holding the current token's text, valid until the next token
     * @throws IOException on malformed JSON or a read limit
     */
    char[] getTextCharacters() throws IOException;

    /**
     * @return where the text starts in {@link #getTextCharacters()}
     * @throws IOException on a parser failure
     */
    int getTextOffset() throws IOException;

    /**
     * @return the text's length
     * @throws IOException on a parser failure
     */
    int getTextLength() throws IOException;

    /**
     * @return whether the current integer fits a Java {@code int}
     * @throws IOException on a parser failure
     */
    boolean isInt() throws IOException;

    /**
     * @return the current number as an {@code int}, when {@link #isInt()}
     * @throws IOException on a parser failure
     */
    int getIntValue() throws IOException;

    /**
     * @return the current number, exactly, or null when no {@code BigDecimal} holds it (an exponent
     *     beyond the {@code int} range, such as {@code 1e-2147483649}); the parser throws a
     *     {@code NumberFormatException} there, which would end the whole read
     * @throws IOException on a parser failure
     */
    BigDecimal getDecimalValue() throws IOException;

    /**
     * What {@link #getDecimalValue()} returns for a number whose exponent no {@code BigDecimal}
     * holds: zero when its digits are all zeros ({@code 0e-2147483649} is zero, whatever the
     * exponent), otherwise null.
     *
     * @param text the number as written
     * @return zero, or null
     */
    static BigDecimal beyondEveryDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == 'e' || ch == 'E') {
                return BigDecimal.ZERO;
            }
            if (ch >= '1' && ch <= '9') {
                return null;
            }
        }
        return null; // no exponent: a BigDecimal holds it, and this is not called
    }

    /**
     * @param text a number as written
     * @return whether its exponent is negative ({@code 1e-5}), which for a number no
     *     {@code BigDecimal} holds means it is far from any integer
     */
    static boolean hasNegativeExponent(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        return e >= 0 && e + 1 < text.length() && text.charAt(e + 1) == '-';
    }

    /**
     * Throws the parser's own exception for malformed input, located at the current token.
     *
     * @param message what is wrong
     * @throws IOException always, or the parser line's unchecked equivalent
     */
    void fail(String message) throws IOException;
}
