package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.code.Masking;
import org.partyorg.serialization.bind.Binder;
import org.partyorg.serialization.bind.Binder.RecordTypeField;
import org.partyorg.serialization.bind.BindContext;
import org.partyorg.serialization.bind.IsoDates;
import org.partyorg.serialization.bind.Lines;
import org.partyorg.validation.Rule;
import org.partyorg.validation.StreamValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Reads the stream form (FORMAT.md §2: NDJSON, a header line, then one record per line in any
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

    private final ValidationOptions options;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private StreamReader(ValidationOptions options, ReadLimits limits) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = limits.jsonFactory();
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
        try {
            return new Run(in, Objects.requireNonNull(handler, "handler")).read();
        } catch (IOException e) {
            throw new ReadException("cannot read the stream: " + Masking.scrub(e.getMessage()), e);
        }
    }

    /** One stream being read. */
    private final class Run {
        private final Lines lines;
        private final RecordHandler handler;
        private final StreamValidator validator = StreamValidator.forStream(options);
        private final BindContext context = new BindContext();
        private final Binder binder = new Binder(context);
        private boolean started;
        private long line;

        Run(InputStream in, RecordHandler handler) {
            this.lines = new Lines(in, limits.maxLineBytes());
            this.handler = handler;
        }

        ValidationReport read() throws IOException {
            while (true) {
                Lines.Result next = lines.next();
                if (next == Lines.Result.END) {
                    break;
                }
                line++;
                if (next == Lines.Result.TOO_LONG) {
                    shape(Rule.DOC_018, null, null, "/" + line, "limit", "line length (" + limits.maxLineBytes() + " bytes)",
                            "detail", "line " + line);
                    noHeaderYet();
                    return validator.finishIncomplete();
                }
                if (lines.isBlank()) {
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", "empty line");
                    noHeaderYet();
                    continue;
                }
                try (JsonParser p = factory.createParser(lines.buffer(), lines.offset(), lines.length())) {
                    readLine(p);
                } catch (StreamConstraintsException e) {
                    shape(Rule.DOC_018, null, null, "/" + line, "limit", Problems.limitName(e), "detail", Problems.detail(e));
                    noHeaderYet();
                    return validator.finishIncomplete();
                } catch (JsonProcessingException e) {
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Problems.detail(e));
                    noHeaderYet();
                    validator.unreadableRecord();
                } catch (CharConversionException e) {
                    // a line whose bytes Jackson took for UTF-32 but are not: a broken line, not an I/O failure
                    shape(Rule.DOC_001, null, null, "/" + line, "detail", Problems.detail(e));
                    noHeaderYet();
                    validator.unreadableRecord();
                }
                if (validator.shouldStop()) {
                    return validator.finishIncomplete();
                }
            }
            noHeaderYet();
            return validator.finish();
        }

        /** A stream whose first line is not a header gets DOC-002 and DOC-003 (FORMAT.md §2). */
        private void noHeaderYet() {
            if (!started) {
                started = true;
                validator.start(null, null);
                handler.header(null, null);
            }
        }

        private void readLine(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                shape(Rule.DOC_001, null, null, "/" + line, "detail", "the line is not a JSON object but " + Binder.describe(t));
                noHeaderYet();
                if (line > 1) {
                    validator.unreadableRecord();
                }
                return;
            }
            // fast path: writers put recordType first; otherwise buffer the object to find it
            JsonParser source = p;
            RecordTypeField where = RecordTypeField.CONSUMED;
            String recordType;
            JsonToken first = p.nextToken();
            if (first == JsonToken.FIELD_NAME && "recordType".equals(p.currentName())) {
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    shape(Rule.DOC_011, null, null, "/" + line + "/recordType", "field", "recordType", "expected", "string",
                            "actual", Binder.describe(value));
                    org.partyorg.serialization.bind.Skip.value(p);
                    skipRest(p);
                    noHeaderYet();
                    return;
                }
                recordType = p.getText();
            } else {
                TokenBuffer buffer = new TokenBuffer(p, null);
                buffer.writeStartObject();
                for (JsonToken tok = first; tok == JsonToken.FIELD_NAME; tok = p.nextToken()) {
                    buffer.writeFieldName(p.currentName());
                    p.nextToken();
                    buffer.copyCurrentStructure(p);
                }
                buffer.writeEndObject();
                recordType = findRecordType(buffer);
                source = buffer.asParser(p.getCodec());
                source.nextToken();
                where = RecordTypeField.AHEAD;
                if (recordType == null) {
                    requireEnd(p);
                    shape(Rule.DOC_010, null, null, "/" + line + "/recordType", "field", "recordType");
                    noHeaderYet();
                    validator.unreadableRecord();
                    return;
                }
            }
            if ("header".equals(recordType)) {
                header(source, where);
            } else {
                RecordType type = RecordType.fromWireName(recordType);
                if (type == null) {
                    skipRest(source);
                    requireEnd(p);
                    noHeaderYet();
                    shape(Rule.DOC_012, null, null, "/" + line + "/recordType", "field", "recordType",
                            "value", "\"" + (recordType.length() > 40 ? recordType.substring(0, 40) + "..." : recordType) + "\"");
                    validator.unreadableRecord();
                    return;
                }
                noHeaderYet();
                record(source, type, where);
            }
            if (source != p) {
                source.close();
            }
            requireEnd(p);
        }

        private void header(JsonParser p, RecordTypeField where) throws IOException {
            if (started) {
                skipRest(p);
                shape(Rule.DOC_012, null, null, "/" + line + "/recordType", "field", "recordType", "value", "\"header\" (a second header)");
                return;
            }
            String schemaVersion = null;
            LocalDate asOf = null;
            Set<String> seen = new HashSet<>();
            if (where == RecordTypeField.CONSUMED) {
                seen.add("recordType");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                String path = "/" + line + "/" + DatasetReader.escape(field);
                if (!seen.add(field)) {
                    shape(Rule.DOC_017, null, null, path, "field", DatasetReader.escape(field));
                    org.partyorg.serialization.bind.Skip.value(p);
                    continue;
                }
                switch (field) {
                    case "recordType" -> org.partyorg.serialization.bind.Skip.value(p);
                    case "schemaVersion" -> schemaVersion = value == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                    case "asOf" -> asOf = value == JsonToken.VALUE_STRING ? IsoDates.parse(p.getText()) : skip(p);
                    case "source" -> {
                        if (value == JsonToken.START_OBJECT) {
                            context.reset();
                            binder.source(p);
                            for (BindContext.Problem problem : context.problems()) {
                                shape(problem.rule(), null, null, path + "/" + problem.path(), problem.args());
                            }
                        } else if (value != JsonToken.VALUE_NULL) {
                            shape(Rule.DOC_011, null, null, path, "field", "source", "expected", "object", "actual", Binder.describe(value));
                            org.partyorg.serialization.bind.Skip.value(p);
                        }
                    }
                    default -> {
                        shape(Rule.DOC_015, null, null, path, "field", DatasetReader.escape(field));
                        org.partyorg.serialization.bind.Skip.value(p);
                    }
                }
            }
            // only line 1 gets here: every other first line marked the header as missing
            started = true;
            validator.start(schemaVersion, asOf);
            handler.header(schemaVersion, asOf);
        }

        private void record(JsonParser p, RecordType type, RecordTypeField where) throws IOException {
            context.reset();
            Object record = switch (type) {
                case ORGANIZATION -> binder.organization(p, where);
                case MEMBER -> binder.member(p, where);
                case GRID -> binder.grid(p, where);
                case SERVICE_RECORD -> binder.serviceRecord(p, where);
                case POSTING -> binder.posting(p, where);
            };
            String id = org.partyorg.serialization.bind.Records.id(record);
            for (BindContext.Problem problem : context.problems()) {
                shape(problem.rule(), type.wireName(), id, problem.path().isEmpty() ? "/" + line : "/" + line + "/" + problem.path(),
                        problem.args());
            }
            Set<String> unreadable = context.unreadable();
            switch (type) {
                case ORGANIZATION -> {
                    validator.organization((Organization) record, line, line, unreadable);
                    handler.organization((Organization) record, line);
                }
                case MEMBER -> {
                    validator.member((Member) record, line, line, unreadable);
                    handler.member((Member) record, line);
                }
                case GRID -> {
                    validator.grid((Grid) record, line, line, unreadable);
                    handler.grid((Grid) record, line);
                }
                case SERVICE_RECORD -> {
                    validator.serviceRecord((ServiceRecord) record, line, line, unreadable);
                    handler.serviceRecord((ServiceRecord) record, line);
                }
                case POSTING -> {
                    validator.posting((Posting) record, line, line, unreadable);
                    handler.posting((Posting) record, line);
                }
            }
        }

        private void shape(Rule rule, String recordType, String recordId, String path, Object... args) {
            validator.reportShape(rule, line, recordType, recordId, path, args);
        }

        /** @return the value of the buffered object's first top-level {@code recordType} string, or null */
        private String findRecordType(TokenBuffer buffer) throws IOException {
            try (JsonParser b = buffer.asParser()) {
                b.nextToken();
                while (b.nextToken() == JsonToken.FIELD_NAME) {
                    String name = b.currentName();
                    JsonToken value = b.nextToken();
                    if (name.equals("recordType") && value == JsonToken.VALUE_STRING) {
                        return b.getText();
                    }
                    org.partyorg.serialization.bind.Skip.value(b);
                }
            }
            return null;
        }

        /** Skips the rest of the current object (the parser is inside it). */
        private void skipRest(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                org.partyorg.serialization.bind.Skip.value(p);
            }
        }

        /** After the line's object only whitespace may follow. */
        private void requireEnd(JsonParser p) throws IOException {
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "content after the line's object (" + Binder.describe(extra) + ")");
            }
        }

        private <T> T skip(JsonParser p) throws IOException {
            org.partyorg.serialization.bind.Skip.value(p);
            return null;
        }
    }
}
