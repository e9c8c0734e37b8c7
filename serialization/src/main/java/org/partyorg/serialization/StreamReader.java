package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.Masking;
import org.partyorg.core.internal.Texts;
import org.partyorg.serialization.internal.bind.BindContext;
import org.partyorg.serialization.internal.bind.Binder.RecordTypeField;
import org.partyorg.serialization.internal.bind.Binder;
import org.partyorg.serialization.internal.bind.IsoDates;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.serialization.internal.bind.Skip;
import org.partyorg.serialization.internal.bind.Token;
import org.partyorg.serialization.internal.bind.TokenSource;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.Messages.Phrase;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads the stream form (docs/format.md, Stream form: NDJSON, a header line, then one record per line in any
 * order) and validates it as it goes: each line is bound and checked when read, cross-record rules
 * run at the end, and memory grows with organizations and persons, never with the file. A broken
 * line is reported (DOC-001) and reading goes on with the next; a line beyond the
 * {@link ReadLimits} is DOC-018 and reading stops there. Paths are {@code /<line>/<field>}.
 *
 * <p>Immutable and thread-safe: one reader may serve many threads. The input stream is read to its
 * end and not closed.
 */
public final class StreamReader {
    private static final StreamReader DEFAULT = new StreamReader(ValidationOptions.defaults(), ReadLimits.defaults());
    private static final RecordHandler NO_HANDLER = new RecordHandler() {
    };
    private static final int PADDING = 16;

