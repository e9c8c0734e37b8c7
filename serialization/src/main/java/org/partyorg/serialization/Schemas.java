package org.partyorg.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.core.PartyOrgException;

/**
 * The JSON Schemas (draft 2020-12) of exchange format version 1, shipped as resources under
 * {@code /partyorg/schema/v1/<name>.schema.json}.
 *
 * <p>Each schema's {@code $id} is {@code https://partyorg.org/schema/v1/<name>.schema.json}; they
 * refer to each other by relative references ({@code common.schema.json#/$defs/date},
 * {@code member.schema.json}), so a validator that maps the prefix
 * {@code https://partyorg.org/schema/v1/} to this resource folder (or to a folder holding all of
 * {@link #names()}) resolves every reference without network access.
 *
 * <p>The schemas check shape only (the DOC rules of docs/rules.md); code formats (身份证号, 信用代码,
 * division and grid codes, phone numbers), references and domain rules are content rules that
 * only the partyorg validator checks.
 *
 * <p>Stateless and thread-safe.
 */
public final class Schemas {
    /** The {@code $id} prefix shared by every schema. */
    public static final String ID_BASE = "https://partyorg.org/schema/v1/";

    /** The classpath folder of the schema resources, with leading and trailing slash. */
    public static final String RESOURCE_FOLDER = "/partyorg/schema/v1/";

    private static final List<String> NAMES = List.of("dataset", "organization", "member", "grid", "serviceRecord",
            "posting", "application", "meeting", "duesPayment", "transfer", "election", "streamRecord", "report", "common");

    private Schemas() {
    }

    /**
     * The schema names, in a stable order: {@code dataset}, {@code organization}, {@code member},
     * {@code grid}, {@code serviceRecord}, {@code posting}, {@code streamRecord}, {@code report},
     * and last {@code common}, the shared definitions the others refer to (it describes no document
     * by itself).
     *
     * @return the names, unmodifiable
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * @param name a schema name from {@link #names()}
     * @return the schema's {@code $id}, {@code https://partyorg.org/schema/v1/<name>.schema.json}
     * @throws PartyOrgException if there is no schema of that name
     */
    public static String id(String name) {
        return ID_BASE + fileName(name);
    }

    /**
     * @param name a schema name from {@link #names()}
     * @return the schema's JSON text, as shipped
     * @throws PartyOrgException if there is no schema of that name
     */
    public static String text(String name) {
        String resource = RESOURCE_FOLDER + fileName(name);
        try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PartyOrgException("schema resource missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PartyOrgException("cannot read schema resource " + resource, e);
        }
    }

    /**
     * One schema with every schema it refers to, directly or not, embedded: a single self-contained
     * draft 2020-12 document that validators without a resource loader (Python's {@code jsonschema},
     * Ajv, networknt) resolve on their own. Each referenced schema sits whole under
     * {@code $defs/<name>.schema.json} with its own {@code $id}, as the specification (§9.3, bundling)
     * allows, so the references stay as they are and resolve against the embedded {@code $id}s.
     *
     * @param name a schema name from {@link #names()}
     * @return the bundled schema's JSON text, indented
     * @throws PartyOrgException if there is no schema of that name
     */
    public static String bundle(String name) {
        ObjectNode root = parse(name);
        Set<String> embedded = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(referencedNames(root));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (!next.equals(name) && embedded.add(next)) {
                todo.addAll(referencedNames(parse(next)));
            }
        }
        if (!embedded.isEmpty()) {
            ObjectNode defs = root.has("$defs") ? (ObjectNode) root.get("$defs") : root.putObject("$defs");
            for (String other : embedded) {
                ObjectNode schema = parse(other);
                schema.remove("$schema"); // the bundle's own dialect holds
                defs.set(fileName(other), schema);
            }
        }
        try {
            return BUNDLE_WRITER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new PartyOrgException("cannot write the bundled schema " + name, e);
        }
    }

    private static final ObjectMapper BUNDLE_JSON = new ObjectMapper();
    private static final ObjectWriter BUNDLE_WRITER = BUNDLE_JSON.writerWithDefaultPrettyPrinter();
    private static final Pattern REFERENCE = Pattern.compile("^([A-Za-z]+)\\.schema\\.json");

    private static ObjectNode parse(String name) {
        try {
            return (ObjectNode) BUNDLE_JSON.readTree(text(name));
        } catch (IOException e) {
            throw new PartyOrgException("cannot read schema " + name, e);
        }
    }

    /** The names of the schemas a schema's {@code $ref}s point into. */
    private static Set<String> referencedNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    Matcher m = REFERENCE.matcher(e.getValue().asText());
                    if (m.find() && NAMES.contains(m.group(1))) {
                        names.add(m.group(1));
                    }
                } else {
                    collect(e.getValue(), names);
                }
            }
        } else if (node.isArray()) {
            node.forEach(x -> collect(x, names));
        }
    }

    private static String fileName(String name) {
        if (name == null || !NAMES.contains(name)) {
            throw new PartyOrgException("unknown schema: " + name + " (known: " + String.join(", ", NAMES) + ")");
        }
        return name + ".schema.json";
    }
}
