package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.serialization.internal.bind.PlainLineSource;
import org.partyorg.serialization.internal.bind.Token;
import org.partyorg.serialization.internal.bind.TokenSource;

/**
 * The plain line reader against Jackson, token by token: on every line it reads, it gives what
 * Jackson gives (tokens, texts, names, numbers); every line Jackson refuses, it gives way on; and
 * it reads the lines that writers produce, in formats 1.0 and 1.1, without giving way.
 */
class PlainLineSourceTest {
    private static final JsonFactory LINES = ReadLimits.defaults().lineFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** As writers that escape every non-ASCII character write (Python's json.dumps by default). */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final byte[] INTERESTING = {
        '"', '\\', '\n', '\r', '\t', ' ', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0xE4, (byte) 0xED, (byte) 0xF0, (byte) 0x80,
        'e', 'E', '.', '-', '+', '0', '1', '9', '{', '}', '[', ']', ',', ':', 'x', 'n', 't', 'f', 'u', 'l'};

    /** Every object of the examples, one per line as a writer puts it: the format's every record type and field. */
    static List<byte[]> writtenLines() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../docs/examples/koujiang-village.ndjson"), StandardCharsets.UTF_8)) {
            lines.add(line.getBytes(StandardCharsets.UTF_8));
        }
        for (String name : List.of("koujiang-village-1.1.json", "koujiang-village-1.1-mistakes.json", "koujiang-village-mistakes.json")) {
            JsonNode document = MAPPER.readTree(Path.of("../docs/examples", name).toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isArray()) {
                    for (JsonNode record : field.getValue()) {
                        lines.add(MAPPER.writeValueAsBytes(record));
                        lines.add(ESCAPING.writeValueAsBytes(record));
                    }
                } else if (field.getValue().isObject()) {
                    lines.add(MAPPER.writeValueAsBytes(field.getValue()));
                }
            }
        }
        return lines;
    }

    /** The tokens of the line's object as Jackson reads them, or "error" when it refuses the line. */
    static String jackson(byte[] line) {
        try (JsonParser parser = LINES.createParser(line)) {
            Jackson2Source source = new Jackson2Source(parser);
            String trace = trace(source);
            if (trace != null && source.nextToken() != null) {
                return "error"; // content after the object
            }
            return trace == null ? "error" : trace;
        } catch (IOException e) {
            return "error";
        }
    }

    /** The same from the plain reader, or null when it gives way. */
    static String plain(byte[] line) {
        PlainLineSource source = new PlainLineSource(64, 1_000_000, 1_000, 100);
        source.reset(line, 0, line.length);
        try {
            String trace = trace(source);
            if (trace == null || !source.objectEnded()) {
                return null;
            }
            for (int i = source.position(); i < line.length; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return null; // LineBinder refuses anything but whitespace after the object
                }
            }
            return trace;
        } catch (PlainLineSource.NotPlain e) {
            return null;
        } catch (IOException e) {
            throw new AssertionError("the plain reader only gives way", e);
        }
    }

    /** Tokens, texts, names and number values up to the end of the line's object; null if it is not an object. */
    private static String trace(TokenSource p) throws IOException {
        StringBuilder out = new StringBuilder();
        if (p.nextToken() != Token.START_OBJECT) {
            return null;
        }
        int depth = 1;
        out.append("{ ");
        while (depth > 0) {
            Token t = p.nextToken();
            if (t == null) {
                return null;
            }
            out.append(t).append('|').append(p.getText()).append('|').append(p.currentName());
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> out.append('|').append(new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    BigDecimal d = p.getDecimalValue();
                    out.append('|').append(p.isInt()).append('|').append(d).append('|').append(d == null ? "" : d.scale());
                    if (p.isInt()) {
                        out.append('|').append(p.getIntValue());
                    }
                }
                default -> {
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void readsEveryLineAWriterProducesAsJacksonDoes() throws IOException {
        List<byte[]> lines = writtenLines();
        assertThat(lines.size()).isGreaterThan(120);
        for (byte[] line : lines) {
            String text = new String(line, StandardCharsets.UTF_8);
            assertThat(plain(line)).as(text).isNotNull().isEqualTo(jackson(line));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void onMutatedLinesItGivesWayOrAgreesWithJackson(long seed) throws IOException {
        List<byte[]> lines = writtenLines();
        Random random = new Random(seed);
        int agreed = 0;
        int gaveWay = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] line = mutate(lines.get(random.nextInt(lines.size())), random);
            String plain = plain(line);
            String jackson = jackson(line);
            if (plain == null) {
                gaveWay++;
            } else {
                assertThat(plain).as(new String(line, StandardCharsets.ISO_8859_1)).isEqualTo(jackson);
                agreed++;
            }
        }
        // both outcomes occur often: the mutations reach the reader's every branch, not just its first check
        assertThat(agreed).isGreaterThan(1000);
        assertThat(gaveWay).isGreaterThan(1000);
    }

    /** One to three edits: a byte replaced, inserted or deleted, drawn from what tokenizers trip on. */
    private static byte[] mutate(byte[] line, Random random) {
        byte[] b = line;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(b.length);
            byte with = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
            byte[] next;
            switch (random.nextInt(3)) {
                case 0 -> {
                    next = b.clone();
                    next[at] = with;
                }
                case 1 -> {
                    next = new byte[b.length + 1];
                    System.arraycopy(b, 0, next, 0, at);
                    next[at] = with;
                    System.arraycopy(b, at, next, at + 1, b.length - at);
                }
                default -> {
                    if (b.length < 3) {
                        continue;
                    }
                    next = new byte[b.length - 1];
                    System.arraycopy(b, 0, next, 0, at);
                    System.arraycopy(b, at + 1, next, at, b.length - at - 1);
                }
            }
            b = next;
        }
        return b;
    }

    @Test
    void numbersItReadsAndNumbersItLeavesToJackson() {
        for (String value : List.of("0", "-0", "7", "-123456789", "999999999", "0.5", "12.50", "-0.0", "100.00")) {
            byte[] line = ("{\"a\":" + value + "}").getBytes(StandardCharsets.UTF_8);
            assertThat(plain(line)).as(value).isNotNull().isEqualTo(jackson(line));
        }
        // exponents and ten or more digits (long, big) are Jackson's, as are the malformed ones
        for (String value : List.of("1e2", "1E+2", "0.5e-3", "1234567890", "-2147483648", "01", "-", "1.", ".5", "+1", "1x",
                "0x1F", "NaN", "-Infinity")) {
            byte[] line = ("{\"a\":" + value + "}").getBytes(StandardCharsets.UTF_8);
            assertThat(plain(line)).as(value).isNull();
        }
    }

    @Test
    void stringsItReadsAndStringsItLeavesToJackson() {
        for (String value : List.of("", "abc", "中共南明区委员会", "é", "\uD83D\uDE00 emoji", "\u007F", "\uFEFF", "a\\nb",
                "\\u4e2d\\u5171 escaped", "\\\"\\\\\\/\\b\\f\\n\\r\\t", "\\u0000", "中\\u00e9")) {
            byte[] line = ("{\"a\":\"" + value + "\",\"名\":1}").getBytes(StandardCharsets.UTF_8);
            assertThat(plain(line)).as(value).isNotNull().isEqualTo(jackson(line));
        }
        for (byte[] value : List.of(
                "\\ud83d\\ude00".getBytes(StandardCharsets.UTF_8), // an escaped surrogate pair: Jackson's to join
                "\\x".getBytes(StandardCharsets.UTF_8), // no such escape
                "\\u12G4".getBytes(StandardCharsets.UTF_8),
                "\\u12".getBytes(StandardCharsets.UTF_8),
                new byte[] {'a', 0x1F}, // a control character
                new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong form
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[] {(byte) 0xE4, (byte) 0xB8}, // cut short
                new byte[] {(byte) 0xFF})) {
            byte[] line = new byte[value.length + 9];
            byte[] head = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, line, 0, head.length);
            System.arraycopy(value, 0, line, head.length, value.length);
            line[line.length - 3] = '"';
            line[line.length - 2] = ' ';
            line[line.length - 1] = '}';
            assertThat(plain(line)).as(new String(value, StandardCharsets.ISO_8859_1)).isNull();
        }
    }

    @Test
    void nearEveryReadLimitItGivesWay() {
        PlainLineSource tight = new PlainLineSource(3, 5, 4, 3);
        assertThat(readsWith(tight, "{\"a\":[{\"b\":1}]}")).as("depth 3").isFalse();
        assertThat(readsWith(tight, "{\"a\":[1]}")).as("depth 2").isTrue();
        assertThat(readsWith(tight, "{\"a\":\"abcde\"}")).as("a string of the limit's length").isFalse();
        assertThat(readsWith(tight, "{\"a\":\"abcd\"}")).isTrue();
        assertThat(readsWith(tight, "{\"a\":\"中中\"}")).as("six bytes, two characters").isFalse();
        assertThat(readsWith(tight, "{\"abcd\":1}")).as("a name of the limit's length").isFalse();
        assertThat(readsWith(tight, "{\"abc\":12}")).isTrue();
        assertThat(readsWith(tight, "{\"abc\":123}")).as("a number of the limit's length").isFalse();
    }

    private static boolean readsWith(PlainLineSource source, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        source.reset(bytes, 0, bytes.length);
        try {
            while (!source.objectEnded()) {
                source.nextToken();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
