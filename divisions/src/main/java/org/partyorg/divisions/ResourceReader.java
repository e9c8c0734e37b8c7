package org.partyorg.divisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.partyorg.core.code.DivisionLevel;

/**
 * Reads the division resource written by {@code divisions/tools/nbs2023.py}. The layout is
 * documented in {@code divisions/tools/SOURCE.md}; in short, a zlib stream holding:
 *
 * <pre>
 * magic "NBSD", format version u8 (1)
 * edition: u16 byte length, UTF-8 bytes
 * alphabet: u16 count K, then K UTF-16 code units (u16), most frequent first; rank r = 1..K
 * 5 x (u32 division count, u32 name length in UTF-16 units), province .. village
 * codes: per level, per division in code order, the unsigned LEB128 varint of
 *        (12-digit code - previous code of the same level), the first from 0
 * names: per level, per division in code order, each code unit as its rank
 *        (one byte r if r &lt; 0x80, else two bytes 0x80 | r &gt;&gt; 8, r &amp; 0xFF), then 0x00
 * </pre>
 *
 * All multi-byte integers are big-endian.
 */
final class ResourceReader {
    static final String RESOURCE = "nbs2023.bin";
    private static final byte[] MAGIC = {'N', 'B', 'S', 'D'};
    private static final int FORMAT_VERSION = 1;
    private static final DivisionLevel[] LEVELS = {
        DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY,
        DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE
    };

    /** The edition and one table per level, province first. */
    record Contents(String edition, LevelTable[] tables) {
    }

    private final byte[] data;
    private int pos;

    private ResourceReader(byte[] data) {
        this.data = data;
    }

    /**
     * @return the contents of the bundled resource
     * @throws UncheckedIOException if the resource is missing or cannot be read
     * @throws IllegalStateException if the resource is corrupt
     */
    static Contents readBundled() {
        try (InputStream in = ResourceReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource not found: " + RESOURCE));
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division resource " + RESOURCE, e);
        }
    }

    /**
     * @param compressed the zlib-compressed resource
     * @return its contents
     * @throws IOException if the stream cannot be read or inflated
     * @throws IllegalStateException if the contents are corrupt
     */
    static Contents read(InputStream compressed) throws IOException {
        byte[] data;
        Inflater inflater = new Inflater();
        try {
            data = new InflaterInputStream(compressed, inflater, 1 << 16).readAllBytes();
        } finally {
            inflater.end();
        }
        try {
            return new ResourceReader(data).parse();
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalStateException("corrupt division resource: truncated", e);
        }
    }

    private Contents parse() {
        for (byte b : MAGIC) {
            if (data[pos++] != b) {
                throw new IllegalStateException("corrupt division resource: bad magic");
            }
        }
        int version = u8();
        if (version != FORMAT_VERSION) {
            throw new IllegalStateException("unsupported division resource version " + version);
        }
        int editionLength = u16();
        String edition = new String(data, pos, editionLength, StandardCharsets.UTF_8);
        pos += editionLength;

        int alphabetSize = u16();
        char[] alphabet = new char[alphabetSize + 1];
        for (int r = 1; r <= alphabetSize; r++) {
            alphabet[r] = (char) u16();
        }

        int[] counts = new int[LEVELS.length];
        int[] charCounts = new int[LEVELS.length];
        for (int l = 0; l < LEVELS.length; l++) {
            counts[l] = u32();
            charCounts[l] = u32();
        }

        long[][] codes = new long[LEVELS.length][];
        for (int l = 0; l < LEVELS.length; l++) {
            long[] c = new long[counts[l]];
            long previous = 0;
            for (int i = 0; i < c.length; i++) {
                long delta = varint();
                if (delta <= 0 && i > 0) {
                    throw new IllegalStateException("corrupt division resource: codes not increasing");
                }
                previous += delta;
                c[i] = previous;
            }
            if (c.length > 0 && previous >= Codes.LIMIT) {
                throw new IllegalStateException("corrupt division resource: code beyond 12 digits");
            }
            codes[l] = c;
        }

        LevelTable[] tables = new LevelTable[LEVELS.length];
        for (int l = 0; l < LEVELS.length; l++) {
            char[] names = new char[charCounts[l]];
            int[] starts = new int[counts[l] + 1];
            int n = 0;
            for (int i = 0; i < counts[l]; i++) {
                starts[i] = n;
                int b;
                while ((b = data[pos++] & 0xFF) != 0) {
                    int rank = b < 0x80 ? b : ((b & 0x7F) << 8) | (data[pos++] & 0xFF);
                    names[n++] = alphabet[rank];
                }
            }
            starts[counts[l]] = n;
            if (n != names.length) {
                throw new IllegalStateException("corrupt division resource: name length mismatch");
            }
            tables[l] = new LevelTable(LEVELS[l], codes[l], starts, names);
        }
        if (pos != data.length) {
            throw new IllegalStateException("corrupt division resource: trailing bytes");
        }
        return new Contents(edition, tables);
    }

    private int u8() {
        return data[pos++] & 0xFF;
    }

    private int u16() {
        return (u8() << 8) | u8();
    }

    private int u32() {
        int v = (u16() << 16) | u16();
        if (v < 0) {
            throw new IllegalStateException("corrupt division resource: count out of range");
        }
        return v;
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = u8();
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IllegalStateException("corrupt division resource: varint too long");
    }
}
