package org.partyorg.serialization.internal.bind;

/**
 * The JSON tokens the binder reads, the same for either Jackson line: Jackson 2's
 * {@code com.fasterxml.jackson.core.JsonToken} and Jackson 3's {@code tools.jackson.core.JsonToken}
 * have these constants in this order (Jackson 3 calls {@link #FIELD_NAME} {@code PROPERTY_NAME}).
 */
public enum Token {
    /** Non-blocking input only: no token yet. */
    NOT_AVAILABLE,
    /** <code>{</code>. */
    START_OBJECT,
    /** <code>}</code>. */
    END_OBJECT,
    /** {@code [}. */
    START_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** A field name; the parser's current name is its text. */
    FIELD_NAME,
    /** A Java object embedded in a token buffer, never read from JSON text. */
    VALUE_EMBEDDED_OBJECT,
    /** A string. */
    VALUE_STRING,
    /** A number without fraction or exponent. */
    VALUE_NUMBER_INT,
    /** A number with a fraction or an exponent. */
    VALUE_NUMBER_FLOAT,
    /** {@code true}. */
    VALUE_TRUE,
    /** {@code false}. */
    VALUE_FALSE,
    /** {@code null}. */
    VALUE_NULL;

    /**
     * @param names a Jackson line's token constants, in their declaration order
     * @return this enum's constant for each ordinal of that line's enum
     */
    public static Token[] byOrdinal(Enum<?>[] names) {
        Token[] out = new Token[names.length];
        for (Enum<?> e : names) {
            out[e.ordinal()] = e.name().equals("PROPERTY_NAME") ? FIELD_NAME : valueOf(e.name());
        }
        return out;
    }
}
