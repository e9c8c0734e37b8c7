package org.partyorg.serialization.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyorg.serialization.Schemas;

/**
 * The networknt json-schema-validator (2.0.x, Jackson 2 line) set up as an integrator would: draft
 * 2020-12, each {@code $id} resolved to the schema shipped in partyorg-serialization, format assertions
 * on (so that {@code "format": "date"} rejects 2023-02-30, as partyorg does).
 */
final class SchemaSupport {
    static final ObjectMapper JSON = new ObjectMapper();

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    // the schemas come from partyorg's own jar (module path or class path), by $id
                    .schemas(SchemaSupport::byId)
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** The draft 2020-12 meta-schema (bundled with networknt, no network access). */
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private SchemaSupport() {
    }

    /** @return the text of the partyorg schema with this {@code $id}, or null for any other */
    static String byId(String iri) {
        if (!iri.startsWith(Schemas.ID_BASE) || !iri.endsWith(".schema.json")) {
            return null;
        }
        return Schemas.text(iri.substring(Schemas.ID_BASE.length(), iri.length() - ".schema.json".length()));
    }

    /** @return the schema named, loaded by its {@code $id} */
    static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(Schemas.id(name)));
    }

    /** @return the schema's JSON tree */
    static JsonNode tree(String name) {
        return parse(Schemas.text(name));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(String schemaName, JsonNode instance) {
        return schema(schemaName).validate(instance);
    }

    static String describe(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.joining("\n"));
    }

    /** @return the example files of {@code examples/<folder>}, sorted by name */
    static List<Path> examples(String folder) {
        URL url = SchemaSupport.class.getResource("/examples/" + folder);
        if (url == null) {
            throw new IllegalStateException("no examples/" + folder + " on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = SchemaSupport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the non-empty lines of an NDJSON file, parsed */
    static List<JsonNode> lines(Path file) {
        return read(file).lines().filter(l -> !l.isEmpty()).map(SchemaSupport::parse).toList();
    }
}
