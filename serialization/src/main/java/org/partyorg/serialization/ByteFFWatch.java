package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A document's bytes, watched for the first 0xFF byte. UTF-8 has no such byte, and Jackson reports
 * it everywhere but in a field name that matches a name read before: its name table pads the last
 * four-byte group of a name with 0xFF bytes, so {@code "memb\xFFers"} is taken for
 * {@code members} without being decoded. The document reader asks, at each record and top-level
 * field ({@link #requireNotPassed}), whether the parser went past the byte without a word, and
 * then stops the read with the error Jackson gives the byte in a string. The stream reader reads
 * a line holding one with a parser of its own instead (LineBinder).
 *
 * <p>Not thread-safe: one per read.
 */
final class ByteFFWatch extends FilterInputStream {
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes handed on so far. */
    private long handedOn;
    /** The first 0xFF byte's offset, -1 before one is seen; its line and column are counted until then. */
    private long ff = -1;
    private long newlines;
    private long lineStart;

    ByteFFWatch(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            look(b, off, n);
        }
        return n;
    }

    /** Reads what is skipped, so that it is watched too. */
    @Override
    public long skip(long n) throws IOException {
        int read = read(new byte[(int) Math.min(n, 8192)]);
        return Math.max(read, 0);
    }

    /** Counts the newlines up to the first 0xFF byte, eight bytes at a time, as Lines finds newlines. */
    private void look(byte[] b, int off, int n) {
        int i = off;
        int end = off + n;
        for (; ff < 0 && i + 8 <= end; i += 8) {
            long word = (long) LONGS.get(b, i);
            long newline = zeroBytes(word ^ (ONES * '\n'));
            long ffs = zeroBytes(~word);
            if (ffs != 0) {
                int at = Long.numberOfTrailingZeros(ffs) >>> 3;
                newline &= (1L << (at << 3)) - 1;
                found(newline, handedOn + i - off);
                ff = handedOn + i - off + at;
            } else {
                found(newline, handedOn + i - off);
            }
        }
        for (; ff < 0 && i < end; i++) {
            if (b[i] == '\n') {
                newlines++;
                lineStart = handedOn + i - off + 1;
            } else if (b[i] == (byte) 0xFF) {
                ff = handedOn + i - off;
            }
        }
        handedOn += n;
    }

    /** Counts the newlines marked in a word that starts at {@code offset}. */
    private void found(long newline, long offset) {
        if (newline != 0) {
            newlines += Long.bitCount(newline);
            lineStart = offset + ((63 - Long.numberOfLeadingZeros(newline)) >>> 3) + 1;
        }
    }

    /** 0x80 in exactly the bytes of {@code word} that are zero (no borrow between bytes). */
    private static long zeroBytes(long word) {
        return ~(((word & LOW7) + LOW7) | word | LOW7);
    }

    /**
     * @param p the parser reading this input
     * @throws JsonParseException when the parser has gone past a 0xFF byte
     */
    void requireNotPassed(JsonParser p) throws JsonParseException {
        if (passed(p)) {
            throw notUtf8(p);
        }
    }

    /**
     * @param p the parser reading this input, or null
     * @return whether it has gone past a 0xFF byte: an error it reports later (a read limit, say)
     *     comes after the byte, which is the first thing wrong
     */
    boolean passed(JsonParser p) {
        return ff >= 0 && p != null && p.currentLocation().getByteOffset() > ff;
    }

    /** @return the error Jackson gives a 0xFF byte in a string, at the first 0xFF byte */
    JsonParseException notUtf8(JsonParser p) {
        return notUtf8(p, ff, newlines + 1, ff - lineStart);
    }

    /**
     * @param p the parser
     * @param offset the 0xFF byte's offset in the input
     * @param line its line, from 1
     * @param column its column, from 0
     * @return the error Jackson gives a 0xFF byte in a string, located as Jackson locates it (just after the byte)
     */
    static JsonParseException notUtf8(JsonParser p, long offset, long line, long column) {
        return new JsonParseException(p, "Invalid UTF-8 start byte 0xff", new JsonLocation(ContentReference.unknown(),
                offset + 1, -1, (int) Math.min(Integer.MAX_VALUE, line), (int) Math.min(Integer.MAX_VALUE, column + 2)));
    }
}
