package org.partyorg.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import org.partyorg.core.code.Masking;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.rules.Messages.Phrase;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * docs/format.md and RFC 8259 §8.1: exchanged JSON is UTF-8. Jackson would detect UTF-16 and UTF-32
 * and read them without a word; a file in either would then pass here and fail in the next system,
 * so the readers report it (DOC-001) instead. The check looks at the first four bytes only, the way
 * RFC 4627 §3 tells the encodings apart: JSON text starts with an ASCII character.
 */
final class Utf8Only {
    private Utf8Only() {
    }

    /**
     * @param in an input
     * @return the input to read from instead: the same bytes, the first four read ahead
     */
    static PushbackInputStream peekable(InputStream in) {
        return new PushbackInputStream(in, 4); // a caller's own PushbackInputStream may hold fewer than 4
    }

    /**
     * Reports DOC-001 when the input is in UTF-16 or UTF-32.
     *
     * @param in an input from {@link #peekable}; its first bytes are read and pushed back
     * @param validator where to report
     * @param path the finding's path
     * @return whether it was reported: the input is then not to be read
     * @throws ReadException if reading fails
     */
    static boolean rejectWideEncoding(PushbackInputStream in, ValidationRun validator, String path) {
        String wide;
        try {
            wide = wideEncoding(in);
        } catch (IOException e) {
            throw new ReadException("cannot read the input: " + Masking.scrub(e.getMessage()), e);
        }
        if (wide != null) {
            validator.report(Rule.DOC_001, -1, null, null, path, "detail", Phrase.of("detail.notUtf8", "encoding", wide));
        }
        return wide != null;
    }

    private static String wideEncoding(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        in.unread(head);
        return wideEncoding(head, 0, head.length);
    }

    /**
     * @param bytes a buffer
     * @param off where the input (or one stream line) starts
     * @param len its length
     * @return the UTF-16 or UTF-32 encoding its first bytes show (a NUL byte or a byte-order mark), or
     *     null: JSON in UTF-8 has neither
     */
    static String wideEncoding(byte[] bytes, int off, int len) {
        if (len < 2) {
            return null;
        }
        int b0 = bytes[off] & 0xff;
        int b1 = bytes[off + 1] & 0xff;
        boolean four = len >= 4;
        int b2 = four ? bytes[off + 2] & 0xff : -1;
        int b3 = four ? bytes[off + 3] & 0xff : -1;
        if (four && b0 == 0 && b1 == 0) {
            return "UTF-32BE";
        }
        if (four && b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
            return "UTF-32LE"; // its byte-order mark starts as UTF-16LE's does
        }
        if (four && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32LE";
        }
        if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 != 0) {
            return "UTF-16BE";
        }
        if (b0 == 0xff && b1 == 0xfe || b0 != 0 && b1 == 0) {
            return "UTF-16LE";
        }
        return null;
    }
}
