package org.partyorg.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module reads every example as the Jackson 2 module does: the documented examples
 * (docs/examples) and the format's test examples (valid and invalid), documents whole and streams line
 * by line, with unknown fields ignored and rejected: the same records, or the same error message.
 */
class SameRecordsTest {

    /** What reading gave: a value, or an error message (Jackson's own wording differs between the lines only for malformed JSON). */
    private record Outcome(Object value, String error, boolean shapeError) {
    }

    private static Outcome outcome(Callable<Object> read) {
        try {
            return new Outcome(read.call(), null, false);
        } catch (MismatchedInputException e) {
            return new Outcome(null, e.getOriginalMessage(), true);
        } catch (Exception e) {
            String jackson2 = Jackson2.shapeError(e);
            return jackson2 != null ? new Outcome(null, jackson2, true) : new Outcome(null, e.getClass().getSimpleName(), false);
        }
    }

    private static void same(String what, Outcome two, Outcome three) {
        if (two.shapeError() || three.shapeError()) {
            assertThat(three.error()).as(what).isEqualTo(two.error()).startsWith("DOC-0");
        } else {
            assertThat(three.value() == null).as(what + ": Jackson 2 " + two.error() + ", Jackson 3 " + three.error())
                    .isEqualTo(two.value() == null);
            assertThat(three.value()).as(what).isEqualTo(two.value());
        }
    }

    private static Class<? extends ExchangeRecord> recordClass(RecordType type) {
        return switch (type) {
            case ORGANIZATION -> Organization.class;
            case MEMBER -> Member.class;
            case GRID -> Grid.class;
            case SERVICE_RECORD -> ServiceRecord.class;
            case POSTING -> Posting.class;
            case APPLICATION -> Application.class;
            case MEETING -> Meeting.class;
            case DUES_PAYMENT -> DuesPayment.class;
            case TRANSFER -> Transfer.class;
            case ELECTION -> Election.class;
        };
    }

    @ParameterizedTest(name = "failOnUnknown={0}")
    @ValueSource(booleans = {false, true})
    void documents(boolean failOnUnknown) throws IOException {
        ObjectMapper jackson2 = Jackson2.mapper(failOnUnknown);
        JsonMapper jackson3 = Mappers.jackson3(failOnUnknown);
        List<Path> files = new ArrayList<>(Mappers.files("docs/examples", ".json"));
        files.addAll(Mappers.files("serialization/src/test/resources/examples/valid", ".json"));
        files.addAll(Mappers.files("serialization/src/test/resources/examples/invalid", ".json"));
        assertThat(files).hasSizeGreaterThan(50).contains(Path.of("docs/examples/guizhou.json"));
        int read = 0;
        for (Path file : files) {
            byte[] json = Files.readAllBytes(file);
            Outcome two = outcome(() -> jackson2.readValue(json, Dataset.class));
            Outcome three = outcome(() -> jackson3.readValue(json, Dataset.class));
            same(file.toString(), two, three);
            read += three.value() == null ? 0 : 1;
        }
        // every documented example and every valid one reads; the invalid ones mostly fail
        assertThat(read).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "failOnUnknown={0}")
    @ValueSource(booleans = {false, true})
    void streamLines(boolean failOnUnknown) throws IOException {
        ObjectMapper jackson2 = Jackson2.mapper(failOnUnknown);
        JsonMapper jackson3 = Mappers.jackson3(failOnUnknown);
        List<Path> files = new ArrayList<>(Mappers.files("docs/examples", ".ndjson"));
        files.addAll(Mappers.files("serialization/src/test/resources/examples/valid", ".ndjson"));
        files.addAll(Mappers.files("serialization/src/test/resources/examples/invalid", ".ndjson"));
        int records = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // a stream line is a record with its recordType first: read it as that record type
                Optional<RecordType> type = RecordType.findByWireName(jackson3.readTree(line).path("recordType").asString());
                if (type.isEmpty()) {
                    continue;
                }
                Class<? extends ExchangeRecord> c = recordClass(type.get());
                Outcome two = outcome(() -> jackson2.readValue(line, c));
                Outcome three = outcome(() -> jackson3.readValue(line, c));
                same(file + ":" + (i + 1), two, three);
                records++;
            }
        }
        assertThat(records).isGreaterThan(10);
    }

    /**
     * The binder guesses each next field name from the last object read; with every object's fields in
     * reverse order each guess fails at first, and the records are still those of the format's order.
     */
    @Test
    void documentsWithEveryObjectsFieldsReversed() throws IOException {
        ObjectMapper jackson2 = Jackson2.mapper(false);
        JsonMapper jackson3 = Mappers.jackson3(false);
        for (Path file : Mappers.files("docs/examples", ".json")) {
            // both through the same tree, whose numbers are doubles: only the order differs
            JsonNode tree = jackson2.readTree(file.toFile());
            byte[] json = jackson2.writeValueAsBytes(tree);
            byte[] reversed = jackson2.writeValueAsBytes(reversed(tree));
            Outcome ordered = outcome(() -> jackson3.readValue(json, Dataset.class));
            assertThat(reversed).as(file.toString()).isNotEqualTo(json);
            same(file + " reversed", ordered, outcome(() -> jackson3.readValue(reversed, Dataset.class)));
            same(file + " reversed", outcome(() -> jackson2.readValue(reversed, Dataset.class)),
                    outcome(() -> jackson3.readValue(reversed, Dataset.class)));
            assertThat(ordered.value()).as(file.toString()).isNotNull();
        }
    }

    private static JsonNode reversed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode out = object.objectNode();
            names.forEach(name -> out.set(name, reversed(object.get(name))));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode();
            array.forEach(e -> out.add(reversed(e)));
            return out;
        }
        return node;
    }
}
