package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordType;
import org.partyorg.serialization.internal.bind.BindContext;
import org.partyorg.serialization.internal.bind.Binder.RecordTypeField;
import org.partyorg.serialization.internal.bind.Binder;
import org.partyorg.serialization.internal.bind.IsoDates;
import org.partyorg.serialization.internal.bind.Jackson2Source;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.serialization.internal.bind.PlainLineSource;
import org.partyorg.serialization.internal.bind.Skip;
import org.partyorg.serialization.internal.bind.Token;
import org.partyorg.serialization.internal.bind.TokenSource;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.rules.Messages.Phrase;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Lines of a stream parsed and bound into {@link Step}s, on a reading thread: the whole stream, or
 * one part of it cut at a line boundary (a parallel read). A part knows the number of its first line,
 * so its paths, and whether a header may still come, are those of the whole stream: the steps of
 * the parts, applied in order, are the steps of a sequential read.
 *
 * <p>Not thread-safe: one per reading thread and part.
 */
final class LineBinder {
    private static final int PADDING = 16;
    private final JsonFactory factory;
    private final ReadLimits limits;
    private final Lines lines;
    private final BindContext context = new BindContext();
    private final Binder binder = new Binder(context);
    private final PlainLineSource plain;
    private Step.Emitter out;
    private boolean started;
    private long line;

    /**
     * @param factory the line parsers' factory (with the read limits)
     * @param limits the read limits
     * @param lines the lines to read
     * @param linesBefore the number of lines before the first (0 for a whole stream)
     * @param sharedParser whether ordinary lines share a parser (false: one parser per line, as reference)
     */
    LineBinder(JsonFactory factory, ReadLimits limits, Lines lines, long linesBefore, boolean sharedParser) {
        this.sharing = sharedParser;
        this.factory = factory;
        this.limits = limits;
        this.plain = new PlainLineSource(limits.maxNestingDepth(), limits.maxStringLength(), limits.maxNameLength(),
                limits.maxNumberLength());
        this.lines = lines;
        this.line = linesBefore;
        // line 1 decides whether the stream has a header; a later part knows it is decided
        this.started = linesBefore > 0;
    }

    /** @return the last step: END, or STOP after a read limit */
    Step read(Step.Emitter emitter) throws IOException {
        this.out = emitter;
        try {
            return readLines();
        } finally {
            dropShared();
        }
    }

    private Step readLines() throws IOException {
        while (true) {
            if (readPlainAhead() || readAhead()) {
                continue;
            }
            Lines.Result next = lines.next();
            if (next == Lines.Result.END) {
                break;
            }
            line++;
            if (next == Lines.Result.TOO_LONG) {
                shape(Rule.DOC_018, null, null, "/" + line, "limit", Phrase.of("limit.lineLength", "bytes", limits.maxLineBytes()),
                        "detail", Phrase.of("detail.line", "line", line));
                noHeaderYet();
                return Step.STOP;
            }
            if (lines.isBlank()) {
                shape(Rule.DOC_001, null, null, "/" + line, "detail", Phrase.of("detail.emptyLine"));
                noHeaderYet();
                continue;
            }
            lineRecordType = null;
            lineEmitted = false;
            recordTypeFirst = false;
            String wide = Utf8Only.wideEncoding(lines.buffer(), lines.offset(), lines.length());
            if (wide != null) {
                // Jackson would detect the line's own encoding and bind it: one encoding per stream
                dropShared();
                shape(Rule.DOC_001, null, null, "/" + line, "detail", Phrase.of("detail.notUtf8", "encoding", wide));
                noHeaderYet();
                lostRecord();
                continue;
            }
            if (readShared()) {
                continue;
            }
            int skip = startsWithByteOrderMark() ? 3 : 0;
            int ff = lines.firstFF(lines.offset() + skip, lines.offset() + lines.length());
            try (JsonParser p = factory.createParser(padded(skip), 0, lines.length() - skip + PADDING)) {
                if (ff < 0) {
                    readLine(p, new Jackson2Source(p), false);
                } else {
                    readNotUtf8(p, ff - lines.offset() - skip);
                }
            } catch (StreamConstraintsException e) {
                shape(Rule.DOC_018, null, null, "/" + line, "limit", Problems.limitName(e), "detail", Problems.detail(e));
                noHeaderYet();
                return Step.STOP;
            } catch (JsonProcessingException | CharConversionException e) {
                // CharConversionException: bytes Jackson took for UTF-32 but are not, a broken line
                shape(Rule.DOC_001, null, null, "/" + line, "detail", Problems.malformedDetail(e));
                noHeaderYet();
                lostRecord();
            } catch (NotPlain e) {
                throw new IllegalStateException("only the shared parser's lines are refused", e);
            }
        }
        noHeaderYet();
        return Step.END;
    }

