package org.partyorg.serialization.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Lines#scan}: the cutting thread's newline count and 0xFF search, eight bytes at a time and in the tail. */
class LinesTest {
    @Test
    void findsTheFirst0xFFByteAtEveryPlaceOfTheWordsAndTheTail() {
        for (int length = 0; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] part = filled(length, (byte) 'a');
                part[at] = (byte) 0xFF;
                assertThat(Lines.scan(part, length).firstFF()).as("length %d, 0xFF at %d", length, at).isEqualTo(at);
                assertThat(Lines.indexOfFF(part, length)).isEqualTo(at);
            }
        }
    }

    @Test
    void reportsTheFirstOfTwoAndNoneBeyondTheLength() {
        byte[] part = filled(32, (byte) 'a');
        part[21] = (byte) 0xFF;
        part[5] = (byte) 0xFF;
        assertThat(Lines.scan(part, 32).firstFF()).isEqualTo(5);
        // a byte past the part's length belongs to the next part
        assertThat(Lines.scan(part, 5).firstFF()).isEqualTo(-1);
    }

    @Test
    void bytesNext0xFFAreNotIt() {
        // near misses: the bytes a borrow between lanes or a sign test could take for 0xFF
        for (byte near : new byte[] {(byte) 0xFE, (byte) 0x7F, (byte) 0x80, (byte) 0xEF, 0x00, 0x01}) {
            for (int length = 1; length <= 24; length++) {
                byte[] part = filled(length, near);
                assertThat(Lines.scan(part, length).firstFF()).as("all 0x%02X, length %d", near, length).isEqualTo(-1);
            }
        }
        byte[] mixed = {(byte) 0xFE, 0x00, (byte) 0xFF, 0x01, (byte) 0x80, 0x7F, (byte) 0xFE, 0x00, 0x00};
        assertThat(Lines.scan(mixed, mixed.length).firstFF()).isEqualTo(2);
    }

    @Test
    void countsNewlinesButNotCarriageReturnsOrBytesPastTheLength() {
        byte[] part = "{}\n{}\r\n\n{\"a\":\"\n\"}\r{}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Lines.scan(part, part.length).newlines()).isEqualTo(5);
        assertThat(Lines.scan(part, 3).newlines()).isEqualTo(1);
        assertThat(Lines.scan(part, 2).newlines()).isZero();
        byte[] newlines = filled(19, (byte) '\n');
        assertThat(Lines.scan(newlines, 19)).isEqualTo(new Lines.PartScan(19, -1));
        newlines[18] = (byte) 0xFF;
        assertThat(Lines.scan(newlines, 19)).isEqualTo(new Lines.PartScan(18, 18));
    }

    @Test
    void aPartSeededWithTheScanAnswersEveryRangeAsASearchWould() {
        // the binder asks about its lines in order, and again about a line it reads on its own
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int length = 1 + random.nextInt(60);
            byte[] part = filled(length, (byte) 'a');
            for (int k = random.nextInt(4); k > 0; k--) {
                part[random.nextInt(length)] = (byte) 0xFF;
            }
            Lines lines = new Lines(part, length, 1 << 20, true, Lines.scan(part, length).firstFF());
            int from = 0;
            while (from < length) {
                int to = from + 1 + random.nextInt(length - from);
                assertThat(lines.firstFF(from, to)).as("round %d, bytes %d-%d", round, from, to)
                        .isEqualTo(searched(part, from, to));
                if (random.nextInt(3) > 0) {
                    from = to;
                }
            }
        }
    }

    private static int searched(byte[] part, int from, int to) {
        for (int i = from; i < to; i++) {
            if (part[i] == (byte) 0xFF) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] filled(int length, byte b) {
        byte[] part = new byte[length];
        Arrays.fill(part, b);
        return part;
    }
}