    private final ValidationOptions options;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private StreamReader(ValidationOptions options, ReadLimits limits) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = limits.lineFactory();
    }

    /** @return a reader with default options and limits */
    public static StreamReader create() {
        return DEFAULT;
    }

    /**
     * @param options validation options
     * @return a copy using them
     */
    public StreamReader withOptions(ValidationOptions options) {
        return new StreamReader(options, limits);
    }

    /**
     * @param limits read limits
     * @return a copy using them
     */
    public StreamReader withLimits(ReadLimits limits) {
        return new StreamReader(options, limits);
    }

    /**
     * @param file an NDJSON stream
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public ValidationReport validate(Path file) {
        return read(file, NO_HANDLER);
    }

    /**
     * @param in an NDJSON stream
     * @return every finding
     * @throws ReadException if the stream fails
     */
    public ValidationReport validate(InputStream in) {
        return read(in, NO_HANDLER);
    }

    /**
     * Reads and validates a stream, handing each bound record to the handler as it is read.
     *
     * @param file an NDJSON stream
     * @param handler receives the records
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public ValidationReport read(Path file, RecordHandler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, handler);
        } catch (IOException e) {
            throw new ReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a stream, handing each bound record to the handler as it is read.
     *
     * @param in an NDJSON stream
     * @param handler receives the records
     * @return every finding
     * @throws ReadException if the stream fails
     */
    public ValidationReport read(InputStream in, RecordHandler handler) {
        return read(in, handler, null);
    }

    /**
     * As {@link #read(Path, RecordHandler)}, handing the findings to a listener instead of listing them
     * in the report, so that memory does not grow with their number: the listener receives them in
     * report order on the calling thread before this method returns (sorted runs of findings wait in
     * temporary files meanwhile), and the report holds the counts. This is how the command line
     * writes its report.
     *
     * @param file an NDJSON stream
     * @param handler receives the records
     * @param findings receives the listed findings
     * @return the counts, with no findings listed
     * @throws ReadException if the file cannot be read
     */
    public ValidationReport read(Path file, RecordHandler handler, Consumer<? super Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, handler, findings);
        } catch (IOException e) {
            throw new ReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #read(Path, RecordHandler, Consumer)}, from a stream.
     *
     * @param in an NDJSON stream
     * @param handler receives the records
     * @param findings receives the listed findings, or null to list them in the report
     * @return the report
     * @throws ReadException if the stream fails
     */
    public ValidationReport read(InputStream in, RecordHandler handler, Consumer<? super Finding> findings) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        PushbackInputStream input = Utf8Only.peekable(in);
        ValidationRun validator = findings == null ? new ValidationRun(options, PathLayout.STREAM) : new ValidationRun(options, PathLayout.STREAM, null, findings);
        // found on the first line, which is where a stream's paths can point
        if (Utf8Only.rejectWideEncoding(input, validator, "/1")) {
            handler.header(null, null);
            return validator.finish(false);
        }
        return new Pipeline(new Run(input), validator, handler).run();
    }

    /**
     * Something the reading thread found, for the validating thread to apply in input order: a
     * record to validate, a shape problem to report, the header.
     */
    @FunctionalInterface
    private interface Step {
        void apply(ValidationRun validator, RecordHandler handler);
    }

    /** Marks the end of the input, or a stop at a read limit (DOC-018). */
    private static final Step END = (v, h) -> { };
    private static final Step STOP = (v, h) -> { };

    /**
     * Reads on one thread and validates on the calling thread: parsing and binding a line is most
     * of the work and needs no shared state, so on two cores the two halves overlap (docs/design.md's
     * goal of half the speed of tokenization is not reachable in one thread). Steps go over in
     * batches, in input order, through a short queue that bounds the memory; the validator and the
     * caller's handler are only ever touched by the calling thread, so findings are identical to a
     * one-thread run.
     */
    private static final class Pipeline {
        private static final int BATCH = 1024;
        private final Run run;
        private final ValidationRun validator;
        private final RecordHandler handler;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        private volatile boolean cancelled;

        Pipeline(Run run, ValidationRun validator, RecordHandler handler) {
            this.run = run;
            this.validator = validator;
            this.handler = handler;
        }

        ValidationReport run() {
            Thread reader = new Thread(this::produce, "partyorg-stream-reader");
            reader.setDaemon(true);
            reader.start();
            try {
                return consume();
            } finally {
                cancelled = true;
                reader.interrupt();
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void produce() {
            List<Step> batch = new ArrayList<>(BATCH);
            try {
                Step last = run.read(step -> {
                    batch.add(step);
                    if (batch.size() == BATCH) {
                        hand(new ArrayList<>(batch));
                        batch.clear();
                    }
                    return !cancelled;
                });
                batch.add(last);
                hand(batch);
            } catch (Cancelled e) {
                // the validating side stopped early (fail-fast): nothing more to hand over
            } catch (IOException | RuntimeException | Error e) {
                // what was read before the failure first, then the failure, in order
                try {
                    hand(new ArrayList<>(batch));
                    hand(e);
                } catch (Cancelled ignored) {
                    // the validating side is gone already
                }
            }
        }

        private void hand(Object batchOrFailure) {
            try {
                while (!queue.offer(batchOrFailure, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }

        @SuppressWarnings("unchecked")
        private ValidationReport consume() {
            while (true) {
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ReadException("interrupted while reading the stream", e);
                }
                if (next instanceof IOException e) {
                    throw new ReadException("cannot read the stream: " + Masking.scrub(e.getMessage()), e);
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                for (Step step : (List<Step>) next) {
                    if (step == END) {
                        return validator.finish(true);
                    }
                    if (step == STOP) {
                        return validator.finish(false);
                    }
                    step.apply(validator, handler);
                    if (validator.shouldStop()) {
                        return validator.finish(false);
                    }
                }
            }
        }
    }

    /** Thrown on the reading thread when the validating side no longer wants steps. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Where the reading side hands its steps; returns false when reading should stop. */
    @FunctionalInterface
    private interface Emitter {
        boolean emit(Step step);
    }

    /** One stream being read: lines parsed and bound into steps, on the reading thread. */
    private final class Run {
        private final Lines lines;
        private final BindContext context = new BindContext();
        private final Binder binder = new Binder(context);
        private Emitter out;
        private boolean started;
        private long line;

        Run(InputStream in) {
            this.lines = new Lines(in, limits.maxLineBytes());
        }

        /** @return the last step: END, or STOP after a read limit */
        Step read(Emitter emitter) throws IOException {
            this.out = emitter;
            while (true) {
                Lines.Result next = lines.next();
                if (next == Lines.Result.END) {
                    break;
                }
                line++;
                if (next == Lines.Result.TOO_LONG) {
                    shape(Rule.DOC_018, null, null, "/" + line, "limit", Phrase.of("limit.lineLength", "bytes", limits.maxLineBytes()),
                            "detail", Phrase.of("detail.line", "line", line));
                    noHeaderYet();
                    return STOP;
                }
                if (lines.isBlank()) {
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Phrase.of("detail.emptyLine"));
                    noHeaderYet();
                    continue;
                }
                String wide = Utf8Only.wideEncoding(lines.buffer(), lines.offset(), lines.length());
                if (wide != null) {
                    // Jackson would detect the line's own encoding and bind it: one encoding per stream
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Phrase.of("detail.notUtf8", "encoding", wide));
                    noHeaderYet();
                    lostRecord();
                    continue;
                }
                lineRecordType = null;
                lineEmitted = false;
                try (JsonParser p = factory.createParser(padded(), 0, lines.length() + PADDING)) {
                    readLine(p);
                } catch (StreamConstraintsException e) {
                    shape(Rule.DOC_018, null, null, "/" + line, "limit", Problems.limitName(e), "detail", Problems.detail(e));
                    noHeaderYet();
                    return STOP;
                } catch (JsonProcessingException e) {
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Problems.detail(e));
                    noHeaderYet();
                    lostRecord();
                } catch (CharConversionException e) {
                    // a line whose bytes Jackson took for UTF-32 but are not: a broken line, not an I/O failure
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Problems.detail(e));
                    noHeaderYet();
                    lostRecord();
                }
            }
            noHeaderYet();
            return END;
        }

        /** The current line's recordType once read (null before, or when it has none), and whether its record or header went to the validator. */
        private String lineRecordType;
        private boolean lineEmitted;

        /**
         * Tells the validator that the current line's record is lost, of its type if that was read
         * (so that only the rules about that type wait for it). Not when the line's record or header
         * was already handed on (content after a complete object), and not for a header, or for a
         * line 1 of unknown type, which is taken for the header.
         */
        private void lostRecord() {
            if (lineEmitted || "header".equals(lineRecordType) || (line == 1 && lineRecordType == null)) {
                return;
            }
            RecordType type = lineRecordType == null ? null : RecordType.findByWireName(lineRecordType).orElse(null);
            emit(type == null ? (v, h) -> v.unreadableRecord(null) : (v, h) -> v.unreadableRecord(type));
        }

        private void emit(Step step) {
            if (!out.emit(step)) {
                throw new Cancelled();
            }
        }

        /**
         * The current line copied into a buffer followed by spaces: Jackson parses a field name on
         * its fast path only with 13 bytes of input after it, so a parser ending exactly at the line's
         * end spends much of its time on the slow path for the last names of every line. Trailing
         * spaces change nothing about the line's meaning.
         */
        private byte[] padded() {
            int n = lines.length();
            if (lineCopy.length < n + PADDING) {
                lineCopy = new byte[Math.max(n + PADDING, lineCopy.length * 2)];
            }
            System.arraycopy(lines.buffer(), lines.offset(), lineCopy, 0, n);
            Arrays.fill(lineCopy, n, n + PADDING, (byte) ' ');
            return lineCopy;
        }

        private byte[] lineCopy = new byte[4096];

        /** A stream whose first line is not a header gets DOC-002 and DOC-003 (docs/format.md, Stream form). */
        private void noHeaderYet() {
            if (!started) {
                started = true;
                emit((v, h) -> {
                    v.start(null, null);
                    h.header(null, null);
                });
            }
        }

        private void readLine(JsonParser parser) throws IOException {
            TokenSource p = new Jackson2Source(parser);
            Token t = p.nextToken();
            if (t != Token.START_OBJECT) {
                shape(Rule.DOC_001, null, null, "/" + line, "detail", Phrase.of("detail.notAnObject", "actual", Binder.describe(t)));
                noHeaderYet();
                lostRecord();
                return;
            }
            // fast path: writers put recordType first; otherwise buffer the object to find it
            TokenSource source = p;
            JsonParser buffered = null;
            RecordTypeField where = RecordTypeField.CONSUMED;
            Token first = p.nextToken();
            if (first == Token.FIELD_NAME && "recordType".equals(p.currentName())) {
                Token value = p.nextToken();
                if (value != Token.VALUE_STRING) {
                    Skip.value(p);
                    skipRest(p);
                    requireEnd(p);
                    unreadableRecordType(value);
                    return;
                }
                lineRecordType = p.getText();
            } else {
                TokenBuffer buffer = new TokenBuffer(parser, null);
                buffer.writeStartObject();
                for (Token tok = first; tok == Token.FIELD_NAME; tok = p.nextToken()) {
                    buffer.writeFieldName(p.currentName());
                    p.nextToken();
                    buffer.copyCurrentStructure(parser);
                }
                buffer.writeEndObject();
                Token value = findRecordType(buffer);
                if (value != Token.VALUE_STRING) {
                    requireEnd(p);
                    unreadableRecordType(value);
                    return;
                }
                buffered = buffer.asParser(parser.getCodec());
                source = new Jackson2Source(buffered);
                source.nextToken();
                where = RecordTypeField.AHEAD;
            }
            String recordType = lineRecordType;
            if ("header".equals(recordType)) {
                header(source, where);
            } else {
                RecordType type = RecordType.findByWireName(recordType).orElse(null);
                if (type == null) {
                    skipRest(source);
                    requireEnd(p);
                    noHeaderYet();
                    shape(Rule.DOC_012, null, null, "/" + line + "/recordType", "field", "recordType",
                            "value", "\"" + Texts.shorten(recordType, 43) + "\"");
                    lostRecord();
                    return;
                }
                noHeaderYet();
                record(source, type, where);
            }
            if (buffered != null) {
                buffered.close();
            }
            requireEnd(p);
        }

        private void header(TokenSource p, RecordTypeField where) throws IOException {
            if (started) {
                skipRest(p);
                shape(Rule.DOC_012, null, null, "/" + line + "/recordType", "field", "recordType", "value", "\"header\" (a second header)");
                return;
            }
            String schemaVersion = null;
            LocalDate asOf = null;
            LocalDate coverageFrom = null;
            Set<String> seen = new HashSet<>();
            if (where == RecordTypeField.CONSUMED) {
                seen.add("recordType");
            }
            while (p.nextToken() == Token.FIELD_NAME) {
                String field = p.currentName();
                Token value = p.nextToken();
                String path = "/" + line + "/" + BindContext.escape(field);
                if (!seen.add(field)) {
                    shape(Rule.DOC_017, null, null, path, "field", BindContext.escape(field));
                    Skip.value(p);
                    continue;
                }
                switch (field) {
                    case "recordType" -> Skip.value(p);
                    case "schemaVersion" -> schemaVersion = value == Token.VALUE_STRING ? p.getText() : skip(p);
                    case "asOf" -> asOf = value == Token.VALUE_STRING ? IsoDates.parse(p.getText()) : skip(p);
                    case "coverageFrom" -> {
                        // format 1.1: a bad one is reported and then treated as absent
                        if (value == Token.VALUE_STRING) {
                            coverageFrom = IsoDates.parse(p.getText());
                            if (coverageFrom == null) {
                                shape(Rule.DOC_013, null, null, path, "field", path, "value", Binder.quote(p.getText()));
                            }
                        } else if (value != Token.VALUE_NULL) {
                            shape(Rule.DOC_011, null, null, path, "field", "coverageFrom", "expected", "string (date)",
                                    "actual", Binder.describe(value));
                            Skip.value(p);
                        }
                    }
                    case "source" -> {
                        if (value == Token.START_OBJECT) {
                            context.reset();
                            binder.source(p);
                            for (BindContext.Problem problem : context.problems()) {
                                shape(problem.rule(), null, null, path + "/" + problem.path(), problem.args());
                            }
                        } else if (value != Token.VALUE_NULL) {
                            shape(Rule.DOC_011, null, null, path, "field", "source", "expected", "object", "actual", Binder.describe(value));
                            Skip.value(p);
                        }
                    }
                    default -> {
                        shape(Rule.DOC_015, null, null, path, "field", BindContext.escape(field));
                        Skip.value(p);
                    }
                }
            }
            // only line 1 gets here: every other first line marked the header as missing
            started = true;
            String version = schemaVersion;
            LocalDate date = asOf;
            LocalDate coverage = coverageFrom;
            emit((v, h) -> {
                v.start(version, date, coverage);
                h.header(version, date, coverage);
            });
            lineEmitted = true;
        }

        private void record(TokenSource p, RecordType type, RecordTypeField where) throws IOException {
            context.reset();
            ExchangeRecord record = binder.record(type, p, where);
            String id = record.id();
            for (BindContext.Problem problem : context.problems()) {
                shape(problem.rule(), type.wireName(), id, "/" + line + "/" + problem.path(),
                        problem.args());
            }
            Set<String> unreadable = context.unreadable();
            long at = line;
            emit((v, h) -> {
                v.record(record, at, at, unreadable);
                h.record(record, at);
            });
            lineEmitted = true;
        }

        private void shape(Rule rule, String recordType, String recordId, String path, Object... args) {
            long at = line;
            emit((v, h) -> v.report(rule, at, recordType, recordId, path, args));
        }

        /** @return the token of the line's recordType, null when it has none; a string's text goes to {@link #lineRecordType} */
        private Token findRecordType(TokenBuffer buffer) throws IOException {
            try (JsonParser parser = buffer.asParser()) {
                TokenSource b = new Jackson2Source(parser);
                b.nextToken();
                while (b.nextToken() == Token.FIELD_NAME) {
                    String name = b.currentName();
                    Token value = b.nextToken();
                    if (name.equals("recordType")) {
                        if (value == Token.VALUE_STRING) {
                            lineRecordType = b.getText();
                        }
                        return value;
                    }
                    Skip.value(b);
                }
            }
            return null;
        }

        /**
         * A line whose recordType is missing or null (DOC-010) or not a string (DOC-011): a record of
         * unknown type, which the validator counts.
         */
        private void unreadableRecordType(Token value) {
            String path = "/" + line + "/recordType";
            if (value == null || value == Token.VALUE_NULL) {
                shape(Rule.DOC_010, null, null, path, "field", "recordType");
            } else {
                shape(Rule.DOC_011, null, null, path, "field", "recordType", "expected", "string", "actual", Binder.describe(value));
            }
            noHeaderYet();
            lostRecord();
        }

        /** Skips the rest of the current object (the parser is inside it). */
        private void skipRest(TokenSource p) throws IOException {
            while (p.nextToken() == Token.FIELD_NAME) {
                p.nextToken();
                Skip.value(p);
            }
        }

        /** After the line's object only whitespace may follow. */
        private void requireEnd(TokenSource p) throws IOException {
            Token extra = p.nextToken();
            if (extra != null) {
                p.fail("content after the line's object (" + Binder.describe(extra) + ")");
            }
        }

        private <T> T skip(TokenSource p) throws IOException {
            Skip.value(p);
            return null;
        }
    }
}