    /**
     * One parser for many lines: a new parser per line spent an eighth of the reading thread on
     * creating parsers and their name tables. It reads the lines that start with an object, end
     * it on the same line and bind without a parse error; every other line is read again by a
     * parser of its own, which gives the exact report of a line on its own (DOC-001's detail, a
     * read limit), and the shared parser starts afresh after it. Between the shared parser's
     * position and the current line there is only whitespace (its last object's line ending, blank
     * lines), so its next token is the current line's first. Since the {@link PlainLineSource}
     * reads most lines first, the shared parser sees only those it gave way on; a plain line read in
     * between drops the shared parser, which would otherwise read on from before that line.
     */
    private JsonParser shared;
    /** Where the shared parser starts in the lines' buffer, the buffer's fill it reads, and the number of its first line. */
    private int sharedBase;
    private int sharedFills;
    private long sharedFirstLine;
    /** Whether the shared parser reads a line whose end is not yet known ({@link #readAhead}), and where it found it. */
    private boolean ahead;
    private int aheadEnd;
    /** The steps of a line read by the shared parser, handed on only when the line proves ordinary. */
    private final List<Step> pending = new ArrayList<>();
    private final Step.Emitter toPending = pending::add;
    /** The shared parser's tokens as the binder reads them. */
    private TokenSource sharedSource;
    private final boolean sharing;

    /** Signals that the current line needs a parser of its own. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    /** @return whether the current line was read by the shared parser; if not, nothing was emitted */
    private boolean readShared() throws IOException {
        if (!sharing || !startsWithObject()) {
            dropShared();
            return false;
        }
        if (readPlain(lines.offset(), lines.offset() + lines.length(), false) >= 0) {
            emitPending();
            return true;
        }
        openSharedUnlessOpen(lines.offset(), line);
        if (!readWithShared()) {
            return false;
        }
        emitPending();
        return true;
    }

    /**
     * Reads the next line with the shared parser before its end is searched for: the parser finds
     * it, as the first newline after the object's end with only whitespace before it, so an
     * ordinary line's bytes are scanned once, by the parser (the newline search was about 8% of the
     * binding work). Only for a line whose first byte opens an object; such a line is ordinary only
     * if the parser's own line count shows the object on one line. Anything else is left, unread,
     * to {@link Lines#next()} and the reading below it.
     *
     * @return whether the next line was read
     */
    private boolean readAhead() throws IOException {
        int at = sharing ? lines.nextStart() : -1;
        if (at < 0 || lines.buffer()[at] != '{') {
            return false;
        }
        openSharedUnlessOpen(at, line + 1);
        line++;
        lineRecordType = null;
        lineEmitted = false;
        recordTypeFirst = false;
        ahead = true;
        boolean read;
        try {
            read = readWithShared();
        } finally {
            ahead = false;
        }
        if (!read) {
            line--;
            return false;
        }
        lines.advanceTo(aheadEnd);
        emitPending();
        return true;
    }

    private void emitPending() {
        for (Step step : pending) {
            emit(step);
        }
    }

    /**
     * Reads the next line with the {@link PlainLineSource} before its end is searched for, as
     * {@link #readAhead} does with Jackson: most lines are plain, and those Jackson never sees.
     *
     * @return whether the next line was read
     */
    private boolean readPlainAhead() throws IOException {
        int at = sharing ? lines.nextStart() : -1;
        if (at < 0 || lines.buffer()[at] != '{') {
            return false;
        }
        line++;
        int end = readPlain(at, lines.filled(), true);
        if (end < 0) {
            line--;
            return false;
        }
        lines.advanceTo(end);
        emitPending();
        return true;
    }

