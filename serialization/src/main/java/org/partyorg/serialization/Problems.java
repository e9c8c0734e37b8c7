package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.partyorg.core.code.Masking;
import org.partyorg.core.internal.Texts;
import org.partyorg.validation.internal.rules.Messages.Phrase;

/** Turning parser failures into finding details that are short and never quote personal data. */
final class Problems {
    private static final Pattern JAVA_HINT = Pattern.compile(",? *(from|use) `[^`]*`( to [^)]*)?");

    private Problems() {
    }

    /**
     * @param e a parser failure
     * @return its message without the input quoted, plus line and column, marked as the parser's
     *     own (English) words
     */
    static Phrase detail(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        // Jackson names the Java setting behind a limit ("from `StreamReadConstraints.getMaxNestingDepth()`"): not for readers of a report
        message = JAVA_HINT.matcher(message).replaceAll("");
        // masked before it is cut, so that no cut leaves part of a number whole
        message = Texts.shorten(Masking.scrub(message), 203);
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return Phrase.of("detail.parser", "text", message + where);
    }

    /**
     * @param e malformed input: a parser failure, or a decoding failure of Jackson's own readers
     * @return {@link #detail(JsonProcessingException)} or {@link #detail(CharConversionException)}
     */
    static Phrase malformedDetail(IOException e) {
        return e instanceof JsonProcessingException parser ? detail(parser) : detail((CharConversionException) e);
    }

    /**
     * @param e a decoding failure of Jackson's own readers (UTF-32)
     * @return its message, short and masked, marked as the parser's own words
     */
    static Phrase detail(CharConversionException e) {
        String message = String.valueOf(e.getMessage());
        return Phrase.of("detail.parser", "text", Texts.shorten(Masking.scrub(message), 203));
    }

    /**
     * @param e a read-constraint failure
     * @return which limit it was, in the words of the report's language
     */
    static Phrase limitName(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        String key;
        if (m.contains("nesting depth")) {
            key = "limit.nestingDepth";
        } else if (m.contains("string value length")) {
            key = "limit.stringLength";
        } else if (m.contains("number value length")) {
            key = "limit.numberLength";
        } else if (m.contains("name length")) {
            key = "limit.nameLength";
        } else if (m.contains("document length")) {
            key = "limit.documentLength";
        } else {
            key = "limit.other";
        }
        return Phrase.of(key);
    }
}
