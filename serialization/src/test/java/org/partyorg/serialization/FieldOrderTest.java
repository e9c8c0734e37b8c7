package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.serialization.internal.bind.Fields;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.serialization.internal.bind.Token;
import org.partyorg.serialization.internal.bind.TokenSource;
import org.partyorg.validation.ValidationReport;

/**
 * The binder tells the parser which field name it expects next, and the parser compares the input
 * with that name before looking it up: a guess, never a rule. Objects whose fields come in any
 * order, with escaped, repeated, unknown and look-alike names, read exactly as with a plain lookup,
 * and a whole dataset with every object's fields shuffled gives the same records and findings as
 * in the format's order.
 */
class FieldOrderTest {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Fields NAMES = Fields.of("id", "name", "idNumber", "i");

    private static final String[] OBJECTS = {
        "{\"id\":\"a\",\"name\":\"b\",\"idNumber\":\"c\",\"i\":1}",
        "{\"i\":1,\"idNumber\":\"c\",\"name\":\"b\",\"id\":\"a\"}",
        "{\"\\u0069d\":\"escaped\",\"na\\u006de\":\"b\"}",
        "{\"idN\":1,\"idNumberX\":2,\"iD\":3,\"\":4,\"idNumber\":5}",
        "{\"id\":\"first\",\"id\":\"again\",\"name\":null,\"name\":[1]}",
        "{\"x\":{\"id\":1,\"name\":{\"i\":[]}},\"y\":[{\"id\":2}],\"id\":\"after\"}",
        "{\"名字\":\"x\",\"id\":\"证\",\"ïd\":1}",
        "{ \"id\" : \"a\" ,\n\t\"name\"\r\n:\"b\" }",
        "{}",
        "{\"id\":\"a\"}",
        "{\"i\":{}}",
    };

    /** One step of reading an object: the field's number, its name and its value's token and text. */
    private record Read(int field, String name, Token value, String text) {
    }

