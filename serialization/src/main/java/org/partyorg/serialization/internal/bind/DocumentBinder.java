package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyorg.core.Dataset;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordType;
import org.partyorg.core.Source;
import org.partyorg.serialization.internal.bind.Binder.RecordTypeField;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.rules.Messages;

/**
 * Binds a whole document (docs/format.md, Document form) into records, in document order, reporting its shape
 * problems with paths into the document. Used by the document reader, which then validates the
 * records, and by the Jackson module, which only binds.
 *
 * <p>Not thread-safe: one per document.
 */
public final class DocumentBinder {
    /**
     * A bound record and where it was.
     *
     * @param type its type
     * @param record the record
     * @param position its index in its array
     * @param seq its place in the document
     * @param unreadable fields that could not be bound
     */
    public record Entry(RecordType type, ExchangeRecord record, long position, long seq, Set<String> unreadable) {
    }

    private final ShapeSink sink;
    private final BindContext context = new BindContext();
    private final Binder binder = new Binder(context);
    private final List<Entry> entries = new ArrayList<>();
    private String schemaVersion;
    private LocalDate asOf;
    private boolean asOfUnreadable;
    private boolean schemaVersionRead;
    private boolean asOfRead;
    private LocalDate coverageFrom;
    private Source source;
    private long seq;

    /**
     * @param sink where shape problems go
     */
    public DocumentBinder(ShapeSink sink) {
        this.sink = sink;
    }

    /**
     * Binds the document.
     *
     * @param p a parser before the document
     * @return whether a whole document object was read (false: empty input, or not an object)
     * @throws IOException on malformed JSON (DOC-001) or a read limit (DOC-018), for the caller to report
     */
    public boolean read(TokenSource p) throws IOException {
        Token t = p.nextToken();
        if (t == null) {
            sink.reportShape(Rule.DOC_001, -1, null, null, "", "detail", Messages.Phrase.of("detail.emptyInput"));
            return false;
        }
        if (t != Token.START_OBJECT) {
            sink.reportShape(Rule.DOC_011, -1, null, null, "", "field", "(document)", "expected", "object",
                    "actual", Binder.describe(t));
            Skip.value(p);
            requireEnd(p);
            sink.readUpToHere();
            return false;
        }
        readObject(p);
        requireEnd(p);
        sink.readUpToHere();
        return true;
    }

