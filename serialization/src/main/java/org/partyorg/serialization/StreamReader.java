package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads the stream form (docs/format.md, Stream form: NDJSON, a header line, then one record per line in any
 * order) and validates it as it goes: each line is bound and checked when read, cross-record rules
 * run at the end, and memory grows with organizations and persons, never with the file. A broken
 * line is reported (DOC-001) and reading goes on with the next; a line beyond the
 * {@link ReadLimits} is DOC-018 and reading stops there. Paths are {@code /<line>/<field>}.
 *
 * <p>Threads: each read starts daemon threads that end with it. With {@link #withThreads} 1, one
 * reads and binds the lines; above 1, one cuts the input (a file or any {@link InputStream}) into
 * parts at line boundaries and that many bind them, the calling thread among them (it binds a later
 * part while the next one in order is still being bound elsewhere). The validator and the {@link RecordHandler} run
 * on the calling thread, in input order, so the handler needs no synchronisation and the findings do
 * not depend on the number of threads.
 *
 * <p>Immutable and thread-safe: one reader may serve many threads. The input stream is read up to its
 * end, or to where reading stops (a read limit, the fail-fast limit), and is not closed.
 */
public final class StreamReader {
    private static final StreamReader DEFAULT = new StreamReader(ValidationOptions.defaults(), ReadLimits.defaults(),
            Runtime.getRuntime().availableProcessors(), 0, true);
    private static final int MIN_PART_BYTES = 64 << 10;
    private static final int MAX_PART_BYTES = 256 << 10;
    private static final RecordHandler NO_HANDLER = new RecordHandler() {
    };

    private final ValidationOptions options;
    private final ReadLimits limits;
    private final JsonFactory factory;
    private final int threads;
    /** The size of the parts of a parallel read, 0 to fit it to the file. */
    private final int partBytes;
    /** Whether ordinary lines share a parser (false only in tests, as the reference for the shared one). */
    private final boolean sharedParser;

    private StreamReader(ValidationOptions options, ReadLimits limits, int threads, int partBytes, boolean sharedParser) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = limits.lineFactory();
        this.threads = threads;
        this.partBytes = partBytes;
        this.sharedParser = sharedParser;
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
        return new StreamReader(options, limits, threads, partBytes, sharedParser);
    }

    /**
     * @param limits read limits
     * @return a copy using them
     */
    public StreamReader withLimits(ReadLimits limits) {
        return new StreamReader(options, limits, threads, partBytes, sharedParser);
    }

    /**
     * How many threads parse and bind the lines of a stream (by default, the available processors).
     * With more than one, the input, a file or an {@link InputStream} such as standard input or a
     * pipe, is cut into parts at line boundaries that are parsed and bound in parallel, while the
     * calling thread validates them in input order and binds parts itself while it would otherwise
     * wait: the findings are exactly those of one thread. With one, a reading thread parses and binds
     * beside the calling thread, which validates.
     *
     * @param threads at least 1
     * @return a copy using them
     * @throws IllegalArgumentException when less than 1
     */
    public StreamReader withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new StreamReader(options, limits, threads, partBytes, sharedParser);
    }

    /** For tests: parts of a parallel read of this size, so that small files are cut too. */
    StreamReader withPartBytes(int partBytes) {
        return new StreamReader(options, limits, threads, partBytes, sharedParser);
    }

    /** For tests: one Jackson parser per line, the reference that the plain line reader and the shared parser must agree with. */
    StreamReader withParserPerLine() {
        return new StreamReader(options, limits, threads, partBytes, false);
    }

    /** @return the threads that parse and bind a stream file */
    public int threads() {
        return threads;
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
        return readFile(file, handler, null);
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
        return readFile(file, handler, findings);
    }

    private ValidationReport readFile(Path file, RecordHandler handler, Consumer<? super Finding> findings) {
        Objects.requireNonNull(handler, "handler");
        try (InputStream in = Files.newInputStream(file)) {
            // a named pipe, /dev/stdin or <(...) cannot be sized: read as any stream
            if (threads == 1 || !Files.isRegularFile(file)) {
                return read(in, handler, findings);
            }
            return read(in, handler, findings, parallelPartBytes(Files.size(file)));
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
        return read(in, handler, findings, threads > 1 ? parallelPartBytes(-1) : 0);
    }

    /**
     * @param size the input's length, or -1 when unknown
     * @return the size of a parallel read's parts: about eight a thread, within 64-256 KiB; for a
     *     stream of unknown length the largest, which the national export piped in needs
     */
    private int parallelPartBytes(long size) {
        if (partBytes > 0) {
            return partBytes;
        }
        return size < 0 ? MAX_PART_BYTES : (int) Math.max(MIN_PART_BYTES, Math.min(MAX_PART_BYTES, size / (8L * threads)));
    }

    /** Reads with one reading thread when {@code parallelPartBytes} is 0, else in parts of that size on {@link #threads}. */
    private ValidationReport read(InputStream in, RecordHandler handler, Consumer<? super Finding> findings, int parallelPartBytes) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        PushbackInputStream input = Utf8Only.peekable(in);
        ValidationRun validator = findings == null ? new ValidationRun(options, PathLayout.STREAM) : new ValidationRun(options, PathLayout.STREAM, null, findings);
        // found on the first line, which is where a stream's paths can point
        if (Utf8Only.rejectWideEncoding(input, validator, "/1")) {
            handler.header(null, null);
            return validator.finish(false);
        }
        if (parallelPartBytes > 0) {
            return new ParallelPipeline(input, threads, parallelPartBytes, factory, limits, sharedParser, validator, handler).run();
        }
        LineBinder lines = new LineBinder(factory, limits, new Lines(input, limits.maxLineBytes()), 0, sharedParser);
        return new SequentialPipeline(lines, validator, handler).run();
    }
}