    /**
     * Reads the current line with the {@link PlainLineSource} into {@link #pending}. It gives way
     * at the first thing it does not read exactly as Jackson would (its javadoc lists them), and
     * Jackson then reads the line: a shared parser, or one of the line's own.
     *
     * @param from where the line starts
     * @param limit the end of the bytes it may read: the line's end, or, reading ahead, the
     *     buffer's fill, the line's end being the first newline after its object
     * @param ahead whether the line's end is still to be found
     * @return where the line ends, or -1 when it is not plain: nothing was emitted and the
     *     reader's state is as before
     */
    private int readPlain(int from, int limit, boolean ahead) throws IOException {
        boolean wasStarted = started;
        lineRecordType = null;
        lineEmitted = false;
        recordTypeFirst = false;
        Step.Emitter emitter = out;
        pending.clear();
        out = toPending;
        try {
            plain.reset(lines.buffer(), from, limit);
            readPlainLine(plain);
            int end = whitespaceUpTo(plain.position(), limit);
            if (ahead && !lines.canEndAt(end)) {
                throw NotPlain.INSTANCE;
            }
            // a shared parser still open stands before this line: it must not read on from there
            dropShared();
            return end;
        } catch (NotPlain | PlainLineSource.NotPlain e) {
            started = wasStarted;
            lineRecordType = null;
            lineEmitted = false;
            recordTypeFirst = false;
            return -1;
        } finally {
            out = emitter;
        }
    }

    /** {@link #readLine} for a plain line: its recordType comes first, its type is known. */
    private void readPlainLine(PlainLineSource p) throws IOException, NotPlain {
        p.nextToken(); // the line's first byte other than a space or tab opens an object
        if (p.nextToken() != Token.FIELD_NAME || !"recordType".equals(p.currentName()) || p.nextToken() != Token.VALUE_STRING) {
            throw NotPlain.INSTANCE;
        }
        lineRecordType = p.getText();
        recordTypeFirst = true;
        if ("header".equals(lineRecordType)) {
            header(p, RecordTypeField.CONSUMED);
        } else {
            RecordType type = RecordType.findByWireName(lineRecordType).orElseThrow(() -> NotPlain.INSTANCE);
            noHeaderYet();
            record(p, type, RecordTypeField.CONSUMED);
        }
        if (!p.objectEnded()) {
            throw NotPlain.INSTANCE;
        }
    }

    /**
     * Opens the shared parser at the line starting at {@code at}, numbered {@code firstLine}, unless
     * it is open over the buffer's current fill: its next token is then that line's first.
     */
    private void openSharedUnlessOpen(int at, long firstLine) throws IOException {
        if (shared != null && sharedFills == lines.fills()) {
            return;
        }
        dropShared();
        sharedBase = at;
        sharedFills = lines.fills();
        sharedFirstLine = firstLine;
        shared = factory.createParser(lines.buffer(), sharedBase, lines.filled() - sharedBase);
        sharedSource = new Jackson2Source(shared);
    }

    /**
     * Reads the current line with the shared parser into {@link #pending}, for the caller to emit.
     *
     * @return whether the line was ordinary: if not, the reader's state is as before and the shared
     *     parser is dropped
     */
    private boolean readWithShared() throws IOException {
        boolean wasStarted = started;
        boolean plain;
        try {
            readIntoPending(shared, sharedSource, true);
            // a line with a 0xFF byte is read on its own (readNotUtf8)
            plain = !holdsFF();
        } catch (NotPlain | IOException e) {
            plain = false; // read again on its own below
        }
        if (!plain) {
            // as if the shared parser had never seen the line
            started = wasStarted;
            lineRecordType = null;
            lineEmitted = false;
            recordTypeFirst = false;
            dropShared();
            return false;
        }
        return true;
    }