    /**
     * Binds the fields of a document object, for a parser on its {@code START_OBJECT}; leaves the
     * parser on the matching {@code END_OBJECT}.
     *
     * @param p the parser
     * @throws IOException on malformed JSON or a read limit
     */
    public void readObject(TokenSource p) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == Token.FIELD_NAME) {
            String field = p.currentName();
            Token value = p.nextToken();
            sink.readUpToHere();
            if (!seen.add(field)) {
                sink.reportShape(Rule.DOC_017, -1, null, null, "/" + BindContext.escape(field), "field", BindContext.escape(field));
                RecordType section = RecordType.findByDatasetField(field).orElse(null);
                if (section != null && value != Token.VALUE_NULL) {
                    sink.unreadableRecords(section); // the repeated section's records are skipped, so unknown
                }
                Skip.value(p);
                continue;
            }
            switch (field) {
                case "schemaVersion" -> {
                    schemaVersion = value == Token.VALUE_STRING ? p.getText() : skip(p);
                    // read only once its value is whole; in a broken document a bare token may be a fragment
                    schemaVersionRead = value == Token.VALUE_STRING || value == Token.VALUE_NULL;
                }
                case "asOf" -> {
                    asOf = value == Token.VALUE_STRING ? IsoDates.parse(p.getText()) : skip(p);
                    asOfUnreadable = asOf == null && value != Token.VALUE_NULL;
                    asOfRead = value == Token.VALUE_STRING || value == Token.VALUE_NULL;
                }
                case "coverageFrom" -> coverageFrom(p, value);
                case "source" -> source(p, value);
                default -> {
                    RecordType section = RecordType.findByDatasetField(field).orElse(null);
                    if (section != null) {
                        records(p, section);
                    } else {
                        sink.reportShape(Rule.DOC_015, -1, null, null, "/" + BindContext.escape(field), "field",
                                BindContext.escape(field));
                        Skip.value(p);
                    }
                }
            }
        }
    }

    /** Format 1.1: a date, or absent; a bad one is reported (DOC-011, DOC-013) and then treated as absent. */
    private void coverageFrom(TokenSource p, Token value) throws IOException {
        if (value == Token.VALUE_STRING) {
            coverageFrom = IsoDates.parse(p.getText());
            if (coverageFrom == null) {
                sink.reportShape(Rule.DOC_013, -1, null, null, "/coverageFrom", "field", "/coverageFrom", "value",
                        Binder.quote(p.getText()));
            }
        } else if (value != Token.VALUE_NULL) {
            sink.reportShape(Rule.DOC_011, -1, null, null, "/coverageFrom", "field", "coverageFrom", "expected", "string (date)",
                    "actual", Binder.describe(value));
            Skip.value(p);
        }
    }

    private void source(TokenSource p, Token value) throws IOException {
        if (value == Token.START_OBJECT) {
            context.reset();
            source = binder.source(p);
            sink.readUpToHere();
            for (BindContext.Problem problem : context.problems()) {
                sink.reportShape(problem.rule(), -1, null, null, "/source/" + problem.path(), problem.args());
            }
        } else if (value != Token.VALUE_NULL) {
            sink.reportShape(Rule.DOC_011, -1, null, null, "/source", "field", "source", "expected", "object",
                    "actual", Binder.describe(value));
            Skip.value(p);
        }
    }

    private void records(TokenSource p, RecordType type) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_NULL) {
            return;
        }
        String section = "/" + type.datasetField();
        if (t != Token.START_ARRAY) {
            sink.reportShape(Rule.DOC_011, -1, null, null, section, "field", type.datasetField(), "expected", "array",
                    "actual", Binder.describe(t));
            sink.unreadableRecords(type);
            Skip.value(p);
            return;
        }
        int index = 0;
        for (t = p.nextToken(); t != Token.END_ARRAY; t = p.nextToken(), index++) {
            long recordSeq = seq++;
            if (t != Token.START_OBJECT) {
                sink.reportShape(Rule.DOC_011, recordSeq, type.wireName(), null, section + "/" + index,
                        "field", type.datasetField() + "/" + index, "expected", "object", "actual", Binder.describe(t));
                sink.unreadableRecord(type);
                Skip.value(p);
                sink.readUpToHere();
                continue;
            }
            context.reset();
            ExchangeRecord record = binder.record(type, p, RecordTypeField.NONE);
            sink.readUpToHere();
            String base = section + "/" + index;
            String id = record.id();
            for (BindContext.Problem problem : context.problems()) {
                sink.reportShape(problem.rule(), recordSeq, type.wireName(), id,
                        base + "/" + problem.path(), problem.args());
            }
            entries.add(new Entry(type, record, index, recordSeq, context.unreadable()));
        }
    }

    /** After the root value only whitespace may follow. */
    private static void requireEnd(TokenSource p) throws IOException {
        Token extra = p.nextToken();
        if (extra != null) {
            p.fail("content after the end of the document ("
                    + Binder.describe(extra) + ")");
        }
    }

    private static <T> T skip(TokenSource p) throws IOException {
        Skip.value(p);
        return null;
    }

    /** @return the records bound so far, in the dataset */
    public Dataset dataset() {
        Map<RecordType, List<ExchangeRecord>> byType = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (Entry e : entries) {
            byType.get(e.type).add(e.record);
        }
        return new Dataset(schemaVersion, asOf, coverageFrom, source, cast(byType.get(RecordType.ORGANIZATION)),
                cast(byType.get(RecordType.MEMBER)), cast(byType.get(RecordType.GRID)),
                cast(byType.get(RecordType.SERVICE_RECORD)), cast(byType.get(RecordType.POSTING)),
                cast(byType.get(RecordType.APPLICATION)), cast(byType.get(RecordType.MEETING)),
                cast(byType.get(RecordType.DUES_PAYMENT)), cast(byType.get(RecordType.TRANSFER)),
                cast(byType.get(RecordType.ELECTION)));
    }

    /** Each list holds records of one type only, as {@link #dataset()} sorted them. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<ExchangeRecord> records) {
        return (List<T>) (List<?>) records;
    }

    /** @return the bound records with where they were, in document order */
    public List<Entry> entries() {
        return entries;
    }

    /** @return the declared schema version, or null when missing or not a string */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** @return the declared coverageFrom (format 1.1), or null when missing or not a date */
    public LocalDate coverageFrom() {
        return coverageFrom;
    }

    /** @return the declared asOf, or null when missing or not a date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return whether the reader got as far as the document's {@code schemaVersion} field */
    public boolean isSchemaVersionRead() {
        return schemaVersionRead;
    }

    /** @return whether the reader got as far as the document's {@code asOf} field */
    public boolean isAsOfRead() {
        return asOfRead;
    }

    /** @return whether the document has an asOf that is not a date (rather than none) */
    public boolean isAsOfUnreadable() {
        return asOfUnreadable;
    }

    /** Where shape problems and unbindable records are reported. */
    public interface ShapeSink {
        /**
         * @param rule the DOC rule
         * @param seq the record's place in the document, -1 for the document itself
         * @param recordType the record's wire type, or null
         * @param recordId the record's id, or null
         * @param path the JSON Pointer
         * @param args message parameters
         */
        void reportShape(Rule rule, long seq, String recordType, String recordId, String path, Object... args);

        /**
         * Counts an array element that is not an object.
         *
         * @param type the section's record type
         */
        void unreadableRecord(RecordType type);

        /**
         * A section that is not an array: its records, however many, are unknown.
         *
         * @param type the section's record type
         */
        void unreadableRecords(RecordType type);

        /**
         * Called where the binder has read a top-level field's name, and where it has read a whole
         * record, before it keeps or reports what it read: a reader that knows of bytes the parser
         * may have passed without a word (a 0xFF byte in a field name) stops the read there.
         *
         * @throws IOException to stop the read as a parse error at that point would
         */
        default void readUpToHere() throws IOException {
        }
    }
}
