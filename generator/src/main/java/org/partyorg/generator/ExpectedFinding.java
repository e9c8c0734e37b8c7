package org.partyorg.generator;

import java.util.Objects;
import org.partyorg.core.RecordType;
import org.partyorg.validation.Severity;

/**
 * A finding a planted defect must produce ({@link Generator#inject}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule, e.g. {@code MEM-012}
 * @param severity the severity the default validation options give it
 * @param recordType the type of the record the finding is about; null when it is about the header
 *     or the whole input (see {@code scope})
 * @param recordId that record's id, null when it has none
 * @param field the path relative to the record or header ({@code "fullMemberOn"}, {@code ""} for the record itself)
 * @param index the record's index among the records of its type (its index in the dataset's array); -1 for the header
 * @param ordinal the record's place among all records written, 0-based (its stream line is {@code ordinal + 2}); -1 for the header
 * @param scope what the finding is on
 */
public record ExpectedFinding(String ruleId, Severity severity, RecordType recordType, String recordId, String field,
        long index, long ordinal, Scope scope) {

    /** What a finding is on, which decides its paths. */
    public enum Scope {
        /** A record: {@code /members/12/field} in a document, {@code /<line>/field} in a stream. */
        RECORD,
        /**
         * A record the reader stopped inside (DOC-018): the paths of {@link #RECORD}, but the finding
         * cannot name the record's type or id, which were not read.
         */
        STOPPED_INSIDE,
        /** The header: {@code /asOf} in a document, {@code /1/asOf} in a stream. */
        HEADER,
        /**
         * Input that is not JSON (DOC-001): the whole document (path {@code ""}) in the document form, which
         * stops reading there; the record's line ({@code /<line>}) in the stream form.
         */
        UNREADABLE
    }

    /** Checks the non-null components. */
    public ExpectedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(scope, "scope");
        if (scope != Scope.HEADER) {
            Objects.requireNonNull(recordType, "recordType");
        }
    }

    /**
     * A finding on a record.
     *
     * @param ruleId the rule
     * @param severity its default severity
     * @param recordType the record's type
     * @param recordId the record's id
     * @param field the path relative to the record
     * @param index the record's index among its type
     * @param ordinal its place among all records
     */
    public ExpectedFinding(String ruleId, Severity severity, RecordType recordType, String recordId, String field, long index,
            long ordinal) {
        this(ruleId, severity, recordType, recordId, field, index, ordinal, Scope.RECORD);
    }

    /** @return the JSON Pointer in the document form, e.g. {@code /members/12/fullMemberOn} */
    public String documentPath() {
        return switch (scope) {
            case HEADER -> field.isEmpty() ? "" : "/" + field;
            case UNREADABLE -> "";
            case RECORD, STOPPED_INSIDE -> {
                String record = "/" + recordType.datasetField() + "/" + index;
                yield field.isEmpty() ? record : record + "/" + field;
            }
        };
    }

    /** @return whether the finding names the record's type, as the validator reports it (not for {@code UNREADABLE} or {@code STOPPED_INSIDE}) */
    public boolean namesRecordType() {
        return scope == Scope.RECORD;
    }

    /**
     * The path in the stream form, when the stream holds the header on line 1 and then the records
     * in the generator's order (as {@link Generator#forEach} and {@link Generation#writeStream} write them).
     *
     * @return {@code /<line>/<field>}
     */
    public String streamPath() {
        String record = scope == Scope.HEADER ? "/1" : "/" + (ordinal + 2);
        return field.isEmpty() ? record : record + "/" + field;
    }
}
