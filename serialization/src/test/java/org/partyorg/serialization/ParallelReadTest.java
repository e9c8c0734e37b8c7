package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * A stream read on several threads, a file or an input stream cut into parts as small as a line,
 * gives exactly what one thread gives: the same findings in the same order, the same records to the handler with the same
 * line numbers, the same counts; on clean, broken and hostile streams.
 */
class ParallelReadTest {
    private static final Path EXAMPLE = Path.of("../docs/examples/koujiang-village.ndjson");

    @TempDir
    Path tmp;

    record Outcome(List<Finding> findings, List<String> records, long recordsCounted, long errors, boolean complete) {
    }

    static Outcome read(StreamReader reader, Path file) {
        List<String> records = new ArrayList<>();
        return outcome(reader.read(file, recording(records)), records);
    }

    /** The same read from an {@link java.io.InputStream}, as standard input or a pipe is read. */
    static Outcome readStream(StreamReader reader, Path file) throws IOException {
        List<String> records = new ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            return outcome(reader.read(in, recording(records)), records);
        }
    }

    private static Outcome outcome(ValidationReport r, List<String> records) {
        return new Outcome(r.findings(), records, r.records(), r.errors(), r.isComplete());
    }

    private static RecordHandler recording(List<String> records) {
        return new RecordHandler() {
            @Override
            public void record(ExchangeRecord record, long line) {
                records.add(line + ":" + record.recordType() + ":" + record.id());
            }

            @Override
            public void header(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
                records.add("header:" + schemaVersion + ":" + asOf + ":" + coverageFrom);
            }
        };
    }

    static Stream<Arguments> streams() throws IOException {
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        List<String> lines = example.lines().toList();
        String member = lines.get(4);
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            broken.append(lines.get(i)).append('\n');
            if (i == 3) {
                broken.append("\n   \n{\"recordType\":\"member\",\"id\":\n");            // blank lines and a cut line
                broken.append(member).append('\n');                                     // a duplicate id (DOC-016, on the later)
                broken.append("[1,2]\n{\"recordType\":\"header\",\"schemaVersion\":\"1.0\"}\n"); // not an object, a second header
                broken.append(member.replace("52263119700301011X", "522631197003010110").replace("\"m-0\"", "\"m-x\"")).append('\n');
            }
        }
        return Stream.of(
                Arguments.of("the example", example, ReadLimits.defaults()),
                Arguments.of("CRLF and a byte-order mark", "\uFEFF" + example.replace("\n", "\r\n"), ReadLimits.defaults()),
                Arguments.of("no final newline", example.stripTrailing(), ReadLimits.defaults()),
                Arguments.of("broken lines, duplicates, a second header", broken.toString(), ReadLimits.defaults()),
                Arguments.of("no header", example.substring(example.indexOf('\n') + 1), ReadLimits.defaults()),
                Arguments.of("a line past the limit", example.replace("党员3", "党员3" + "x".repeat(600)),
                        ReadLimits.defaults().withMaxLineBytes(500)),
                Arguments.of("the last line past the limit", example + "{\"recordType\":\"member\",\"name\":\"" + "y".repeat(600),
                        ReadLimits.defaults().withMaxLineBytes(500)),
                Arguments.of("empty", "", ReadLimits.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void anyNumberOfThreadsAndAnyPartSizeGiveTheFindingsOfOneThread(String name, String text, ReadLimits limits) throws IOException {
        Path file = tmp.resolve("s.ndjson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        StreamReader reader = StreamReader.create().withLimits(limits).withOptions(ValidationOptions.defaults());
        Outcome sequential = read(reader.withThreads(1), file);
        for (int threads : new int[] {2, 4}) {
            for (int part : new int[] {1, 7, 64, 300, 1 << 20}) {
                Outcome parallel = read(reader.withThreads(threads).withPartBytes(part), file);
                assertThat(parallel).as("%s, %d threads, parts of %d bytes", name, threads, part).isEqualTo(sequential);
                assertThat(readStream(reader.withThreads(threads).withPartBytes(part), file))
                        .as("%s from a stream, %d threads, parts of %d bytes", name, threads, part).isEqualTo(sequential);
            }
        }
        // and the automatic part sizes
        assertThat(read(reader.withThreads(3), file)).as(name).isEqualTo(sequential);
        assertThat(readStream(reader.withThreads(3), file)).as(name + " from a stream").isEqualTo(sequential);
        assertThat(readStream(reader.withThreads(1), file)).as(name + " from a stream, one thread").isEqualTo(sequential);
    }

    @Test
    void failFastStopsAllThreadsAtTheSamePlace() throws IOException {
        StringBuilder many = new StringBuilder(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        String member = many.toString().lines().toList().get(4);
        for (int i = 0; i < 2000; i++) {
            many.append(member.replace("\"m-0\"", "\"b-" + i + "\"").replace("52263119700301011X", "522631197003010110")).append('\n');
        }
        Path file = tmp.resolve("many.ndjson");
        Files.writeString(file, many, StandardCharsets.UTF_8);
        StreamReader reader = StreamReader.create().withOptions(ValidationOptions.defaults().withStopAfterErrors(100));
        Outcome one = read(reader.withThreads(1), file);
        assertThat(one.complete()).isFalse();
        assertThat(read(reader.withThreads(2).withPartBytes(4096), file)).isEqualTo(one);
        assertThat(readStream(reader.withThreads(2).withPartBytes(4096), file)).isEqualTo(one);
    }

    @Test
    void threadsAreAtLeastOne() {
        assertThatThrownBy(() -> StreamReader.create().withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, not 0");
        assertThat(StreamReader.create().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(StreamReader.create().withThreads(3).withOptions(ValidationOptions.defaults()).threads()).isEqualTo(3);
    }
}