    /** The first 0xFF byte of a line read by {@link #readNotUtf8}, and where the line's object ended (-1: not yet, or no such line). */
    private int lineFF = -1;
    private long objectEnd = -1;

    /** @return whether the parser went past the line's 0xFF byte, inside the line's object */
    private boolean passedInObject(JsonParser p, int ff) {
        return p.currentLocation().getByteOffset() > ff && (objectEnd < 0 || ff < objectEnd);
    }

    /** Reads the current line into {@link #pending}, for the caller to emit or drop. */
    private void readIntoPending(JsonParser parser, TokenSource source, boolean shared) throws IOException, NotPlain {
        Step.Emitter emitter = out;
        pending.clear();
        out = toPending;
        try {
            readLine(parser, source, shared);
        } finally {
            out = emitter;
        }
    }

    /** @return whether the line the shared parser just read holds a 0xFF byte */
    private boolean holdsFF() {
        int from = ahead ? lines.nextStart() : lines.offset();
        int to = ahead ? aheadEnd : lines.offset() + lines.length();
        return lines.firstFF(from, to) >= 0;
    }

    /**
     * Reads a line that holds a 0xFF byte. UTF-8 has no such byte; Jackson reports it in a string,
     * outside one, and in a field name new to its table. But the table pads the last four-byte
     * group of a name with 0xFF bytes, so a name that has one before its last one to three bytes
     * ({@code "pers\xFFon"}) matches a name read before ({@code person}) and is taken for it without
     * being decoded; whether the name was read before depends on which lines, parts and threads
     * came first. So once the parser has gone past the byte inside the line's object, silently or
     * with an error (Jackson's report of the byte, or a later one such as a read limit), the line
     * gets the report Jackson gives the byte in a string: DOC-001 at the byte, the record lost, in
     * place of what was read. An error before the byte, or after the object, keeps its report.
     *
     * @param p a parser over the line
     * @param ff the first 0xFF byte's index in the parser's input
     */
    private void readNotUtf8(JsonParser p, int ff) throws IOException, NotPlain {
        boolean wasStarted = started;
        lineFF = ff;
        objectEnd = -1;
        try {
            readIntoPending(p, new Jackson2Source(p), false);
        } catch (IOException e) {
            if (!passedInObject(p, ff)) {
                emitPending(); // an error before the byte, or after the object: its report stands
                throw e;
            }
            // an error after a name taken for another (a read limit, say) comes after the byte
        } catch (NotPlain | RuntimeException e) {
            emitPending();
            throw e;
        } finally {
            lineFF = -1;
        }
        if (!passedInObject(p, ff)) {
            emitPending(); // a line not read up to the byte (not an object): its report stands
            return;
        }
        started = wasStarted;
        lineEmitted = false;
        if (!recordTypeFirst) {
            lineRecordType = null; // found only after the whole object was read
        }
        throw ByteFFWatch.notUtf8(p, ff, 1, ff);
    }

    private void dropShared() throws IOException {
        if (shared != null) {
            shared.close();
            shared = null;
            sharedSource = null;
        }
    }

