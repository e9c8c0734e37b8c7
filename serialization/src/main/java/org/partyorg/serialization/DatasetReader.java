package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.core.Dataset;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.Masking;
import org.partyorg.serialization.internal.bind.DocumentBinder;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads the document form (docs/format.md, Document form: one JSON object) and validates it: shape problems
 * (the DOC rules) and content rules come back together in one report, with JSON Pointer paths into
 * the document, and never as an exception. Malformed JSON is DOC-001 and input beyond the
 * {@link ReadLimits} is DOC-018; in both cases reading stops there and the rules that need the whole
 * dataset are skipped.
 *
 * <p>Immutable and thread-safe: one reader may serve many threads. The input stream is read to its
 * end and not closed.
 */
public final class DatasetReader {
    private static final DatasetReader DEFAULT = new DatasetReader(ValidationOptions.defaults(), ReadLimits.defaults());

    private final ValidationOptions options;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private DatasetReader(ValidationOptions options, ReadLimits limits) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = limits.jsonFactory();
    }

    /** @return a reader with default options and limits */
    public static DatasetReader create() {
        return DEFAULT;
    }

    /**
     * @param options validation options
     * @return a copy using them
     */
    public DatasetReader withOptions(ValidationOptions options) {
        return new DatasetReader(options, limits);
    }

    /**
     * @param limits read limits
     * @return a copy using them
     */
    public DatasetReader withLimits(ReadLimits limits) {
        return new DatasetReader(options, limits);
    }

    /**
     * @param file a document
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public ValidationReport validate(Path file) {
        return read(file).report();
    }

    /**
     * @param in a document
     * @return every finding
     * @throws ReadException if the stream fails
     */
    public ValidationReport validate(InputStream in) {
        return read(in).report();
    }

    /**
     * Validates a document, handing the findings to a listener instead of listing them in the report,
     * so that memory does not grow with their number (see {@code StreamReader.read(Path, RecordHandler,
     * Consumer)}).
     *
     * @param file a document
     * @param findings receives the listed findings, in report order, before this method returns
     * @return the counts, with no findings listed
     * @throws ReadException if the file cannot be read
     */
    public ValidationReport validate(Path file, Consumer<? super Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, findings).report();
        } catch (IOException e) {
            throw new ReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #validate(Path, Consumer)}, from a stream.
     *
     * @param in a document
     * @param findings receives the listed findings
     * @return the counts, with no findings listed
     * @throws ReadException if the stream fails
     */
    public ValidationReport validate(InputStream in, Consumer<? super Finding> findings) {
        return read(in, Objects.requireNonNull(findings, "findings")).report();
    }

    /**
     * @param file a document
     * @return the records and every finding
     * @throws ReadException if the file cannot be read
     */
    public ReadResult read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in a document
     * @return the records and every finding
     * @throws ReadException if the stream fails
     */
    public ReadResult read(InputStream in) {
        return read(in, null);
    }

    private ReadResult read(InputStream in, Consumer<? super Finding> findings) {
        Objects.requireNonNull(in, "in");
        ValidationRun validator = findings == null ? new ValidationRun(options, PathLayout.DOCUMENT)
                : new ValidationRun(options, PathLayout.DOCUMENT, null, findings);
        PushbackInputStream input = Utf8Only.peekable(in);
        Sink sink = new Sink(validator, new ByteFFWatch(input));
        DocumentBinder doc = new DocumentBinder(sink);
        boolean whole;
        JsonParser parser = null;
        if (Utf8Only.rejectWideEncoding(input, validator, "")) {
            return new ReadResult(doc.dataset(), validator.finish(false));
        }
        try (JsonParser p = factory.createParser(sink.watch)) {
            parser = p;
            sink.parser = p;
            whole = doc.read(new Jackson2Source(p));
        } catch (JsonProcessingException | CharConversionException e) {
            // CharConversionException: bytes that Jackson took for UTF-32 but are not, malformed input
            stopped(validator, sink, parser, e);
            whole = false;
        } catch (IOException e) {
            throw new ReadException("cannot read the document: " + Masking.scrub(e.getMessage()), e);
        }
        Dataset dataset = doc.dataset();
        // a document that stopped early (DOC-001, DOC-018) still has every record read before the stop
        // judged by the per-record rules; only the cross-record rules are skipped
        if (whole) {
            validator.start(doc.schemaVersion(), doc.asOf(), doc.coverageFrom());
        } else {
            validator.start(doc.schemaVersion(), !doc.isSchemaVersionRead(), doc.asOf(), !doc.isAsOfRead(),
                    doc.coverageFrom());
        }
        for (DocumentBinder.Entry e : doc.entries()) {
            validator.record(e.record(), e.position(), e.seq(), e.unreadable());
            if (validator.shouldStop()) {
                return new ReadResult(dataset, validator.finish(false));
            }
        }
        return new ReadResult(dataset, whole ? validator.finish(true) : validator.finish(false));
    }

    /**
     * Reports why the read stopped: a read limit (DOC-018) or malformed input (DOC-001), unless the
     * parser had already gone past a 0xFF byte, which then came first.
     */
    private static void stopped(ValidationRun validator, Sink sink, JsonParser parser, IOException e) {
        if (sink.watch.passed(parser)) {
            validator.report(Rule.DOC_001, -1, null, null, "", "detail", Problems.detail(sink.watch.notUtf8(parser)));
        } else if (e instanceof StreamConstraintsException limit) {
            validator.report(Rule.DOC_018, -1, null, null, stoppedAt(parser), "limit", Problems.limitName(limit),
                    "detail", Problems.detail(limit));
        } else {
            validator.report(Rule.DOC_001, -1, null, null, "", "detail", Problems.malformedDetail(e));
        }
    }

    /** Where the document binder's shape problems go, and which bytes it may not pass. */
    private static final class Sink implements DocumentBinder.ShapeSink {
        private final ValidationRun validator;
        private final ByteFFWatch watch;
        private JsonParser parser;

        Sink(ValidationRun validator, ByteFFWatch watch) {
            this.validator = validator;
            this.watch = watch;
        }

        @Override
        public void reportShape(Rule rule, long seq, String recordType, String recordId, String path, Object... args) {
            validator.report(rule, seq, recordType, recordId, path, args);
        }

        @Override
        public void unreadableRecord(RecordType type) {
            validator.unreadableRecord(type);
        }

        @Override
        public void unreadableRecords(RecordType type) {
            validator.unreadableRecords(type);
        }

        @Override
        public void readUpToHere() throws IOException {
            watch.requireNotPassed(parser);
        }
    }

    /**
     * Where a read limit stopped the reader, as DOC-018's path: the record ({@code /members/3}) or
     * the top-level field it was reading, as the stream form names the line.
     */
    private static String stoppedAt(JsonParser p) {
        if (p == null) {
            return "";
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        int first = pointer.indexOf('/', 1);
        if (first < 0) {
            return pointer;
        }
        boolean inSection = RecordType.findByDatasetField(pointer.substring(1, first)).isPresent();
        int second = pointer.indexOf('/', first + 1);
        return !inSection ? pointer.substring(0, first) : second < 0 ? pointer : pointer.substring(0, second);
    }
}
