package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The tokens of an ordinary stream line, read straight from its UTF-8 bytes: one JSON object on
 * one line, in the plain JSON that writers produce. It reads only what it can read exactly as
 * Jackson does and gives way on everything else by throwing {@link NotPlain}, before any
 * difference could arise: a control character, a byte that is not well-formed UTF-8, an escaped
 * surrogate, an exponent, an integer of ten or more digits, a value near a read limit, a newline or
 * carriage return inside the object, and every syntax error. The caller then reads the line again
 * with Jackson, which gives the exact report (docs/design.md, "Plain lines without Jackson").
 *
 * <p>Why: on the stream path Jackson's tokenizing and string finishing were half of the binding
 * work, and most of it serves names the binder knows in advance and dates and codes it reads as
 * characters. Here an expected field name is matched against its bytes without being decoded, an
 * ASCII string becomes a {@code String} in one copy, and nothing is canonicalized.
 *
 * <p>Not thread-safe: one per reading thread, {@link #reset} for each line.
 */
public final class PlainLineSource implements TokenSource {
    /** Thrown wherever the line leaves the plain subset; it carries no stack trace and is shared. */
    public static final class NotPlain extends IOException {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super("not a plain line");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Expected field names as UTF-8 bytes, per kind of object. */
    private static final AtomicReferenceArray<byte[][]> NAMES = new AtomicReferenceArray<>(Fields.MAX_KINDS);
    /** Levels deeper than this give way, below Jackson's own limit and within {@link #objects}. */
    private static final int MAX_DEPTH = 62;
    /** Integers of up to nine digits: Jackson's {@code INT}; longer ones it decides. */
    private static final int MAX_INT_DIGITS = 9;

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNameLength;
    private final int maxNumberLength;

    private byte[] b;
    private int pos;
    private int limit;
    private Token current;
    /** Bit d set: level d is an object. Level 0 is outside the line's object. */
    private long objects;
    private int depth;
    /** Whether a value ended at the current level, so that a comma or the level's end comes next. */
    private boolean afterValue;
    private boolean rootDone;
    /** The field name of each level, for {@link #currentName}. */
    private final String[] names = new String[MAX_DEPTH + 2];

    /** The current string, name or number: bytes {@code [textStart, textEnd)}, and whether they are ASCII. */
    private int textStart;
    private int textEnd;
    private boolean ascii;
    /** The decoded characters of the current text when it is not ASCII, or once they were asked for. */
    private char[] chars = new char[64];
    private int charCount;
    private boolean charsReady;
    private int intValue;

    /**
     * @param maxDepth the read limit's nesting depth
     * @param maxStringLength the read limit's string length
     * @param maxNameLength the read limit's name length
     * @param maxNumberLength the read limit's number length
     */
    public PlainLineSource(int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {
        // give way one short of every limit: Jackson decides whatever comes near one
        this.maxDepth = Math.min(MAX_DEPTH, maxDepth - 1);
        this.maxStringLength = maxStringLength - 1;
        this.maxNameLength = maxNameLength - 1;
        this.maxNumberLength = maxNumberLength - 1;
    }

    /**
     * Starts a line.
     *
     * @param bytes the buffer
     * @param from where the line starts
     * @param limit where the bytes that may be read end (the line's end, or further)
     */
    public void reset(byte[] bytes, int from, int limit) {
        this.b = bytes;
        this.pos = from;
        this.limit = limit;
        this.current = null;
        this.objects = 0;
        this.depth = 0;
        this.afterValue = false;
        this.rootDone = false;
    }

    /** @return whether the line's object has ended */
    public boolean objectEnded() {
        return rootDone;
    }

    /** @return the position after the last token read */
    public int position() {
        return pos;
    }

    private static NotPlain notPlain() {
        return NotPlain.INSTANCE;
    }

    @Override
    public Token nextToken() throws IOException {
        if (current == Token.FIELD_NAME) {
            return value(colonThenValue());
        }
        if (depth == 0) {
            if (rootDone || current != null) {
                return current = null;
            }
            if (skipSpaces() != '{') {
                throw notPlain();
            }
            pos++;
            return open(true);
        }
        int c = skipSpaces();
        boolean object = (objects & (1L << depth)) != 0;
        if (c == (object ? '}' : ']')) {
            pos++;
            return close(object);
        }
        if (afterValue) {
            if (c != ',') {
                throw notPlain();
            }
            pos++;
            c = skipSpaces();
        }
        if (!object) {
            return value(c);
        }
        if (c != '"') {
            throw notPlain();
        }
        pos++;
        names[depth] = readName();
        return current = Token.FIELD_NAME;
    }

    @Override
    public int nextField(Fields fields, int expected) throws IOException {
        if (depth == 0 || current == Token.FIELD_NAME || (objects & (1L << depth)) == 0) {
            return TokenSource.super.nextField(fields, expected);
        }
        int c = skipSpaces();
        if (c == '}') {
            pos++;
            close(true);
            return Fields.END;
        }
        if (afterValue) {
            if (c != ',') {
                throw notPlain();
            }
            pos++;
            c = skipSpaces();
        }
        if (c != '"') {
            throw notPlain();
        }
        pos++;
        int found;
        byte[] name = expectedName(fields, expected);
        if (matches(name)) {
            pos += name.length + 1;
            names[depth] = fields.name(expected);
            found = expected;
        } else {
            String n = readName();
            names[depth] = n;
            found = fields.indexOf(n);
        }
        current = Token.FIELD_NAME;
        value(colonThenValue());
        return found;
    }

    private static byte[] expectedName(Fields fields, int expected) {
        return fields.in(NAMES, byte[][]::new, n -> n.getBytes(StandardCharsets.UTF_8))[expected];
    }

    /** @return whether the name at {@link #pos} is these bytes followed by its closing quote */
    private boolean matches(byte[] name) {
        int n = name.length;
        if (pos + n >= limit || b[pos + n] != '"') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private String readName() throws IOException {
        scanString(maxNameLength);
        return text();
    }

    private int colonThenValue() throws IOException {
        if (skipSpaces() != ':') {
            throw notPlain();
        }
        pos++;
        return skipSpaces();
    }

    /** Reads the value starting with byte {@code c} at {@link #pos}. */
    private Token value(int c) throws IOException {
        pos++;
        switch (c) {
            case '"' -> {
                scanString(maxStringLength);
                afterValue = true;
                return current = Token.VALUE_STRING;
            }
            case '{' -> {
                return open(true);
            }
            case '[' -> {
                return open(false);
            }
            case 't' -> {
                return literal("rue", Token.VALUE_TRUE);
            }
            case 'f' -> {
                return literal("alse", Token.VALUE_FALSE);
            }
            case 'n' -> {
                return literal("ull", Token.VALUE_NULL);
            }
            default -> {
                pos--;
                return number(c);
            }
        }
    }

    private Token open(boolean object) throws IOException {
        if (depth >= maxDepth) {
            throw notPlain();
        }
        depth++;
        if (object) {
            objects |= 1L << depth;
        } else {
            objects &= ~(1L << depth);
        }
        names[depth] = null;
        afterValue = false;
        return current = object ? Token.START_OBJECT : Token.START_ARRAY;
    }

    private Token close(boolean object) {
        depth--;
        afterValue = true;
        if (depth == 0) {
            rootDone = true;
        }
        return current = object ? Token.END_OBJECT : Token.END_ARRAY;
    }

    private Token literal(String rest, Token token) throws IOException {
        int n = rest.length();
        if (pos + n >= limit) {
            throw notPlain();
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != rest.charAt(i)) {
                throw notPlain();
            }
        }
        pos += n;
        requireDelimiter();
        afterValue = true;
        return current = token;
    }

    /** After a literal or number: Jackson refuses {@code truex} and {@code 12a}; only these may follow here. */
    private void requireDelimiter() throws NotPlain {
        if (pos >= limit) {
            throw notPlain();
        }
        byte c = b[pos];
        if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t') {
            throw notPlain();
        }
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, nothing else: exponents and long integers are Jackson's. */
    private Token number(int first) throws IOException {
        int start = pos;
        int i = pos;
        if (first == '-') {
            i++;
        }
        int digitsFrom = i;
        int value = 0;
        while (i < limit && b[i] >= '0' && b[i] <= '9') {
            value = value * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsFrom;
        if (digits == 0 || (digits > 1 && b[digitsFrom] == '0')) {
            throw notPlain();
        }
        Token token = Token.VALUE_NUMBER_INT;
        if (i < limit && b[i] == '.') {
            int fractionFrom = ++i;
            while (i < limit && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == fractionFrom) {
                throw notPlain();
            }
            token = Token.VALUE_NUMBER_FLOAT;
        } else if (digits > MAX_INT_DIGITS) {
            throw notPlain();
        }
        if (i - start > maxNumberLength) {
            throw notPlain();
        }
        pos = i;
        requireDelimiter();
        textStart = start;
        textEnd = i;
        ascii = true;
        charsReady = false;
        intValue = first == '-' ? -value : value;
        afterValue = true;
        return current = token;
    }

    /**
     * Scans a string after its opening quote up to the closing one, decoding it to {@link #chars}
     * when it is not ASCII.
     */
    private void scanString(int maxLength) throws IOException {
        int i = pos;
        int end = limit;
        byte[] bytes = b;
        while (i < end) {
            byte c = bytes[i];
            if (c == '"') {
                break;
            }
            if (c < 0x20 || c == '\\') { // negative: a byte above 0x7F
                if (c < 0 || c == '\\') {
                    decodeString(i, maxLength);
                    return;
                }
                throw notPlain();
            }
            i++;
        }
        if (i >= end || i - pos > maxLength) {
            throw notPlain();
        }
        textStart = pos;
        textEnd = i;
        ascii = true;
        charsReady = false;
        pos = i + 1;
    }

    /**
     * Decodes a string with non-ASCII bytes or escapes from {@code from} on: well-formed UTF-8 only,
     * without overlong forms or surrogates (what Jackson would let through or refuse there is its to
     * say). Writers that escape every non-ASCII character ({@code \\u4E2D}) stay on this path.
     * The length limit counts bytes, which are never fewer than the characters.
     */
    private void decodeString(int from, int maxLength) throws IOException {
        int asciiPart = from - pos;
        ensureChars(asciiPart + 16);
        for (int j = 0; j < asciiPart; j++) {
            chars[j] = (char) b[pos + j];
        }
        int n = asciiPart;
        int i = from;
        int end = limit;
        while (true) {
            if (i >= end) {
                throw notPlain();
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                break;
            }
            if (n + 2 > chars.length) {
                ensureChars(n + 2);
            }
            if (c == '\\') {
                chars[n++] = unescape(i + 1, end);
                i += b[i + 1] == 'u' ? 6 : 2;
            } else if (c < 0x80) {
                if (c < 0x20) {
                    throw notPlain();
                }
                chars[n++] = (char) c;
                i++;
            } else if (c >= 0xC2 && c <= 0xDF) {
                chars[n++] = (char) (((c & 0x1F) << 6) | continuation(i + 1, end));
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                int cp = ((c & 0x0F) << 12) | (continuation(i + 1, end) << 6) | continuation(i + 2, end);
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw notPlain(); // overlong, or a surrogate
                }
                chars[n++] = (char) cp;
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                int cp = ((c & 0x07) << 18) | (continuation(i + 1, end) << 12) | (continuation(i + 2, end) << 6)
                        | continuation(i + 3, end);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    throw notPlain();
                }
                chars[n++] = Character.highSurrogate(cp);
                chars[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                throw notPlain();
            }
            if (i - pos > maxLength) {
                throw notPlain();
            }
        }
        textStart = pos;
        textEnd = i;
        ascii = false;
        charCount = n;
        charsReady = true;
        pos = i + 1;
    }

    /** JSON's escape letters other than {@code u}, and the characters they stand for. */
    private static final String ESCAPE_LETTERS = "\"\\/bfnrt";
    private static final String ESCAPED = "\"\\/\b\f\n\r\t";

    /**
     * The character of the escape whose letter is at {@code at}: one of JSON's eight, or a
     * {@code \\u} escape of four hex digits unless it is half of a surrogate pair (how Jackson
     * pairs them, or not, is its to say).
     */
    private char unescape(int at, int end) throws NotPlain {
        if (at >= end) {
            throw notPlain();
        }
        if (b[at] != 'u') {
            int k = ESCAPE_LETTERS.indexOf(b[at]);
            if (k < 0) {
                throw notPlain();
            }
            return ESCAPED.charAt(k);
        }
        if (at + 4 >= end) {
            throw notPlain();
        }
        int cp = 0;
        for (int j = 1; j <= 4; j++) {
            int digit = Character.digit(b[at + j], 16);
            if (digit < 0) {
                throw notPlain();
            }
            cp = cp << 4 | digit;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            throw notPlain();
        }
        return (char) cp;
    }

    private int continuation(int at, int end) throws NotPlain {
        if (at >= end) {
            throw notPlain();
        }
        int c = b[at] & 0xFF;
        if ((c & 0xC0) != 0x80) {
            throw notPlain();
        }
        return c & 0x3F;
    }

    private void ensureChars(int n) {
        if (chars.length < n) {
            char[] more = new char[Math.max(n, chars.length * 2)];
            System.arraycopy(chars, 0, more, 0, chars.length);
            chars = more;
        }
    }

    /** Skips spaces and tabs; a newline or carriage return inside the object, or the end of the bytes, gives way. */
    private int skipSpaces() throws NotPlain {
        while (pos < limit) {
            byte c = b[pos];
            if (c != ' ' && c != '\t') {
                return c;
            }
            pos++;
        }
        throw notPlain();
    }

    private String text() {
        if (ascii) {
            return new String(b, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1);
        }
        return new String(chars, 0, charCount);
    }

    @Override
    public Token currentToken() {
        return current;
    }

    @Override
    public String currentName() {
        if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
            return names[depth - 1];
        }
        return names[depth];
    }

    @Override
    public String getText() {
        if (current == null) {
            return null;
        }
        return switch (current) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> text();
            case FIELD_NAME -> names[depth];
            case START_OBJECT -> "{";
            case END_OBJECT -> "}";
            case START_ARRAY -> "[";
            case END_ARRAY -> "]";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    @Override
    public char[] getTextCharacters() {
        if (current != Token.VALUE_STRING && current != Token.VALUE_NUMBER_INT && current != Token.VALUE_NUMBER_FLOAT) {
            String text = getText();
            return text == null ? null : text.toCharArray();
        }
        if (!charsReady) {
            int n = textEnd - textStart;
            ensureChars(n);
            for (int j = 0; j < n; j++) {
                chars[j] = (char) b[textStart + j];
            }
            charCount = n;
            charsReady = true;
        }
        return chars;
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public int getTextLength() {
        if (current == Token.VALUE_STRING || current == Token.VALUE_NUMBER_INT || current == Token.VALUE_NUMBER_FLOAT) {
            return ascii ? textEnd - textStart : charCount;
        }
        String text = getText();
        return text == null ? 0 : text.length();
    }

    @Override
    public boolean isInt() {
        return current == Token.VALUE_NUMBER_INT;
    }

    @Override
    public int getIntValue() throws IOException {
        if (current != Token.VALUE_NUMBER_INT) {
            throw notPlain(); // Jackson converts other numbers; the binder asks only for integers
        }
        return intValue;
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        if (current == Token.VALUE_NUMBER_INT) {
            return BigDecimal.valueOf(intValue);
        }
        if (current == Token.VALUE_NUMBER_FLOAT) {
            return new BigDecimal(text());
        }
        throw notPlain();
    }

    @Override
    public void fail(String message) throws IOException {
        throw notPlain(); // Jackson reads the line again and reports it
    }
}