    /** Whether the current line's first byte other than a space or tab opens an object. */
    private boolean startsWithObject() {
        byte[] b = lines.buffer();
        for (int i = lines.offset(), end = i + lines.length(); i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return b[i] == '{';
            }
        }
        return false;
    }

    /**
     * The current line's recordType once read (null before, or when it has none), whether it was
     * the object's first field, and whether the line's record or header went to the validator.
     */
    private String lineRecordType;
    private boolean recordTypeFirst;
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
            throw new Step.Cancelled();
        }
    }

    /**
     * The current line copied into a buffer followed by spaces: Jackson parses a field name on
     * its fast path only with 13 bytes of input after it, so a parser ending exactly at the line's
     * end spends much of its time on the slow path for the last names of every line. Trailing
     * spaces change nothing about the line's meaning.
     */
    private byte[] padded(int skip) {
        int n = lines.length() - skip;
        if (lineCopy.length < n + PADDING) {
            lineCopy = new byte[Math.max(n + PADDING, Math.max(4096, lineCopy.length * 2))];
        }
        System.arraycopy(lines.buffer(), lines.offset() + skip, lineCopy, 0, n);
        Arrays.fill(lineCopy, n, n + PADDING, (byte) ' ');
        return lineCopy;
    }

    /** Made on first use: with the shared parser, most parts of a parallel read have no line that needs it. */
    private byte[] lineCopy = new byte[0];

    /**
     * Whether the line starts with a UTF-8 byte-order mark, which a line may carry (as Jackson's
     * encoding detection allowed): the line parsers skip detection, since {@link Utf8Only} has
     * already refused every other encoding, and a new parser per line spent a fifth of the read
     * detecting it.
     */
    private boolean startsWithByteOrderMark() {
        byte[] b = lines.buffer();
        int at = lines.offset();
        return lines.length() >= 3 && b[at] == (byte) 0xEF && b[at + 1] == (byte) 0xBB && b[at + 2] == (byte) 0xBF;
    }

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

    /**
     * @param shared whether the parser is the one shared by many lines: then a line that is not
     *     ordinary throws {@link NotPlain} rather than being reported
     */
    private void readLine(JsonParser parser, TokenSource p, boolean shared) throws IOException, NotPlain {
        Token t = p.nextToken();
        if (t != Token.START_OBJECT) {
            notPlainIf(shared);
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
                notPlainIf(shared);
                Skip.value(p);
                skipRest(p);
                requireEnd(p);
                unreadableRecordType(value);
                return;
            }
            lineRecordType = p.getText();
            recordTypeFirst = true;
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
                notPlainIf(shared);
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
                notPlainIf(shared);
                skipRest(source);
                requireEnd(p);
                noHeaderYet();
                shape(Rule.DOC_012, null, null, "/" + line + "/recordType", "field", "recordType",
                        "value", Binder.quote(recordType));
                lostRecord();
                return;
            }
            noHeaderYet();
            record(source, type, where);
        }
        if (buffered != null) {
            buffered.close();
        }
        if (shared) {
            requireLineEnd(parser);
        } else {
            if (lineFF >= 0) {
                objectEnd = parser.currentLocation().getByteOffset();
            }
            requireEnd(p);
        }
    }

    private static void notPlainIf(boolean shared) throws NotPlain {
        if (shared) {
            throw NotPlain.INSTANCE;
        }
    }

    /**
     * For the shared parser: the line's object ended on its line, and only whitespace follows it up
     * to the line's end. Reading ahead, that end is found here, as the first newline after the
     * object (or the end of the bytes read), and the object is on one line when the parser's own
     * line count says so: it counts the newlines it skips, and there can be none inside a token.
     * Sound only while the line parsers refuse raw control characters in strings and comments
     * ({@code ReadLimits.lineFactory} enables no {@code JsonReadFeature}): either would let a
     * newline pass uncounted.
     */
    private void requireLineEnd(JsonParser parser) throws NotPlain {
        JsonLocation where = parser.currentLocation();
        long after = sharedBase + where.getByteOffset();
        if (ahead) {
            int end = whitespaceUpTo((int) after, lines.filled());
            if (where.getLineNr() != line - sharedFirstLine + 1 || !lines.canEndAt(end)) {
                throw NotPlain.INSTANCE;
            }
            aheadEnd = end;
        } else {
            // a line found by Lines holds no newline: the scan reaches its end or refuses
            int end = lines.offset() + lines.length();
            if (after > end) {
                throw NotPlain.INSTANCE;
            }
            whitespaceUpTo((int) after, end);
        }
    }

    /**
     * @return the first newline from {@code from}, or {@code limit} when there is none before it
     * @throws NotPlain when a byte other than a space, tab or carriage return comes first
     */
    private int whitespaceUpTo(int from, int limit) throws NotPlain {
        byte[] b = lines.buffer();
        for (int i = from; i < limit; i++) {
            byte c = b[i];
            if (c == '\n') {
                return i;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                throw NotPlain.INSTANCE;
            }
        }
        return limit;
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
        emit(new Step.RecordStep(record, at, unreadable, ValidationRun.prefetchKey(record)));
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
