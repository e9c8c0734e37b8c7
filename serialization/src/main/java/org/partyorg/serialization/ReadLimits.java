package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import org.partyorg.core.PartyOrgException;

/**
 * The readers' safety limits. Input that exceeds one is reported as DOC-018 and reading stops
 * cleanly: hostile input cannot exhaust the stack or the heap.
 *
 * <p>The defaults are far above anything the exchange format needs (its deepest value sits five
 * objects down, its longest text is a 100-character name) and far below what would hurt:
 * <ul>
 *   <li>nesting depth 64 (Jackson's default is 1000);</li>
 *   <li>a string of at most 1,000,000 characters;</li>
 *   <li>a number of at most 100 digits;</li>
 *   <li>a field name of at most 1,000 characters;</li>
 *   <li>a document (the one-object form) of at most 1 GiB; larger exports use the stream form;</li>
 *   <li>a stream line (one record) of at most 8 MiB.</li>
 * </ul>
 *
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxNameLength longest field name, in characters
 * @param maxDocumentBytes largest document (one-object form), in bytes
 * @param maxLineBytes longest stream line, in bytes
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
        long maxDocumentBytes, int maxLineBytes) {

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 100, 1_000, 1L << 30, 8 << 20);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1 || maxDocumentBytes < 1
                || maxLineBytes < 1) {
            throw new PartyOrgException("read limits must be positive");
        }
    }

    /** @return the defaults listed above */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param maxDocumentBytes the largest document accepted
     * @return a copy with that limit
     */
    public ReadLimits withMaxDocumentBytes(long maxDocumentBytes) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /**
     * @param maxLineBytes the longest stream line accepted
     * @return a copy with that limit
     */
    public ReadLimits withMaxLineBytes(int maxLineBytes) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /**
     * @param maxStringLength the longest string accepted
     * @return a copy with that limit
     */
    public ReadLimits withMaxStringLength(int maxStringLength) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /**
     * @param maxNestingDepth the deepest nesting accepted
     * @return a copy with that limit
     */
    public ReadLimits withMaxNestingDepth(int maxNestingDepth) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /**
     * @param maxNumberLength the longest number accepted, in characters
     * @return a copy with that limit
     */
    public ReadLimits withMaxNumberLength(int maxNumberLength) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /**
     * @param maxNameLength the longest field name accepted, in characters
     * @return a copy with that limit
     */
    public ReadLimits withMaxNameLength(int maxNameLength) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes, maxLineBytes);
    }

    /** @return a Jackson factory enforcing these limits, which never quotes the input in its errors */
    JsonFactory jsonFactory() {
        return jsonFactory(maxDocumentBytes);
    }

    /** @return the same for stream lines, whose length the line splitter limits already */
    JsonFactory lineFactory() {
        // every line is UTF-8 (Utf8Only refuses others first): no detection per line. No
        // JsonReadFeature either: LineBinder's read-ahead relies on raw newlines being refused in
        // strings and on there being no comments, so that the parser counts every newline
        return jsonFactory(-1, false);
    }

    private JsonFactory jsonFactory(long documentLimit) {
        return jsonFactory(documentLimit, true);
    }

    private JsonFactory jsonFactory(long documentLimit, boolean detectCharset) {
        return JsonFactory.builder()
                .configure(JsonFactory.Feature.CHARSET_DETECTION, detectCharset)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(maxNumberLength)
                        .maxNameLength(maxNameLength)
                        .maxDocumentLength(documentLimit)
                        .build())
                // error messages must not echo input: it may hold ID numbers
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }
}
