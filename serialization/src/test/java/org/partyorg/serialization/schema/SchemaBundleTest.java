package org.partyorg.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.serialization.Schemas;

/**
 * {@link Schemas#bundle}: one self-contained document per schema, which a validator with no resource
 * loader at all resolves, and which judges every example exactly as the separate schemas do.
 */
class SchemaBundleTest {
    /** networknt with no way to load anything: only what the bundle holds. */
    private static final SchemaRegistry ALONE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (String folder : List.of("valid", "invalid")) {
            for (Path file : SchemaSupport.examples(folder)) {
                all.add(Arguments.of(folder + "/" + file.getFileName(), file));
            }
        }
        all.add(Arguments.of("guizhou.json", Path.of("..", "docs", "examples", "guizhou.json")));
        all.add(Arguments.of("koujiang-village-mistakes.json", Path.of("..", "docs", "examples", "koujiang-village-mistakes.json")));
        all.add(Arguments.of("koujiang-village-1.1-mistakes.json", Path.of("..", "docs", "examples", "koujiang-village-1.1-mistakes.json")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theBundleJudgesEveryExampleAsTheSeparateSchemasDo(String name, Path file) {
        boolean stream = file.toString().endsWith(".ndjson");
        Schema bundle = ALONE.getSchema(Schemas.bundle(stream ? "streamRecord" : "dataset"));
        List<JsonNode> instances = stream ? SchemaSupport.lines(file) : List.of(SchemaSupport.parse(SchemaSupport.read(file)));

        for (JsonNode instance : instances) {
            List<String> separate = describe(SchemaSupport.validate(stream ? "streamRecord" : "dataset", instance));
            assertThat(describe(bundle.validate(instance))).as(name).containsExactlyInAnyOrderElementsOf(separate);
        }
    }

    @Test
    void theGuizhouDatasetIsValidAgainstTheBundleAlone() {
        Schema bundle = ALONE.getSchema(Schemas.bundle("dataset"));
        assertThat(bundle.validate(SchemaSupport.parse(SchemaSupport.read(Path.of("..", "docs", "examples", "guizhou.json"))))).isEmpty();
    }

    @Test
    void everySchemaBundlesWhatItRefersToAndNothingElse() {
        for (String name : Schemas.names()) {
            JsonNode bundle = SchemaSupport.parse(Schemas.bundle(name));
            assertThat(bundle.get("$id").asText()).isEqualTo(Schemas.id(name));
            List<String> refs = new ArrayList<>();
            bundle.findValues("$ref").forEach(r -> refs.add(r.asText()));
            for (String ref : refs) {
                String file = ref.startsWith("#") ? null : ref.substring(0, ref.indexOf(".schema.json") + ".schema.json".length());
                if (file != null && !file.equals(name + ".schema.json")) { // a schema's references to itself resolve by its own $id
                    assertThat(bundle.get("$defs").get(file)).as(name + " embeds " + file).isNotNull();
                    assertThat(bundle.get("$defs").get(file).get("$id").asText()).isEqualTo(Schemas.ID_BASE + file);
                }
            }
        }
        assertThat(SchemaSupport.parse(Schemas.bundle("dataset")).get("$defs").has("member.schema.json")).isTrue();
        assertThat(SchemaSupport.parse(Schemas.bundle("common")).path("$defs").has("common.schema.json")).isFalse();
    }

    /**
     * Ajv's strict mode (which CI runs) wants a type beside the keywords of a type when the schema
     * object gets its type only through {@code $ref}: {@code required} with {@code object},
     * {@code minimum} with {@code integer}. Checked here so that {@code verify} fails first.
     */
    @Test
    void aReferenceWithKeywordsOfATypeNamesTheType() {
        List<String> untyped = new ArrayList<>();
        for (String name : Schemas.names()) {
            untyped(SchemaSupport.tree(name), name, untyped);
        }
        assertThat(untyped).isEmpty();
    }

    private static void untyped(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            if (node.has("$ref") && !node.has("type")) {
                for (String keyword : List.of("required", "properties", "minimum", "maximum", "pattern", "minLength", "maxLength",
                        "items", "minItems")) {
                    if (node.has(keyword)) {
                        out.add(path + " " + keyword);
                    }
                }
            }
            node.properties().forEach(e -> untyped(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                untyped(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword()).toList();
    }
}
