package org.partyorg.validation.internal.rules;

import org.partyorg.core.RecordType;

/**
 * Where a record sits in its input, as a JSON Pointer prefix: {@code /members/12} in a document,
 * {@code /12} (the line) in a stream.
 */
public enum PathLayout {
    /** The document form: position is the index in the record type's array. */
    DOCUMENT,
    /** The stream form: position is the 1-based line number. */
    STREAM,
    /** Paths relative to the record itself ({@code ""}, {@code /admittedOn}), for Bean Validation. */
    RELATIVE;

    /**
     * @param type the record type
     * @param position index or line
     * @return the record's JSON Pointer
     */
    public String recordPath(RecordType type, long position) {
        return switch (this) {
            case DOCUMENT -> "/" + type.datasetField() + "/" + position;
            case STREAM -> "/" + position;
            case RELATIVE -> "";
        };
    }

    /**
     * @param field a field of the document or header, e.g. {@code asOf}
     * @return its JSON Pointer: {@code /asOf} in a document, {@code /1/asOf} (the header line) in a stream
     */
    public String topLevelPath(String field) {
        String prefix = this == STREAM ? "/1" : "";
        return field.isEmpty() ? prefix : prefix + "/" + field;
    }
}
