package org.partyorg.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.partyorg.core.Dataset;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordType;
import org.partyorg.serialization.DatasetWriter;
import org.partyorg.serialization.PartyOrgModule;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * A clean dataset and the changes that plant defects in it, written on demand as a document or a
 * stream. Changes are made to the JSON of single records (a field set, removed or added, the text
 * itself for what no JSON tree can hold, such as a repeated key), so every DOC rule can be planted
 * as well as the content rules; records may be added at the end of their section or removed.
 * Records are written in section order (organizations, members, ... elections) in both forms, so a
 * record's line in the stream is fixed by its section and index.
 *
 * <p>Only the changed records are ever turned into trees; the rest go straight from record to
 * text. Mutable while {@link Planter} plants; written any number of times afterwards.
 */
final class PlantedData {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new PartyOrgModule());

    /** A record of the output: an index into the clean section, or an added record. */
    record Key(RecordType type, int index) {
    }

    private final Dataset clean;
    private final Map<RecordType, List<Object>> added = new EnumMap<>(RecordType.class);
    private final Map<Key, List<Consumer<ObjectNode>>> edits = new HashMap<>();
    private final Map<Key, UnaryOperator<String>> rawEdits = new HashMap<>();
    private final Set<Key> removed = new HashSet<>();
    private final List<Consumer<ObjectNode>> headerEdits = new ArrayList<>();
    private final List<Planned> expected = new ArrayList<>();
    /** Whether a planted defect makes the document unreadable from some point (DOC-001). */
    private boolean documentBroken;

    /** A finding a defect must produce, on a record of the output, on the header, or on the whole document. */
    record Planned(String ruleId, Severity severity, Key key, String recordId, String field, ExpectedFinding.Scope scope) {
    }

    PlantedData(Dataset clean) {
        this.clean = clean;
    }

    Dataset clean() {
        return clean;
    }

    int size(RecordType type) {
        return clean.records(type).size();
    }

    /** Adds a record (a core record, or an {@link ObjectNode} for what no record can hold) at the end of its section. */
    Key add(RecordType type, Object record) {
        List<Object> list = added.computeIfAbsent(type, t -> new ArrayList<>());
        list.add(record);
        return new Key(type, size(type) + list.size() - 1);
    }

    void edit(Key key, Consumer<ObjectNode> edit) {
        edits.computeIfAbsent(key, k -> new ArrayList<>()).add(edit);
    }

    void raw(Key key, UnaryOperator<String> edit) {
        rawEdits.merge(key, edit, (a, b) -> s -> b.apply(a.apply(s)));
    }

    void remove(Key key) {
        removed.add(key);
    }

    void header(Consumer<ObjectNode> edit) {
        headerEdits.add(edit);
    }

    void expect(Planned p) {
        expected.add(p);
    }

    void breakDocument() {
        documentBroken = true;
    }

    boolean touched(Key key) {
        return edits.containsKey(key) || rawEdits.containsKey(key) || removed.contains(key);
    }

    // ---------------------------------------------------------------- output

    /** @return the expected findings, with the indexes and lines of the written output */
    List<ExpectedFinding> manifest() {
        Map<RecordType, long[]> shift = new EnumMap<>(RecordType.class);
        long offset = 0;
        Map<RecordType, Long> firstLine = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            int n = size(type) + added.getOrDefault(type, List.of()).size();
            long[] index = new long[n];
            long kept = 0;
            for (int i = 0; i < n; i++) {
                index[i] = removed.contains(new Key(type, i)) ? -1 : kept++;
            }
            shift.put(type, index);
            firstLine.put(type, offset);
            offset += kept;
        }
        List<ExpectedFinding> out = new ArrayList<>();
        for (Planned p : expected) {
            Severity severity = p.severity() != null ? p.severity() : Rule.ofId(p.ruleId()).severity();
            if (p.key() == null) {
                out.add(new ExpectedFinding(p.ruleId(), severity, null, null, p.field(), -1, -1, p.scope()));
                continue;
            }
            long index = shift.get(p.key().type())[p.key().index()];
            out.add(new ExpectedFinding(p.ruleId(), severity, p.key().type(), p.recordId(), p.field(), index,
                    firstLine.get(p.key().type()) + index, p.scope()));
        }
        return out;
    }

    /** @return how many records of a type the output holds */
    long count(RecordType type) {
        long removedOfType = removed.stream().filter(k -> k.type() == type).count();
        return size(type) + added.getOrDefault(type, List.of()).size() - removedOfType;
    }

    void writeDocument(OutputStream out) throws IOException {
        ObjectNode header = header();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : header.properties()) {
            b.append(first ? "" : ",").append(JSON.writeValueAsString(e.getKey())).append(':').append(JSON.writeValueAsString(e.getValue()));
            first = false;
        }
        for (RecordType type : RecordType.values()) {
            int n = size(type) + added.getOrDefault(type, List.of()).size();
            if (n == 0 && type.isSince11()) {
                continue;
            }
            b.append(first ? "" : ",").append('"').append(type.datasetField()).append("\":[");
            first = false;
            boolean firstRecord = true;
            for (int i = 0; i < n; i++) {
                Key key = new Key(type, i);
                if (removed.contains(key)) {
                    continue;
                }
                b.append(firstRecord ? "\n" : ",\n").append(text(key));
                firstRecord = false;
                if (b.length() > 1 << 20) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            b.append(']');
        }
        b.append(documentBroken ? "\n" : "}\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void writeStream(OutputStream out) throws IOException {
        ObjectNode header = JSON.createObjectNode().put("recordType", "header");
        header.setAll(header());
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(JSON.writeValueAsString(header)).append('\n');
        for (RecordType type : RecordType.values()) {
            int n = size(type) + added.getOrDefault(type, List.of()).size();
            for (int i = 0; i < n; i++) {
                Key key = new Key(type, i);
                if (removed.contains(key)) {
                    continue;
                }
                String json = text(key);
                b.append(json.startsWith("{\"") ? "{\"recordType\":\"" + type.wireName() + "\"," + json.substring(1) : json).append('\n');
                if (b.length() > 1 << 20) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private ObjectNode header() throws JsonProcessingException {
        Dataset empty = new Dataset(clean.schemaVersion(), clean.asOf(), clean.coverageFrom(), clean.source(), null, null, null,
                null, null, null, null, null, null, null);
        ObjectNode header = (ObjectNode) JSON.readTree(DatasetWriter.create().compact().toJson(empty));
        header.retain(List.of("schemaVersion", "asOf", "coverageFrom", "source"));
        headerEdits.forEach(e -> e.accept(header));
        return header;
    }

    private String text(Key key) {
        try {
            Object record = key.index() < size(key.type()) ? clean.records(key.type()).get(key.index())
                    : added.get(key.type()).get(key.index() - size(key.type()));
            String json = JSON.writeValueAsString(record);
            List<Consumer<ObjectNode>> e = edits.get(key);
            if (e != null) {
                ObjectNode node = (ObjectNode) JSON.readTree(json);
                e.forEach(x -> x.accept(node));
                json = JSON.writeValueAsString(node);
            }
            UnaryOperator<String> raw = rawEdits.get(key);
            return raw == null ? json : raw.apply(json);
        } catch (JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
    }

    // ---------------------------------------------------------------- tree helpers for the plantings

    /** Sets {@code path} (field names and array indexes separated by '/') in a record's tree, creating objects on the way. */
    static void set(ObjectNode record, String path, Object value) {
        String[] steps = path.split("/");
        JsonNode node = record;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node instanceof ArrayNode a ? a.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
            if (next == null || next.isNull()) {
                next = ((ObjectNode) node).putObject(steps[i]);
            }
            node = next;
        }
        JsonNode v = value == null ? JSON.nullNode() : JSON.valueToTree(value);
        String last = steps[steps.length - 1];
        if (node instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), v);
        } else {
            ((ObjectNode) node).set(last, v);
        }
    }

    /** Removes {@code path} from a record's tree. */
    static void remove(ObjectNode record, String path) {
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash < 0 ? record : record.at("/" + path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(last));
        } else if (parent instanceof ObjectNode o) {
            o.remove(last);
        }
    }

    /** @return the id of a record of the output (a clean record, or an added record or tree) */
    static String idOf(PlantedData data, Key key) {
        Object record = key.index() < data.size(key.type()) ? data.clean.records(key.type()).get(key.index())
                : data.added.get(key.type()).get(key.index() - data.size(key.type()));
        if (record instanceof ExchangeRecord r) {
            return r.id();
        }
        JsonNode id = ((ObjectNode) record).get("id");
        return id == null || !id.isTextual() ? null : id.asText();
    }

    /** @return {@code s} as a JSON string */
    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the record as a tree, for plantings that build a record no core record can hold */
    static ObjectNode tree(ExchangeRecord record) {
        return JSON.valueToTree(record);
    }
}
