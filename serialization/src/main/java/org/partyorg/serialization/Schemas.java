package org.partyorg.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private static String fileName(String name) {
        if (name == null || !NAMES.contains(name)) {
            throw new PartyOrgException("unknown schema: " + name + " (known: " + String.join(", ", NAMES) + ")");
        }
        return name + ".schema.json";
    }
}