    /** Reads the top-level object's fields with the given guess for every name. */
    private static List<Read> fields(byte[] json, boolean matching, int guess) throws IOException {
        List<Read> reads = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            TokenSource p = matching ? new Jackson2Source(parser) : plain(new Jackson2Source(parser));
            p.nextToken();
            for (int k = p.nextField(NAMES, guess); k != Fields.END; k = p.nextField(NAMES, guess)) {
                Token value = p.currentToken();
                String text = value == Token.VALUE_STRING ? p.getText() : null;
                reads.add(new Read(k, p.currentName(), value, text));
                if (value == Token.START_OBJECT || value == Token.START_ARRAY) {
                    parser.skipChildren();
                }
            }
            assertThat(p.currentToken()).isEqualTo(Token.END_OBJECT);
        }
        return reads;
    }

    /** The source with {@link TokenSource}'s own {@code nextField}, which reads every name by looking it up. */
    private static TokenSource plain(TokenSource source) {
        return (TokenSource) Proxy.newProxyInstance(TokenSource.class.getClassLoader(), new Class<?>[] {TokenSource.class},
                (proxy, method, args) -> method.getName().equals("nextField")
                        ? InvocationHandler.invokeDefault(proxy, method, args) : method.invoke(source, args));
    }

    @Test
    void everyGuessReadsEveryObjectAsAPlainLookupDoes() throws IOException {
        for (String json : OBJECTS) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            List<Read> plain = fields(bytes, false, 0);
            for (int guess = 0; guess < NAMES.size(); guess++) {
                assertThat(fields(bytes, true, guess)).as("%s guessing %s", json, NAMES.name(guess)).isEqualTo(plain);
            }
        }
    }

    @Test
    void theNumbersAndNamesAreThoseOfTheInput() throws IOException {
        byte[] json = OBJECTS[5].getBytes(StandardCharsets.UTF_8);
        assertThat(fields(json, true, 0)).containsExactly(
                new Read(Fields.OTHER, "x", Token.START_OBJECT, null),
                new Read(Fields.OTHER, "y", Token.START_ARRAY, null),
                new Read(0, "id", Token.VALUE_STRING, "after"));
        assertThat(fields(OBJECTS[2].getBytes(StandardCharsets.UTF_8), true, 0)).containsExactly(
                new Read(0, "id", Token.VALUE_STRING, "escaped"),
                new Read(1, "name", Token.VALUE_STRING, "b"));
        assertThat(fields(OBJECTS[3].getBytes(StandardCharsets.UTF_8), true, 2)).extracting(Read::field)
                .containsExactly(Fields.OTHER, Fields.OTHER, Fields.OTHER, Fields.OTHER, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"koujiang-village.json", "koujiang-village-mistakes.json", "koujiang-village-1.1.json",
        "koujiang-village-1.1-mistakes.json", "guizhou.json"})
    void aDocumentWithEveryObjectsFieldsShuffledReadsAsInTheFormatsOrder(String example) throws IOException {
        ObjectNode doc = (ObjectNode) TestInputs.MAPPER.readTree(Path.of("../docs/examples", example).toFile());
        plantUnknownFields(doc);
        ReadResult ordered = DatasetReader.create().read(TestInputs.bytes(doc.toString()));
        for (long seed = 1; seed <= 3; seed++) {
            ReadResult shuffled = DatasetReader.create().read(TestInputs.bytes(shuffle(doc.deepCopy(), new Random(seed)).toString()));
            assertThat(shuffled.report().findings()).containsExactlyInAnyOrderElementsOf(ordered.report().findings());
            assertThat(shuffled.dataset()).isEqualTo(ordered.dataset());
        }
    }

    @Test
    void aStreamWithEveryLinesFieldsShuffledReadsAsInTheFormatsOrder() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../docs/examples/koujiang-village.ndjson"), StandardCharsets.UTF_8);
        List<String> shuffled = new ArrayList<>();
        Random random = new Random(7);
        for (String line : lines) {
            shuffled.add(shuffle(TestInputs.MAPPER.readTree(line), random).toString());
        }
        List<ExchangeRecord> orderedRecords = new ArrayList<>();
        List<ExchangeRecord> shuffledRecords = new ArrayList<>();
        ValidationReport ordered = StreamReader.create().read(TestInputs.bytes(String.join("\n", lines)), collect(orderedRecords));
        ValidationReport reordered = StreamReader.create().read(TestInputs.bytes(String.join("\n", shuffled)), collect(shuffledRecords));
        assertThat(shuffled).isNotEqualTo(lines);
        assertThat(reordered.findings()).containsExactlyInAnyOrderElementsOf(ordered.findings());
        assertThat(shuffledRecords).hasSize(lines.size() - 1).isEqualTo(orderedRecords);
    }

    private static RecordHandler collect(List<ExchangeRecord> records) {
        return new RecordHandler() {
            @Override
            public void record(ExchangeRecord r, long line) {
                records.add(r);
            }
        };
    }

    /** An unknown field before, inside and after the known ones of the first record of each kind: DOC-015 each. */
    private static void plantUnknownFields(ObjectNode doc) {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
            JsonNode section = it.next().getValue();
            if (section instanceof ArrayNode records && !records.isEmpty() && records.get(0) instanceof ObjectNode first) {
                ObjectNode planted = TestInputs.MAPPER.createObjectNode();
                planted.putObject("unknownBefore").put("id", "x");
                first.fields().forEachRemaining(f -> {
                    planted.set(f.getKey(), f.getValue());
                    if (planted.size() == 3) {
                        planted.putArray("unknownInside").add(1);
                    }
                });
                planted.put("unknownAfter", BigDecimal.ONE);
                records.set(0, planted);
            }
        }
    }

    /** Every object's fields in a random order, at every depth. */
    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode out = TestInputs.MAPPER.createObjectNode();
            for (String name : names) {
                out.set(name, shuffle(object.get(name), random));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = TestInputs.MAPPER.createArrayNode();
            array.forEach(e -> out.add(shuffle(e, random)));
            return out;
        }
        return node;
    }
}
