package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits an NDJSON byte stream into lines without decoding it: the JSON parser reads each line's
 * bytes in place. Accepts {@code \n} and {@code \r\n} endings and skips a UTF-8 byte-order mark at
 * the start. A line longer than the limit is not read (the reader stops with DOC-018).
 *
 * <p>Not thread-safe.
 */
public final class Lines {
    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf;
    private int start;
    private int end;
    private boolean eof;
    private boolean first = true;
    private int lineStart;
    private int lineLength;
    private int fills;
    /** No 0xFF byte is in the buffer from {@code ffFrom} up to {@code ffAt}, which holds one or is {@link #end}; until the next fill. */
    private int ffFrom = Integer.MAX_VALUE;
    private int ffAt;

    /**
     * @param in the stream, read to its end but not closed
     * @param maxLineBytes the longest line accepted
     */
    public Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[1 << 16];
    }

    /**
     * The lines of one part of a stream held in memory, cut at a line boundary (a parallel read).
     *
     * @param part the part's bytes, not copied
     * @param length how many of them belong to the part
     * @param maxLineBytes the longest line accepted
     * @param atStart whether the part starts the stream (only there is a byte-order mark skipped)
     * @param firstFF where the part's first 0xFF byte is, or -1 when it has none ({@link #scan})
     */
    public Lines(byte[] part, int length, int maxLineBytes, boolean atStart, int firstFF) {
        this.in = InputStream.nullInputStream();
        this.maxLineBytes = maxLineBytes;
        this.buf = part;
        this.end = length;
        this.eof = true;
        this.first = atStart;
        // a wrong answer here would send a line holding 0xFF to the shared parser without a word
        assert firstFF == indexOfFF(part, length)
                : "firstFF " + firstFF + " of a part whose first 0xFF is at " + indexOfFF(part, length);
        this.ffFrom = 0;
        this.ffAt = firstFF < 0 ? length : firstFF;
    }

    /** The outcome of {@link #next()}. */
    public enum Result {
        /** A line is available: {@link #buffer()}, {@link #offset()}, {@link #length()}. */
        LINE,
        /** The input ended. */
        END,
        /** The next line is longer than the limit. */
        TOO_LONG
    }

    /**
     * Advances to the next line.
     *
     * @return what was found
     * @throws IOException when the stream fails
     */
    public Result next() throws IOException {
        while (true) {
            int nl = indexOf((byte) '\n', start, end);
            if (nl >= 0) {
                if (nl - start > maxLineBytes) {
                    return Result.TOO_LONG;
                }
                setLine(start, nl);
                start = nl + 1;
                return Result.LINE;
            }
            if (end - start > maxLineBytes) {
                return Result.TOO_LONG;
            }
            if (eof) {
                if (start < end) {
                    if (end - start > maxLineBytes) {
                        return Result.TOO_LONG;
                    }
                    setLine(start, end);
                    start = end;
                    return Result.LINE;
                }
                return Result.END;
            }
            fill();
        }
    }

    /** @return the buffer holding the current line */
    public byte[] buffer() {
        return buf;
    }

    /** @return where the current line starts in the buffer */
    public int offset() {
        return lineStart;
    }

    /** @return the current line's length in bytes, without its line ending */
    public int length() {
        return lineLength;
    }

    /**
     * @return where the bytes read so far end in the {@link #buffer()}: the current line and the lines
     *     after it up to there stay in place until {@link #fills()} changes
     */
    public int filled() {
        return end;
    }

    /** @return how many times the buffer was refilled, which moves or replaces the bytes in it */
    public int fills() {
        return fills;
    }

    /**
     * Where the next line starts, for a reader that finds its end itself (a parser that reads the
     * line's object and then only whitespace up to a newline) and then takes it with
     * {@link #advanceTo}, so that the line's bytes are not searched twice.
     *
     * @return the next line's first byte in the {@link #buffer()}, or -1 when {@link #next()} must
     *     find it: the stream's first line (which may start with a byte-order mark), or no byte of
     *     the next line read yet
     */
    public int nextStart() {
        return first || start >= end ? -1 : start;
    }

    /**
     * @param lineEnd a newline of the next line in the {@link #buffer()}, or {@link #filled()}
     * @return whether the next line may be taken as ending there: not longer than the limit, and
     *     ending at a newline or at the end of the input
     */
    public boolean canEndAt(int lineEnd) {
        return !first && lineEnd >= start && lineEnd <= end && lineEnd - start <= maxLineBytes
                && (lineEnd == end ? eof : buf[lineEnd] == '\n');
    }

    /**
     * Takes the next line as read, as {@link #next()} would have returned it.
     *
     * @param lineEnd where it ends, as {@link #canEndAt} allowed (not checked again: the reader
     *     checks before it commits to the line, once per line)
     */
    public void advanceTo(int lineEnd) {
        assert canEndAt(lineEnd) : lineEnd;
        setLine(start, lineEnd);
        start = lineEnd == end ? end : lineEnd + 1;
    }

    /** @return whether the current line holds only spaces and tabs, or nothing */
    public boolean isBlank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the first 0xFF byte of a range of the buffer is. UTF-8 has no such byte, and Jackson's
     * field-name table cannot tell it from the padding of a name's last four-byte group: a name
     * holding one can be read, without a word, as the shorter name it collides with. The readers
     * send a line with one to a parser of its own (see LineBinder). Each byte is looked at about
     * once per fill, as long as the ranges asked about move forward; in a part of a parallel read,
     * up to the first 0xFF byte not at all, since the part's cutter found it (a search here cost
     * about 3% of a parallel read's time: the cutter's cache has the bytes, the binder's does not
     * yet).
     *
     * @param from the range's first byte in the {@link #buffer()}
     * @param to the end of the range, at most {@link #filled()}
     * @return the first 0xFF byte's index in the {@link #buffer()}, or -1 when the range has none
     */
    public int firstFF(int from, int to) {
        if (from < ffFrom || ffAt < from) {
            int at = indexOf((byte) 0xFF, from, end);
            ffFrom = from;
            ffAt = at < 0 ? end : at;
        }
        return ffAt < to ? ffAt : -1;
    }

    /**
     * Where the first 0xFF byte of a part is, for {@link #Lines(byte[], int, int, boolean, int)}
     * when the part's newlines need no count ({@link #scan} counts them too).
     *
     * @param part the bytes
     * @param length how many of them to look at
     * @return the first 0xFF byte's index, or -1 when there is none
     */
    public static int indexOfFF(byte[] part, int length) {
        return indexOf(part, (byte) 0xFF, 0, length);
    }

    private void setLine(int from, int to) {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        if (first) {
            first = false;
            if (to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB && buf[from + 2] == (byte) 0xBF) {
                from += 3;
            }
        }
        lineStart = from;
        lineLength = to - from;
    }

    private void fill() throws IOException {
        fills++;
        ffFrom = Integer.MAX_VALUE;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLineBytes + 2));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Finds the next newline eight bytes at a time (SWAR): the scan touches every byte of a national export. */
    private int indexOf(byte b, int from, int to) {
        return indexOf(buf, b, from, to);
    }

    private static int indexOf(byte[] a, byte b, int from, int to) {
        int i = from;
        long pattern = (b & 0xFFL) * 0x0101010101010101L;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(a, i) ^ pattern;
            long found = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a parallel read needs to know of a part before binding it: how many lines it holds, to
     * number the next part's lines, and where its first 0xFF byte is ({@link #firstFF(int, int)}).
     *
     * @param newlines the number of {@code \n} bytes
     * @param firstFF the index of the first 0xFF byte, or -1 when there is none
     */
    public record PartScan(long newlines, int firstFF) {
    }

    /**
     * Counts the newlines in a part eight bytes at a time, as {@link #next()} finds them, and looks
     * for a 0xFF byte in the same pass: the cutting thread reads every byte of the input once, while
     * it is in its cache.
     *
     * @param buf the bytes
     * @param len how many of them belong to the part
     * @return its newlines and first 0xFF byte
     */
    public static PartScan scan(byte[] buf, int len) {
        long n = 0;
        int firstFF = -1;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long bytes = (long) LONGS.get(buf, i);
            long word = bytes ^ NEWLINES;
            // 0x80 in exactly the bytes of word that are zero, i.e. the newlines (no borrow between bytes)
            long low = (word & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
            n += Long.bitCount(~(low | word | 0x7F7F7F7F7F7F7F7FL));
            // 0x80 in the bytes of ~bytes that are zero, i.e. the 0xFF bytes: a borrow marks only bytes
            // above a real one, so the lowest mark is the first
            long ff = (~bytes - 0x0101010101010101L) & bytes & 0x8080808080808080L;
            if (ff != 0 && firstFF < 0) {
                firstFF = i + (Long.numberOfTrailingZeros(ff) >>> 3);
            }
        }
        for (; i < len; i++) {
            if (buf[i] == '\n') {
                n++;
            } else if (buf[i] == (byte) 0xFF && firstFF < 0) {
                firstFF = i;
            }
        }
        return new PartScan(n, firstFF);
    }

    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
}
