package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.DatasetWriter;
import org.partyorg.serialization.StreamReader;
import org.partyorg.serialization.StreamWriter;
import org.partyorg.validation.ValidationReport;

/** The example files under docs/examples are what partyorg reads and writes. */
class ExampleFilesTest {
    private static final Path DOCUMENT = Path.of("docs/examples/koujiang-village.json");
    private static final Path STREAM = Path.of("docs/examples/koujiang-village.ndjson");

    @Test
    void theExampleDocumentIsValidAndWrittenAsDatasetWriterWritesIt() throws IOException {
        var result = DatasetReader.create().read(DOCUMENT);
        assertThat(result.report().findings()).isEmpty();
        assertThat(DatasetWriter.create().toJson(result.dataset()).strip())
                .isEqualTo(Files.readString(DOCUMENT, StandardCharsets.UTF_8).strip());
    }

    /** Regenerate with -Dpartyorg.regenerate=true after changing koujiang-village.json. */
    @Test
    void theExampleStreamIsTheExampleDocumentAsStreamWriterWritesIt() throws IOException {
        Dataset dataset = DatasetReader.create().read(DOCUMENT).orThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamWriter.write(dataset, out);
        String expected = out.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("partyorg.regenerate")) {
            Files.writeString(STREAM, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(STREAM, StandardCharsets.UTF_8))
                .as("docs/examples/koujiang-village.ndjson is stale: rerun with -Dpartyorg.regenerate=true")
                .isEqualTo(expected);
        ValidationReport report = StreamReader.create().validate(STREAM);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(dataset.recordCount());
    }
}
