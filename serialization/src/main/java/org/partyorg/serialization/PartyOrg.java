package org.partyorg.serialization;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordConsumer;
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
 * <p>No argument may be null ({@link NullPointerException} names it). Stateless and thread-safe.
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
     * @param file an exchange file, in the form its name says ({@link Form#ofFileName})
     * @param options validation options
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file, ValidationOptions options) {
        return validate(file, Form.ofFileName(file), options);
    }

    /**
     * @param file an exchange file
     * @param form its form, whatever its name
     * @param options validation options
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file, Form form, ValidationOptions options) {
        Objects.requireNonNull(file, "file");
        return switch (Objects.requireNonNull(form, "form")) {
            case STREAM -> StreamReader.create().withOptions(options).validate(file);
            case DOCUMENT -> DatasetReader.create().withOptions(options).validate(file);
        };
    }

    /**
     * Validates an input stream (standard input, an upload), read to its end and not closed.
     *
     * @param in the input
     * @param form its form
     * @param options validation options
     * @return every finding
     * @throws ReadException if the input cannot be read
     */
    public static ValidationReport validate(InputStream in, Form form, ValidationOptions options) {
        Objects.requireNonNull(in, "in");
        return switch (Objects.requireNonNull(form, "form")) {
            case STREAM -> StreamReader.create().withOptions(options).validate(in);
            case DOCUMENT -> DatasetReader.create().withOptions(options).validate(in);
        };
    }

    /**
     * As {@link #validate(InputStream, Form, ValidationOptions)}, handing the findings over as they
     * come (in report order) instead of listing them, so memory stays bounded whatever their number;
     * the report holds the counts.
     *
     * @param in the input
     * @param form its form
     * @param options validation options
     * @param findings receives every listed finding
     * @return the counts
     * @throws ReadException if the input cannot be read
     */
    public static ValidationReport validate(InputStream in, Form form, ValidationOptions options,
            Consumer<? super Finding> findings) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(findings, "findings");
        return switch (Objects.requireNonNull(form, "form")) {
            case STREAM -> StreamReader.create().withOptions(options).read(in, new RecordHandler() { }, findings);
            case DOCUMENT -> DatasetReader.create().withOptions(options).validate(in, findings);
        };
    }

    /**
     * As {@link #validate(InputStream, Form, ValidationOptions, Consumer)}, for a file.
     *
     * @param file an exchange file
     * @param form its form
     * @param options validation options
     * @param findings receives every listed finding
     * @return the counts
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file, Form form, ValidationOptions options,
            Consumer<? super Finding> findings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(findings, "findings");
        return switch (Objects.requireNonNull(form, "form")) {
            case STREAM -> StreamReader.create().withOptions(options).read(file, new RecordHandler() { }, findings);
            case DOCUMENT -> DatasetReader.create().withOptions(options).validate(file, findings);
        };
    }

    /**
     * Counts a file's records (see {@link DatasetStatistics}). A stream is read twice, since its
     * records may come in any order; a document once.
     *
     * @param file an exchange file
     * @param form its form
     * @return the statistics of the records that could be bound
     * @throws ReadException if the file cannot be read
     */
    public static DatasetStatistics statistics(Path file, Form form) {
        return statistics(file, form, f -> { });
    }

    /**
     * Counts the records of a source that can be read only once, such as an upload, in one pass
     * ({@link DatasetStatistics.Builder#inOnePass()}): the counts equal those of
     * {@link #statistics(Path, Form, Consumer)}, and no record is kept. The stream is not closed.
     *
     * @param in the exchange data, not null
     * @param form its form, not null
     * @param findings receives the findings of the read (shape and content), not null
     * @return the statistics of the records that could be bound
     * @throws ReadException if the stream fails
     */
    public static DatasetStatistics statistics(InputStream in, Form form, Consumer<? super Finding> findings) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(findings, "findings");
        if (Objects.requireNonNull(form, "form") == Form.DOCUMENT) {
            ReadResult read = DatasetReader.create().read(in);
            read.report().findings().forEach(findings);
            return DatasetStatistics.of(read.dataset());
        }
        DatasetStatistics.Builder b = DatasetStatistics.builder();
        RecordConsumer onePass = b.inOnePass();
        RecordHandler counting = RecordHandler.of(onePass);
        StreamReader.create().read(in, new RecordHandler() {
            @Override
            public void header(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
                b.asOf(asOf).coverageFrom(coverageFrom);
            }

            @Override
            public void record(ExchangeRecord r, long line) {
                counting.record(r, line);
            }
        }, findings);
        return b.build();
    }

    /**
     * Counts a file's records, handing over the findings of reading it (once, in report order): a
     * caller that reports the shape problems (the DOC rules) can say how far the counts can be trusted.
     * The findings are not kept.
     *
     * @param file an exchange file
     * @param form its form
     * @param findings receives the findings of the read (shape and content), not null
     * @return the statistics of the records that could be bound
     * @throws ReadException if the file cannot be read
     */
    public static DatasetStatistics statistics(Path file, Form form, Consumer<? super Finding> findings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(findings, "findings");
        if (Objects.requireNonNull(form, "form") == Form.DOCUMENT) {
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
}
