package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The one-call entry points: the form from the name, or given; files and input streams alike. */
class PartyOrgTest {
    private static final Path DOCUMENT = Path.of("../docs/examples/koujiang-village.json");
    private static final Path STREAM = Path.of("../docs/examples/koujiang-village.ndjson");
    private static final Path MISTAKES = Path.of("../docs/examples/koujiang-village-mistakes.json");

    @Test
    void theFileNameSaysTheForm() {
        assertThat(Form.ofFileName(Path.of("a.ndjson"))).isEqualTo(Form.STREAM);
        assertThat(Form.ofFileName(Path.of("dir/A.JSONL"))).isEqualTo(Form.STREAM);
        // near misses: another extension, a name that only contains the word, no name at all
        assertThat(Form.ofFileName(Path.of("a.json"))).isEqualTo(Form.DOCUMENT);
        assertThat(Form.ofFileName(Path.of("ndjson.txt"))).isEqualTo(Form.DOCUMENT);
        assertThat(Form.ofFileName(Path.of("/"))).isEqualTo(Form.DOCUMENT);
    }

    @Test
    void anInputStreamValidatesAsTheFileDoesInEitherForm() throws Exception {
        ValidationOptions options = ValidationOptions.defaults();
        ValidationReport fromFile = PartyOrg.validate(MISTAKES, options);
        assertThat(fromFile.errors()).isPositive();
        try (InputStream in = Files.newInputStream(MISTAKES)) {
            assertThat(PartyOrg.validate(in, Form.DOCUMENT, options).findings()).isEqualTo(fromFile.findings());
        }
        try (InputStream in = Files.newInputStream(STREAM)) {
            ValidationReport stream = PartyOrg.validate(in, Form.STREAM, options);
            assertThat(stream.findings()).isEmpty();
            assertThat(stream.records()).isEqualTo(PartyOrg.validate(DOCUMENT).records());
        }
    }

    @Test
    void theFormGivenWinsOverTheName() throws Exception {
        // a stream read as a document is its header line, then more than one JSON value: DOC-001
        // (and the header's recordType, an unknown field of a document), not a silent success
        ValidationReport wrong = PartyOrg.validate(STREAM, Form.DOCUMENT, ValidationOptions.defaults());
        assertThat(wrong.findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(tuple("DOC-001", ""), tuple("DOC-015", "/recordType"));
        assertThat(PartyOrg.validate(STREAM, Form.STREAM, ValidationOptions.defaults()).findings()).isEmpty();
    }

    @Test
    void findingsCanBeHandedOverInsteadOfListed() throws Exception {
        List<Finding> seen = new ArrayList<>();
        ValidationReport counts;
        try (InputStream in = Files.newInputStream(MISTAKES)) {
            counts = PartyOrg.validate(in, Form.DOCUMENT, ValidationOptions.defaults(), seen::add);
        }
        assertThat(counts.findings()).isEmpty();
        assertThat(seen).isEqualTo(PartyOrg.validate(MISTAKES).findings());
        assertThat(counts.errors()).isEqualTo(seen.stream().filter(f -> f.severity().name().equals("ERROR")).count());
    }

    @Test
    void nullsAreRefusedByName() {
        InputStream in = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PartyOrg.validate(in, null, ValidationOptions.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("form");
        assertThatThrownBy(() -> PartyOrg.validate((InputStream) null, Form.STREAM, ValidationOptions.defaults()))
                .isInstanceOf(NullPointerException.class).hasMessage("in");
    }
}
