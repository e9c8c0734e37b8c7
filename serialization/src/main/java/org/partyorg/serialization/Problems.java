package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.partyorg.core.code.Masking;

/** Turning parser failures into finding details that are short and never quote personal data. */
final class Problems {
    private Problems() {
    }

    /**
     * @param e a parser failure
     * @return its message without the input quoted, plus line and column
     */
    static String detail(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return Masking.scrub(message) + where;
    }

    /**
     * @param e a decoding failure of Jackson's own readers (UTF-32)
     * @return its message, short and masked
     */
    static String detail(java.io.CharConversionException e) {
        String message = String.valueOf(e.getMessage());
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return Masking.scrub(message);
    }

    /**
     * @param e a read-constraint failure
     * @return which limit it was
     */
    static String limitName(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nesting depth";
        }
        if (m.contains("string value length")) {
            return "string length";
        }
        if (m.contains("number value length")) {
            return "number length";
        }
        if (m.contains("name length")) {
            return "field name length";
        }
        if (m.contains("document length")) {
            return "document size";
        }
        return "read limit";
    }
}
