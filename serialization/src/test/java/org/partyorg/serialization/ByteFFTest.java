package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partyorg.serialization.TestInputs.document;
import static org.partyorg.serialization.TestInputs.streamLines;
import static org.partyorg.serialization.TestInputs.triples;
import static org.partyorg.validation.Severity.ERROR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.serialization.ParallelReadTest.Outcome;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;

/**
 * A 0xFF byte in a field name. UTF-8 has no such byte, but Jackson's name table pads a name's last
 * four-byte group with 0xFF bytes: {@code "orgI\xFFd"} has the groups of {@code orgId}, and once
 * {@code orgId} has been read it was taken for it, the record read as if the byte were not there.
 * Both readers report it as Jackson reports the byte in a string: DOC-001, the record lost.
 */
class ByteFFTest {
    private static final byte FF = (byte) 0xFF;
    private final List<String> valid = streamLines(document());

    @TempDir
    Path tmp;

    /** The example stream with line {@code n} (a member, m-3 for line 8) changed, byte for byte. */
    private byte[] stream(int n, byte[] line) throws IOException {
        return stream(Map.of(n, line));
    }

    /** The example stream with lines changed, byte for byte, by their numbers. */
    private byte[] stream(Map<Integer, byte[]> changed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= valid.size(); i++) {
            out.write(changed.getOrDefault(i, valid.get(i - 1).getBytes(StandardCharsets.UTF_8)));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** {@code text} in UTF-8 with its first {@code marker} replaced by the given raw bytes. */
    private static byte[] replace(String text, String marker, byte... with) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker %s", marker).isNotNegative();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(with);
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] ascii(String s, byte ff, String t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        out.write(ff);
        out.writeBytes(t.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Reads the stream every way it can be read and requires one outcome of all. */
    private Outcome everyWay(byte[] bytes) throws IOException {
        return everyWay(StreamReader.create(), bytes);
    }

    private Outcome everyWay(StreamReader reader, byte[] bytes) throws IOException {
        Path file = tmp.resolve("s.ndjson");
        Files.write(file, bytes);
        StreamReader one = reader.withThreads(1);
        Outcome reference = ParallelReadTest.readStream(one.withParserPerLine(), file);
        assertThat(ParallelReadTest.readStream(one, file)).as("one thread, shared parser").isEqualTo(reference);
        for (int part : new int[] {64, 300, 4096}) {
            assertThat(ParallelReadTest.read(one.withThreads(2).withPartBytes(part), file)).as("a file in parts of %d", part)
                    .isEqualTo(reference);
            assertThat(ParallelReadTest.readStream(one.withThreads(2).withPartBytes(part), file)).as("a stream in parts of %d", part)
                    .isEqualTo(reference);
        }
        return reference;
    }

    @Test
    void aNameThatMatchesAnEarlierNameButForA0xFFByteIsDoc001OnItsLine() throws IOException {
        Outcome read = everyWay(stream(8, replace(valid.get(7), "\"orgId\"", ascii("\"orgI", FF, "d\""))));

        assertThat(read.findings()).extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(tuple("DOC-001", ERROR, "/8"));
        assertThat(read.findings().get(0).message()).contains("0xff");
        assertThat(read.recordsCounted()).isEqualTo(11);
        assertThat(read.records()).hasSize(11).noneMatch(r -> r.contains("m-3"));
        // near misses: the name intact reads clean; the byte in a value was always DOC-001
        assertThat(everyWay(stream(8, valid.get(7).getBytes(StandardCharsets.UTF_8))).findings()).isEmpty();
        assertThat(everyWay(stream(8, replace(valid.get(7), "br-kj", ascii("br-", FF, "kj")))).findings())
                .extracting(Finding::ruleId, Finding::path).containsExactly(tuple("DOC-001", "/8"));
    }

    @Test
    void aNameThatMatchesOneEarlierOnTheSameLineButForA0xFFByteIsDoc001NotADuplicate() throws IOException {
        String line = valid.get(7);
        byte[] again = replace(line, "\"stage\"", ascii("\"orgI", FF, "d\":\"br-kj\",\"stage\""));

        assertThat(everyWay(stream(8, again)).findings()).extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(tuple("DOC-001", ERROR, "/8"));
        // an error after the name (here a string over the limit) comes after the byte: still DOC-001, and the read goes on
        byte[] thenLong = replace(line, "\"stage\"", ascii("\"orgI", FF, "d\":\"" + "x".repeat(200) + "\",\"stage\""));
        Outcome limited = everyWay(StreamReader.create().withLimits(ReadLimits.defaults().withMaxStringLength(100)), stream(8, thenLong));
        assertThat(limited.findings()).extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(tuple("DOC-001", ERROR, "/8"));
        assertThat(limited.complete()).isTrue();
        assertThat(limited.recordsCounted()).isEqualTo(11);
        // near miss: the same name twice is a duplicate field
        byte[] twice = line.replace("\"stage\"", "\"orgId\":\"br-kj\",\"stage\"").getBytes(StandardCharsets.UTF_8);
        assertThat(everyWay(stream(8, twice)).findings()).extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(tuple("DOC-017", ERROR, "/8/orgId"));
    }

    /**
     * The lost record's type is known when its recordType came first, before the byte: then only the
     * rules that need every member wait; a member's reference to a missing branch (MEM-001, which needs
     * every organization) is still reported. Found only after the whole object, the type is unknown.
     */
    @Test
    void theLostRecordsTypeIsKnownWhenItsRecordTypeCameFirst() throws IOException {
        byte[] nope = valid.get(6).replace("\"orgId\":\"br-kj\"", "\"orgId\":\"nope\"").getBytes(StandardCharsets.UTF_8);
        for (String where : List.of("first", "same line")) {
            byte[] broken = where.equals("first") ? replace(valid.get(7), "\"orgId\"", ascii("\"orgI", FF, "d\""))
                    : replace(valid.get(7), "\"stage\"", ascii("\"orgI", FF, "d\":\"br-kj\",\"stage\""));
            byte[] bytes = stream(Map.of(7, nope, 8, broken));
            assertThat(everyWay(bytes).findings()).as(where).extracting(Finding::ruleId, Finding::path)
                    .containsExactly(tuple("MEM-001", "/7/orgId"), tuple("DOC-001", "/8"));
        }
        String last = valid.get(7).replaceFirst("^\\{(\"recordType\":\"member\"),(.*)}$", "{$2,$1}");
        for (byte[] broken : List.of(replace(last, "\"orgId\"", ascii("\"orgI", FF, "d\"")),
                replace(last, "\"stage\"", ascii("\"orgI", FF, "d\":\"br-kj\",\"stage\"")))) {
            assertThat(everyWay(stream(Map.of(7, nope, 8, broken))).findings()).extracting(Finding::ruleId, Finding::path)
                    .containsExactly(tuple("DOC-001", "/8"));
        }
    }

    @Test
    void inADocumentTheReadStopsAtTheRecordWithTheByte() {
        String doc = document().toString();
        String orgId = "\"orgId\":\"br-kj\",\"stage\":\"FULL\",\"admittedOn\":\"2003";
        assertThat(doc).contains(orgId);
        ValidationReport report = read(replace(doc, orgId, ascii("\"orgI", FF, orgId.substring(5))));

        assertThat(triples(report)).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(report.findings().get(0).message()).contains("0xff")
                // the column (in bytes, as Jackson counts) after the byte
                .contains("line 1, column " + (doc.substring(0, doc.indexOf(orgId)).getBytes(StandardCharsets.UTF_8).length + 7));
        assertThat(report.isComplete()).isFalse();
        // the records before m-3 are kept and judged: the county, the township, the branch, m-0 to m-2
        assertThat(report.records()).isEqualTo(6);
        // a string over the limit after the name: the byte still comes first, with a fresh name table or a used one
        byte[] thenLong = replace(doc, orgId, ascii("\"orgId\":\"br-kj\",\"orgI", FF, "d\":\"" + "x".repeat(200) + "\",\"stage\":\"FULL\",\"admittedOn\":\"2003"));
        DatasetReader limited = DatasetReader.create().withLimits(ReadLimits.defaults().withMaxStringLength(100));
        ValidationReport fresh = limited.validate(new ByteArrayInputStream(thenLong));
        assertThat(triples(fresh)).containsExactly(tuple("DOC-001", ERROR, ""));
        assertThat(limited.validate(new ByteArrayInputStream(thenLong)).findings()).isEqualTo(fresh.findings());
        // a top-level name ("members" is "memb" and "ers" padded with one 0xFF), once the reader has read it
        assertThat(read(doc.getBytes(StandardCharsets.UTF_8)).findings()).as("near miss: the name intact").isEmpty();
        ValidationReport section = read(replace(doc, "\"members\"", ascii("\"memb", FF, "ers\"")));
        assertThat(triples(section)).containsExactly(tuple("DOC-001", ERROR, ""));
    }

    /** One reader for the test's documents: its parsers share a name table, as a service's would. */
    private final DatasetReader documents = DatasetReader.create();

    private ValidationReport read(byte[] doc) {
        return documents.validate(new ByteArrayInputStream(doc));
    }
}
