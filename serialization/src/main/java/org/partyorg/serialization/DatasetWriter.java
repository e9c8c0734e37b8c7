package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.partyorg.core.Dataset;
import org.partyorg.serialization.internal.bind.Jackson2Sink;
import org.partyorg.serialization.internal.bind.RecordWriter;

/**
 * Writes a {@link Dataset} as one document (docs/format.md, Document form): fields in the format's order, nulls and
 * empty lists left out, UTF-8, so the same dataset always gives the same bytes. Pretty-printed with
 * two-space indents by default, for diffs and golden files; {@link #compact()} writes one line.
 *
 * <p>Immutable and thread-safe. Output streams are flushed, not closed.
 */
public final class DatasetWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DatasetWriter PRETTY = new DatasetWriter(true);
    /** {@code "field": value}, two-space indents, one line per array element. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final boolean pretty;

    private DatasetWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** @return a pretty-printing writer */
    public static DatasetWriter create() {
        return PRETTY;
    }

    /** @return a writer of compact, single-line documents */
    public DatasetWriter compact() {
        return new DatasetWriter(false);
    }

    /**
     * @param dataset the dataset
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException on output failure
     */
    public void write(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.setPrettyPrinter(PRINTER.createInstance());
            }
            RecordWriter.dataset(new Jackson2Sink(g), dataset);
            if (pretty) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dataset the dataset
     * @param file the file to (over)write
     * @throws UncheckedIOException on output failure
     */
    public void write(Dataset dataset, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dataset the dataset
     * @return the document
     */
    public String toJson(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
