package org.partyorg.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.PartyOrgException;
import org.partyorg.serialization.Schemas;

class SchemasTest {

    @Test
    void namesAreTheRecordsTheDocumentTheStreamLineTheReportAndTheSharedDefinitions() {
        assertThat(Schemas.names()).containsExactly("dataset", "organization", "member", "grid", "serviceRecord", "posting",
                "application", "meeting", "duesPayment", "transfer", "election", "streamRecord", "report", "common");
        assertThatThrownBy(() -> Schemas.names().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theResourceFolderHoldsExactlyTheNamedSchemas() throws IOException, URISyntaxException {
        Path folder = Path.of(Schemas.class.getResource(Schemas.RESOURCE_FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Schemas.names().stream().map(n -> n + ".schema.json").toList());
        }
    }

    @Test
    void textIsTheResourceReadAsUtf8() {
        String member = Schemas.text("member");

        assertThat(member).startsWith("{").contains("\"$id\": \"https://partyorg.org/schema/v1/member.schema.json\"")
                .contains("入党日期 / Date of admission");
        assertThat(SchemaSupport.parse(member)).isEqualTo(SchemaSupport.tree("member"));
        assertThat(Schemas.text("member")).isEqualTo(member);
    }

    @Test
    void everyNameHasItsText() {
        for (String name : Schemas.names()) {
            assertThat(SchemaSupport.parse(Schemas.text(name)).path("$id").asText()).isEqualTo(Schemas.id(name));
        }
        assertThat(Schemas.id("dataset")).isEqualTo("https://partyorg.org/schema/v1/dataset.schema.json");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Member", "members", "dataset.schema.json", "../v1/member", "person"})
    void unknownNamesThrowAPartyOrgException(String name) {
        assertThatThrownBy(() -> Schemas.text(name)).isInstanceOf(PartyOrgException.class).hasMessageContaining("unknown schema");
        assertThatThrownBy(() -> Schemas.id(name)).isInstanceOf(PartyOrgException.class);
    }

    @Test
    void theUnknownNameMessageListsTheKnownOnes() {
        assertThatThrownBy(() -> Schemas.text("person")).hasMessageContaining(String.join(", ", List.of("dataset", "organization")));
    }
}
