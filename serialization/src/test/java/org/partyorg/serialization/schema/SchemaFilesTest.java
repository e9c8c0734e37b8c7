package org.partyorg.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.serialization.Schemas;

/** Each schema file on its own: well-formed, draft 2020-12, documented in both languages, refs resolvable. */
class SchemaFilesTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    static List<String> names() {
        return Schemas.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void declaresDraft202012AndItsId(String name) {
        JsonNode tree = SchemaSupport.tree(name);

        assertThat(tree.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(tree.path("$id").asText()).isEqualTo("https://partyorg.org/schema/v1/" + name + ".schema.json");
    }

    @ParameterizedTest
    @MethodSource("names")
    void isValidAgainstTheDraft202012MetaSchema(String name) {
        Schema meta = SchemaSupport.REGISTRY.getSchema(SchemaLocation.of(SchemaSupport.META_SCHEMA));

        List<Error> errors = meta.validate(SchemaSupport.tree(name));

        assertThat(errors).as(SchemaSupport.describe(errors)).isEmpty();
    }

    @Test
    void theMetaSchemaCheckIsNotVacuous() {
        Schema meta = SchemaSupport.REGISTRY.getSchema(SchemaLocation.of(SchemaSupport.META_SCHEMA));

        assertThat(meta.validate(SchemaSupport.parse("{\"type\": \"strin\", \"minLength\": -1, \"required\": \"id\"}")))
                .isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsStandaloneWithEveryReferenceResolved(String name) {
        // a fresh registry, given only the text, resolving relative refs through their $id
        SchemaRegistry fresh = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(SchemaSupport::byId));
        Schema schema = fresh.getSchema(SchemaSupport.parse(Schemas.text(name)));

        schema.initializeValidators();

        assertThat(schema.getId()).isEqualTo(Schemas.id(name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyReferencePointsAtAnExistingDefinition(String name) {
        List<String> refs = new ArrayList<>();
        collectRefs(SchemaSupport.tree(name), refs);

        assertThat(refs).allSatisfy(ref -> {
            String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
            String pointer = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
            String target = file.isEmpty() ? name : file.replace(".schema.json", "");
            assertThat(Schemas.names()).as(ref).contains(target);
            assertThat(SchemaSupport.tree(target).at(pointer).isMissingNode()).as(name + ": " + ref).isFalse();
        });
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySchemaDefinitionAndPropertyHasAChineseAndEnglishTitleAndDescription(String name) {
        List<String> problems = new ArrayList<>();
        checkDocumented(SchemaSupport.tree(name), name, problems);

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void exchangeObjectsAllowUnknownFieldsAndSaySoInTheirDescription(String name) {
        List<Map.Entry<String, JsonNode>> objects = new ArrayList<>();
        collectObjects(SchemaSupport.tree(name), name, objects);

        assertThat(objects).isNotEmpty().allSatisfy(e -> {
            JsonNode node = e.getValue();
            assertThat(node.path("additionalProperties").asBoolean(false)).as(e.getKey()).isTrue();
            if (!name.equals("report")) {
                assertThat(node.path("description").asText()).as(e.getKey()).contains("DOC-015");
            }
        });
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, out));
        }
    }

    /** The root, every {@code $defs} entry and every property (recursively) must be documented. */
    private static void checkDocumented(JsonNode node, String where, List<String> problems) {
        for (String keyword : List.of("title", "description")) {
            String text = node.path(keyword).asText("");
            if (!HAN.matcher(text).find() || !LATIN_WORD.matcher(text).find() || !text.contains(" / ")) {
                problems.add(where + ": " + keyword + " is not \"中文 / English\": " + text);
            }
        }
        node.path("properties").properties().forEach(e -> checkDocumented(e.getValue(), where + "/properties/" + e.getKey(), problems));
        node.path("$defs").properties().forEach(e -> checkDocumented(e.getValue(), where + "/$defs/" + e.getKey(), problems));
    }

    private static void collectObjects(JsonNode node, String where, List<Map.Entry<String, JsonNode>> out) {
        if ("object".equals(node.path("type").asText())) {
            out.add(Map.entry(where, node));
        }
        node.path("$defs").properties().forEach(e -> collectObjects(e.getValue(), where + "/$defs/" + e.getKey(), out));
    }
}
