package org.partyorg.serialization.internal.bind;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** A Jackson 2 parser as the binder reads it. */
public final class Jackson2Source implements TokenSource {
    private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
    /** Each kind's names as Jackson matches them against the input ({@link Fields#in}). */
    private static final AtomicReferenceArray<SerializedString[]> NAMES = new AtomicReferenceArray<>(Fields.MAX_KINDS);
    private final JsonParser p;

    /**
     * @param p the parser
     */
    public Jackson2Source(JsonParser p) {
        this.p = p;
    }

    /** @return the parser */
    public JsonParser parser() {
        return p;
    }

    private static Token map(JsonToken t) {
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token nextToken() throws IOException {
        return map(p.nextToken());
    }

    @Override
    public int nextField(Fields fields, int expected) throws IOException {
        if (p.nextFieldName(fields.in(NAMES, SerializedString[]::new, SerializedString::new)[expected])) {
            p.nextToken();
            return expected;
        }
        if (p.currentToken() != JsonToken.FIELD_NAME) {
            return Fields.END;
        }
        int i = fields.indexOf(p.currentName());
        p.nextToken();
        return i;
    }

    @Override
    public Token currentToken() {
        return map(p.currentToken());
    }

    @Override
    public String currentName() throws IOException {
        return p.currentName();
    }

    @Override
    public String getText() throws IOException {
        return p.getText();
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        return p.getTextCharacters();
    }

    @Override
    public int getTextOffset() throws IOException {
        return p.getTextOffset();
    }

    @Override
    public int getTextLength() throws IOException {
        return p.getTextLength();
    }

    @Override
    public boolean isInt() throws IOException {
        return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int getIntValue() throws IOException {
        return p.getIntValue();
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            return TokenSource.beyondEveryDecimal(p.getText()); // an exponent no BigDecimal holds
        }
    }

    @Override
    public void fail(String message) throws IOException {
        throw new JsonParseException(p, message);
    }
}
