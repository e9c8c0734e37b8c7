package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partyorg.serialization.TestInputs.triples;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Hostile input through the public readers (docs/design.md: hostile input): each case ends in a clean
 * report, with the default stack size and heap. Large inputs are written to temporary files as
 * they are generated, never held as one string.
 */
class HostileInputTest {
    static final int MILLION = 1_000_000;
    static final String HEADER = "{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\"}\n";
    static final String DOC_START = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",";

    @TempDir
    Path tmp;

    // ------------------------------------------------------------------ deep chains and long cycles

    /** Organization {@code o<i>} has parent {@code o<i-1>}; with {@code cycle}, {@code o0} has parent {@code o<n-1>}. */
    static String organization(int i, int n, boolean cycle) {
        String parent = i > 0 ? ",\"parentId\":\"o" + (i - 1) + "\"" : cycle ? ",\"parentId\":\"o" + (n - 1) + "\"" : "";
        return "{\"id\":\"o" + i + "\",\"name\":\"组织" + i + "\",\"orgType\":\"LOCAL_COMMITTEE\"" + parent
                + ",\"divisionCode\":\"522631000000\"}";
    }

    static void writeChainStream(Path file, int n, boolean cycle) {
        write(file, out -> {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                out.write(("{\"recordType\":\"organization\"," + organization(i, n, cycle).substring(1) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    static void writeChainDocument(Path file, int n, boolean cycle) {
        write(file, out -> {
            out.write((DOC_START + "\"organizations\":[").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                out.write(((i > 0 ? ",\n" : "\n") + organization(i, n, cycle)).getBytes(StandardCharsets.UTF_8));
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aMillionDeepChainIsCleanInBothForms() {
        Path stream = tmp.resolve("chain.ndjson");
        writeChainStream(stream, MILLION, false);
        ValidationReport s = StreamReader.create().validate(stream);
        assertThat(s.findings()).isEmpty();
        assertThat(s.records()).isEqualTo(MILLION);
        assertThat(s.isComplete()).isTrue();

        Path doc = tmp.resolve("chain.json");
        writeChainDocument(doc, MILLION, false);
        ValidationReport d = DatasetReader.create().validate(doc);
        assertThat(d.findings()).isEmpty();
        assertThat(d.records()).isEqualTo(MILLION);
    }

    @Test
    void aMillionLongCycleIsOneOrg002PerOrganizationInBothForms() {
        Path stream = tmp.resolve("cycle.ndjson");
        writeChainStream(stream, MILLION, true);
        ValidationReport s = StreamReader.create().validate(stream);
        assertThat(s.errors()).isEqualTo(MILLION);
        assertThat(s.warnings()).isZero();
        Set<String> ids = new HashSet<>();
        for (Finding f : s.findings()) {
            assertThat(f.ruleId()).isEqualTo("ORG-002");
            ids.add(f.recordId());
        }
        assertThat(ids).hasSize(MILLION);
        assertThat(s.findings().get(0).path()).isEqualTo("/2/parentId");
        assertThat(s.findings().get(MILLION - 1).path()).isEqualTo("/" + (MILLION + 1) + "/parentId");
        ids = null;
        s = null;

        Path doc = tmp.resolve("cycle.json");
        writeChainDocument(doc, MILLION, true);
        // list a few, count all: the counts cover every finding
        ValidationReport d = DatasetReader.create().withOptions(ValidationOptions.defaults().withMaxListedFindings(3)).validate(doc);
        assertThat(d.errors()).isEqualTo(MILLION);
        assertThat(d.warnings()).isZero();
        assertThat(triples(d)).containsExactly(tuple("ORG-002", ERROR, "/organizations/0/parentId"),
                tuple("ORG-002", ERROR, "/organizations/1/parentId"), tuple("ORG-002", ERROR, "/organizations/2/parentId"));
    }

    // ------------------------------------------------------------------ deep nesting, long values

    @Test
    void nesting200000LevelsDeepIsDoc018() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        String objects = "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000);
        // in a known field and in an unknown one, in both forms
        // the path names the record, or the top-level field, where reading stopped
        assertThat(triples(readDocument(DOC_START + "\"members\":[{\"id\":\"m\",\"name\":" + deep + "}]}")))
                .containsExactly(tuple("DOC-018", ERROR, "/members/0"));
        assertThat(triples(readDocument(DOC_START + "\"x\":" + objects + "}")))
                .containsExactly(tuple("DOC-015", WARNING, "/x"), tuple("DOC-018", ERROR, "/x"));
        assertThat(triples(readStream(HEADER + "{\"recordType\":\"member\",\"name\":" + deep + "}\n")))
                .containsExactly(tuple("DOC-018", ERROR, "/2"));
        assertThat(triples(readStream(HEADER + "{\"x\":" + objects + ",\"recordType\":\"member\"}\n")))
                .containsExactly(tuple("DOC-018", ERROR, "/2"));
        assertThat(readDocument(DOC_START + "\"x\":" + deep + "}").findings("DOC-018").get(0).message()).contains("nesting depth");
    }

    /** A document whose only content is a 64 MB string in the given field of a member. */
    private Path documentWithLongString(String field) {
        Path file = tmp.resolve("long-" + field + ".json");
        write(file, out -> {
            out.write((DOC_START + "\"members\":[{\"id\":\"m-1\",\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, (byte) 'a', 64 << 20);
            out.write("\"}]}".getBytes(StandardCharsets.UTF_8));
        });
        return file;
    }

    @Test
    void a64MegabyteStringIsDoc018InAKnownAndInAnUnknownField() {
        ValidationReport known = DatasetReader.create().validate(documentWithLongString("name"));
        assertThat(triples(known)).containsExactly(tuple("DOC-018", ERROR, "/members/0"));
        assertThat(known.findings().get(0).message()).contains("字符串长度").doesNotContain("StreamReadConstraints");
        assertThat(known.isComplete()).isFalse();
        // a record's own problems are reported once it is bound, so the unknown field inside it goes unreported
        ValidationReport unknown = DatasetReader.create().validate(documentWithLongString("nickname"));
        assertThat(triples(unknown)).containsExactly(tuple("DOC-018", ERROR, "/members/0"));

        for (String field : List.of("name", "nickname")) {
            Path stream = tmp.resolve("long-" + field + ".ndjson");
            write(stream, out -> {
                out.write((HEADER + "{\"recordType\":\"member\",\"id\":\"m-1\",\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8));
                writeRepeated(out, (byte) 'a', 64 << 20);
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            });
            ValidationReport s = StreamReader.create().validate(stream);
            assertThat(triples(s)).as(field).containsExactly(tuple("DOC-018", ERROR, "/2"));
            assertThat(s.findings().get(0).message()).contains("行长度");
        }
        // below the line limit, the string limit is what stops a stream line
        String longName = "{\"recordType\":\"member\",\"id\":\"m-1\",\"name\":\"" + "a".repeat(2_000_000) + "\"}\n";
        assertThat(triples(readStream(HEADER + longName))).containsExactly(tuple("DOC-018", ERROR, "/2"));
        assertThat(readStream(HEADER + longName).findings().get(0).message()).contains("字符串长度");
    }

    @Test
    void aHundredThousandDigitNumberIsDoc018() {
        String digits = "7".repeat(100_000);
        assertThat(triples(readDocument(DOC_START + "\"grids\":[{\"id\":\"g\",\"households\":" + digits + "}]}")))
                .containsExactly(tuple("DOC-018", ERROR, "/grids/0"));
        // the parser measures a number as it reads the token, before the field could be reported unknown
        assertThat(triples(readDocument(DOC_START + "\"x\":-" + digits + ".5e3}")))
                .containsExactly(tuple("DOC-018", ERROR, "/x"));
        assertThat(triples(readStream(HEADER + "{\"recordType\":\"grid\",\"households\":" + digits + "}\n")))
                .containsExactly(tuple("DOC-018", ERROR, "/2"));
        assertThat(readDocument(DOC_START + "\"x\":" + digits + "}").findings("DOC-018").get(0).message()).contains("数字长度").doesNotContain("StreamReadConstraints");
    }

    // ------------------------------------------------------------------ bytes that are not JSON

    @Test
    void invalidUtf8IsDoc001AndAStreamGoesOnAfterIt() {
        byte[] bad = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(triples(readDocument(concat(DOC_START.getBytes(StandardCharsets.UTF_8), "\"members\":[".getBytes(StandardCharsets.UTF_8),
                bad, "]}".getBytes(StandardCharsets.UTF_8))))).containsExactly(tuple("DOC-001", ERROR, ""));
        byte[] stream = concat(HEADER.getBytes(StandardCharsets.UTF_8), bad, "\n".getBytes(StandardCharsets.UTF_8),
                "{\"recordType\":\"grid\",\"id\":\"g-1\"}\n".getBytes(StandardCharsets.UTF_8));
        ValidationReport report = StreamReader.create().validate(new ByteArrayInputStream(stream));
        // the broken line is DOC-001, the grid after it is still read (and misses its required fields)
        assertThat(report.findings().get(0)).extracting(Finding::ruleId, Finding::path).containsExactly("DOC-001", "/2");
        assertThat(report.findings().subList(1, report.findings().size())).allSatisfy(f -> assertThat(f.path()).startsWith("/3/"));
        assertThat(report.findings("DOC-010")).isNotEmpty();
    }

    @Test
    void bytesThatLookLikeUtf32AreDoc001NotAnIoFailure() {
        // found by ReaderFuzzTest.document: 4D 00 00 00 makes Jackson read UTF-32LE, whose reader throws
        // CharConversionException (an IOException) on the next four bytes; it escaped as ReadException
        byte[] utf32ish = concat(new byte[] {'M', 0, 0, 0}, "{\n  \"schemaVersion\": \"1.0\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(triples(readDocument(utf32ish))).containsExactly(tuple("DOC-001", ERROR, ""));
        byte[] line = concat(new byte[] {'M', 0, 0, 0}, "{\"recordType\":\"grid\"}".getBytes(StandardCharsets.UTF_8));
        byte[] stream = concat(HEADER.getBytes(StandardCharsets.UTF_8), line, "\n".getBytes(StandardCharsets.UTF_8),
                "{\"recordType\":\"grid\",\"id\":\"g-1\",\"x\":1}\n".getBytes(StandardCharsets.UTF_8));
        ValidationReport report = StreamReader.create().validate(new ByteArrayInputStream(stream));
        assertThat(report.findings().get(0)).extracting(Finding::ruleId, Finding::path).containsExactly("DOC-001", "/2");
        assertThat(report.findings("DOC-015")).extracting(Finding::path).containsExactly("/3/x");
    }

    @Test
    void aByteOrderMarkIsAcceptedInBothForms() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(readDocument(concat(bom, (DOC_START + "\"organizations\":[]}").getBytes(StandardCharsets.UTF_8))).findings()).isEmpty();
        assertThat(StreamReader.create().validate(new ByteArrayInputStream(concat(bom, HEADER.getBytes(StandardCharsets.UTF_8))))
                .findings()).isEmpty();
        // a second mark, inside the input, is not JSON
        assertThat(triples(readDocument(concat(bom, bom, "{}".getBytes(StandardCharsets.UTF_8))))).containsExactly(tuple("DOC-001", ERROR, ""));
    }

    @Test
    void anEmptyInputAndNull() {
        assertThat(triples(readDocument(""))).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(triples(readDocument("null"))).containsExactly(tuple("DOC-011", ERROR, ""));
        assertThat(triples(readDocument("  \n\t "))).containsExactly(tuple("DOC-001", ERROR, ""));
        // an empty stream has no header
        assertThat(triples(readStream(""))).containsExactly(tuple("DOC-002", ERROR, "/1/schemaVersion"), tuple("DOC-003", ERROR, "/1/asOf"));
        assertThat(triples(readStream("null\n"))).containsExactly(tuple("DOC-002", ERROR, "/1/schemaVersion"),
                tuple("DOC-003", ERROR, "/1/asOf"), tuple("DOC-001", ERROR, "/1"));
        assertThat(triples(readStream(HEADER + "null\n"))).containsExactly(tuple("DOC-001", ERROR, "/2"));
    }

    @Test
    void randomBytesEndInAReportOfShapeFindings() {
        Random random = new Random(9);
        for (int round = 0; round < 20; round++) {
            byte[] noise = new byte[1 + random.nextInt(1 << 16)];
            random.nextBytes(noise);
            ValidationReport d = readDocument(noise);
            assertThat(d.findings()).extracting(Finding::ruleId).isNotEmpty().isSubsetOf("DOC-001", "DOC-011", "DOC-018");
            ValidationReport s = StreamReader.create().validate(new ByteArrayInputStream(noise));
            assertThat(s.findings()).extracting(Finding::ruleId).isNotEmpty().isSubsetOf("DOC-001", "DOC-002", "DOC-003", "DOC-018");
        }
    }

    @Test
    void duplicateKeysAreDoc017AtEveryLevel() {
        String doc = DOC_START + "\"asOf\":\"2020-01-01\",\"organizations\":[{\"id\":\"o1\",\"id\":\"o2\",\"name\":\"组织\","
                + "\"orgType\":\"LOCAL_COMMITTEE\",\"divisionCode\":\"522631000000\",\"x\":1,\"x\":2}],\"organizations\":[]}";
        assertThat(triples(readDocument(doc))).containsExactly(tuple("DOC-017", ERROR, "/asOf"), tuple("DOC-017", ERROR, "/organizations"),
                tuple("DOC-015", WARNING, "/organizations/0/x"), tuple("DOC-017", ERROR, "/organizations/0/id"),
                tuple("DOC-017", ERROR, "/organizations/0/x"));
        String stream = HEADER + "{\"recordType\":\"organization\",\"recordType\":\"member\",\"id\":\"o1\",\"name\":\"组织\","
                + "\"orgType\":\"LOCAL_COMMITTEE\",\"divisionCode\":\"522631000000\",\"divisionCode\":\"5\"}\n";
        assertThat(triples(readStream(stream))).containsExactly(tuple("DOC-017", ERROR, "/2/divisionCode"), tuple("DOC-017", ERROR, "/2/recordType"));
    }

    @Test
    void aBrokenLineInTheMiddleOfALongStreamIsOneDoc001() {
        int n = 200_000;
        Path file = tmp.resolve("broken.ndjson");
        write(file, out -> {
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                String line = i == n / 2 ? "{\"recordType\":\"organization\",\"id\":\"o" + i + "\",\"name\":"
                        : "{\"recordType\":\"organization\"," + organization(i, n, false).substring(1);
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        ValidationReport report = StreamReader.create().validate(file);
        // the line is lost; the organization after it names it as parent, which is not reported
        // missing: the lost line may have been that organization (one bad value, one finding)
        int broken = n / 2 + 2;
        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, "/" + broken));
        assertThat(report.records()).isEqualTo(n);
        assertThat(report.isComplete()).isTrue();
    }

    @Test
    void manyLinesCutInsideNestedObjectsAreEachABrokenLine() {
        // every line breaks off inside leadership.officers[0]: the binder must not carry their depth to the next
        StringBuilder text = new StringBuilder(HEADER);
        String cut = "{\"recordType\":\"organization\",\"id\":\"o%d\",\"leadership\":{\"officers\":[{\"memberId\":";
        for (int i = 0; i < 200; i++) {
            text.append(cut.formatted(i)).append('\n');
        }
        text.append("{\"recordType\":\"organization\",").append(organization(0, 1, false).substring(1)).append('\n');
        ValidationReport report = StreamReader.create().validate(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        List<Finding> broken = report.findings().stream().filter(f -> f.ruleId().equals("DOC-001")).toList();
        assertThat(broken).hasSize(200);
        assertThat(broken.get(199).path()).isEqualTo("/201");
        assertThat(report.findings()).noneMatch(f -> f.path().startsWith("/202"));
        assertThat(report.records()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ helpers

    private static ValidationReport readDocument(String text) {
        return TestInputs.readDocument(text);
    }

    private static ValidationReport readDocument(byte[] bytes) {
        return DatasetReader.create().validate(new ByteArrayInputStream(bytes));
    }

    private static ValidationReport readStream(String text) {
        return TestInputs.readStream(text);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static void writeRepeated(OutputStream out, byte b, int count) throws IOException {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, b);
        for (int left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, Math.min(left, chunk.length));
        }
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path file, Writer writer) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
