package org.partyorg.serialization;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * One call that reads and validates an exchange file: the document form, or the stream form for
 * files named {@code *.ndjson} or {@code *.jsonl}. Shape and content findings come back together.
 *
 * <pre>{@code
 * ValidationReport report = PartyOrg.validate(Path.of("guizhou.json"));
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PartyOrg {
    private PartyOrg() {
    }

    /**
     * @param file an exchange file
     * @return every finding, with default options
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file) {
        return validate(file, ValidationOptions.defaults());
    }

    /**
     * @param file an exchange file
     * @param options validation options
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file, ValidationOptions options) {
        Objects.requireNonNull(file, "file");
        return isStream(file)
                ? StreamReader.create().withOptions(options).validate(file)
                : DatasetReader.create().withOptions(options).validate(file);
    }

    /**
     * Counts a file's records (see {@link DatasetStatistics}). A stream is read twice, since its
     * records may come in any order; a document once.
     *
     * @param file an exchange file
     * @param stream whether to read it as the stream form whatever its name
     * @return the statistics of the records that could be bound
     * @throws ReadException if the file cannot be read
     */
    public static DatasetStatistics statistics(Path file, boolean stream) {
        return statistics(file, stream, f -> { });
    }

    /**
     * Counts a file's records, handing over the findings of reading it (once, in report order): a
     * caller that reports the shape problems (the DOC rules) can say how far the counts can be trusted.
     * The findings are not kept.
     *
     * @param file an exchange file
     * @param stream whether to read it as the stream form whatever its name
     * @param findings receives the findings of the read (shape and content), not null
     * @return the statistics of the records that could be bound
     * @throws ReadException if the file cannot be read
     */
    public static DatasetStatistics statistics(Path file, boolean stream, Consumer<? super Finding> findings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(findings, "findings");
        if (!stream && !isStream(file)) {
            ReadResult read = DatasetReader.create().read(file);
            read.report().findings().forEach(findings);
            return DatasetStatistics.of(read.dataset());
        }
        DatasetStatistics.Builder b = DatasetStatistics.builder();
        StreamReader reader = StreamReader.create();
        RecordHandler learning = RecordHandler.of(b.learning());
        reader.read(file, new RecordHandler() {
            @Override
            public void header(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
                b.asOf(asOf).coverageFrom(coverageFrom);
            }

            @Override
            public void record(ExchangeRecord r, long line) {
                learning.record(r, line);
            }
        }, findings);
        reader.read(file, RecordHandler.of(b.counting()), f -> { });
        return b.build();
    }

    /**
     * @param file a file name
     * @return whether its name says it holds the stream form ({@code .ndjson}, {@code .jsonl})
     */
    public static boolean isStream(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }
}
