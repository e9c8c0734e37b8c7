package org.partyorg.jackson3;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.partyorg.serialization.internal.bind.Fields;
import org.partyorg.serialization.internal.bind.Token;
import org.partyorg.serialization.internal.bind.TokenSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 parser as partyorg's binder reads it; Jackson 3's exceptions pass through unchanged. */
final class Jackson3Source implements TokenSource {
    private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());
    /** Each kind's names as Jackson matches them against the input ({@link Fields#in}). */
    private static final AtomicReferenceArray<SerializedString[]> NAMES = new AtomicReferenceArray<>(Fields.MAX_KINDS);
    private final JsonParser p;

    Jackson3Source(JsonParser p) {
        this.p = p;
    }

    private static Token map(JsonToken t) {
        return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token nextToken() {
        return map(p.nextToken());
    }

    @Override
    public int nextField(Fields fields, int expected) {
        if (p.nextName(fields.in(NAMES, SerializedString[]::new, SerializedString::new)[expected])) {
            p.nextToken();
            return expected;
        }
        if (p.currentToken() != JsonToken.PROPERTY_NAME) {
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
    public String currentName() {
        return p.currentName();
    }

    @Override
    public String getText() {
        return p.getString();
    }

    @Override
    public char[] getTextCharacters() {
        return p.getStringCharacters();
    }

    @Override
    public int getTextOffset() {
        return p.getStringOffset();
    }

    @Override
    public int getTextLength() {
        return p.getStringLength();
    }

    @Override
    public boolean isInt() {
        return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int getIntValue() {
        return p.getIntValue();
    }

    @Override
    public BigDecimal getDecimalValue() {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            return TokenSource.beyondEveryDecimal(p.getText()); // an exponent no BigDecimal holds
        }
    }

    @Override
    public void fail(String message) {
        throw new StreamReadException(p, message);
    }
}
