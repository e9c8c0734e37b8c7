package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.serialization.ParallelReadTest.Outcome;

/**
 * Ordinary lines share one parser; every other line is read again by a parser of its own. The
 * reference is the reader with one parser per line: on streams where good lines and every kind of
 * broken line alternate, both give the same findings (details included), the same records with the
 * same line numbers and the same counts, from a stream (whose buffer is refilled under the shared
 * parser) and from a file read in parts on several threads.
 */
class SharedParserTest {
    private static final Path EXAMPLE = Path.of("../docs/examples/koujiang-village.ndjson");

    @TempDir
    Path tmp;

    private static final String[] BREAKS = {
        "truncated", "junk after", "whitespace after", "an object after", "a newline inside", "a blank line",
        "a byte-order mark", "leading spaces", "recordType last", "recordType a number", "an unknown recordType",
        "a bad UTF-8 byte", "a NUL byte", "a second header", "an array", "a number", "a carriage return inside",
        "recordType missing", "an unclosed string"};

    /** A stream of the example's records, repeated under new ids, with about one line in {@code every} broken. */
    static byte[] mutated(long seed, int lines, int every) throws IOException {
        List<String> example = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((example.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < lines; i++) {
            String line = example.get(1 + random.nextInt(example.size() - 1)).replace("\"m-", "\"m" + i + "-");
            if (random.nextInt(every) != 0) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int cut = 1 + random.nextInt(bytes.length - 1);
            String broken = switch (BREAKS[random.nextInt(BREAKS.length)]) {
                case "truncated" -> new String(bytes, 0, cut, StandardCharsets.ISO_8859_1);
                case "junk after" -> line + " x";
                case "whitespace after" -> line + " \t \r";
                case "an object after" -> line + "{}";
                case "a newline inside" -> line.replaceFirst(",", ",\n");
                case "a blank line" -> line + "\n \t";
                case "a byte-order mark" -> "\uFEFF" + line;
                case "leading spaces" -> "  \t" + line;
                case "recordType last" -> line.replaceFirst("^\\{(\"recordType\":\"[a-zA-Z]+\"),(.*)}$", "{$2,$1}");
                case "recordType a number" -> line.replaceFirst("\"recordType\":\"[a-zA-Z]+\"", "\"recordType\":7");
                case "an unknown recordType" -> line.replaceFirst("\"recordType\":\"[a-zA-Z]+\"", "\"recordType\":\"nemo\"");
                case "a bad UTF-8 byte" -> new String(bytes, 0, cut, StandardCharsets.ISO_8859_1) + "\u00ff"
                        + new String(bytes, cut, bytes.length - cut, StandardCharsets.ISO_8859_1);
                case "a NUL byte" -> line.substring(0, line.length() / 2) + "\0" + line.substring(line.length() / 2);
                case "a second header" -> example.get(0);
                case "an array" -> "[" + line + "]";
                case "a number" -> "42";
                case "a carriage return inside" -> line.replaceFirst(",", ",\r");
                case "recordType missing" -> line.replaceFirst("\"recordType\":\"[a-zA-Z]+\",", "");
                case "an unclosed string" -> line.substring(0, line.length() - 2);
                default -> throw new AssertionError();
            };
            // the broken forms built from raw bytes are written byte for byte
            boolean raw = broken.chars().anyMatch(c -> c >= 0x80 && c <= 0xff) && !broken.equals(line)
                    && !broken.startsWith("\uFEFF") && broken.length() != line.length() + 2;
            out.write(raw ? broken.getBytes(StandardCharsets.ISO_8859_1) : broken.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The stream's outcome read from a stream ({@link ParallelReadTest#readStream}), as standard input is read. */
    private Outcome fromStream(StreamReader reader, byte[] bytes) throws IOException {
        return ParallelReadTest.readStream(reader, write(bytes));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = tmp.resolve("s.ndjson");
        Files.write(file, bytes);
        return file;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void brokenLinesAmongGoodOnesGetTheReportOfOneParserPerLine(long seed) throws IOException {
        // 6,000 lines of about 300 bytes: the stream's 64 KiB buffer is refilled under the shared parser many times
        byte[] bytes = mutated(seed, 6000, 7);
        StreamReader reader = StreamReader.create().withThreads(1);
        Outcome reference = fromStream(reader.withParserPerLine(), bytes);
        assertThat(reference.findings()).extracting(Finding::ruleId)
                .contains(Rule.DOC_001.id(), Rule.DOC_010.id(), Rule.DOC_011.id(), Rule.DOC_012.id());

        assertThat(fromStream(reader, bytes)).isEqualTo(reference);
        Path file = write(bytes);
        for (int part : new int[] {300, 4096, 1 << 16}) {
            assertThat(ParallelReadTest.read(reader.withThreads(2).withPartBytes(part), file)).as("parts of %d bytes", part)
                    .isEqualTo(reference);
            assertThat(fromStream(reader.withThreads(2).withPartBytes(part), bytes)).as("a stream in parts of %d bytes", part)
                    .isEqualTo(reference);
        }
    }

    @Test
    void aCleanStreamReadsTheSameWithEitherParser() throws IOException {
        byte[] bytes = mutated(9, 3000, Integer.MAX_VALUE);
        StreamReader reader = StreamReader.create().withThreads(1);
        Outcome shared = fromStream(reader, bytes);
        assertThat(shared).isEqualTo(fromStream(reader.withParserPerLine(), bytes));
        assertThat(shared.findings()).extracting(Finding::ruleId).doesNotContain(Rule.DOC_001.id());
        assertThat(shared.records()).hasSize(3000).first().asString().startsWith("header:1.0:");
    }

    @Test
    void aNestingLimitStopsTheReadWhereOneParserPerLineStops() throws IOException {
        String deep = "{\"recordType\":\"member\",\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        byte[] good = mutated(3, 500, Integer.MAX_VALUE);
        byte[] bytes = (new String(good, StandardCharsets.UTF_8) + deep + "\n" + new String(good, StandardCharsets.UTF_8)
                .lines().skip(1).limit(20).reduce("", (a, b) -> a + b + "\n")).getBytes(StandardCharsets.UTF_8);
        StreamReader reader = StreamReader.create().withThreads(1);
        Outcome reference = fromStream(reader.withParserPerLine(), bytes);
        assertThat(reference.complete()).isFalse();
        assertThat(reference.findings()).extracting(Finding::ruleId).contains(Rule.DOC_018.id());
        assertThat(fromStream(reader, bytes)).isEqualTo(reference);
    }

    /**
     * A line that starts with an object is read before its end is searched for; the parser then
     * finds the end. Its own edges: a line longer than the limit (DOC-018 where one parser per line
     * stops), Windows line endings, no newline after the last line.
     */
    @Test
    void aLineReadBeforeItsEndIsFoundStopsAtTheLineLimitLikeOneParserPerLine() throws IOException {
        byte[] good = mutated(4, 400, Integer.MAX_VALUE);
        String text = new String(good, StandardCharsets.UTF_8);
        int longest = text.lines().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow();
        StreamReader reader = StreamReader.create().withThreads(1)
                .withLimits(ReadLimits.defaults().withMaxLineBytes(longest - 1));
        Outcome reference = fromStream(reader.withParserPerLine(), good);
        assertThat(reference.complete()).isFalse();
        assertThat(reference.findings()).extracting(Finding::ruleId).containsOnlyOnce(Rule.DOC_018.id());
        assertThat(fromStream(reader, good)).isEqualTo(reference);
        assertThat(ParallelReadTest.read(reader.withThreads(2).withPartBytes(4096), write(good))).isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\r\n endings", "no final newline", "both"})
    void lineEndingsAndAMissingFinalNewlineReadAsWithOneParserPerLine(String form) throws IOException {
        String text = new String(mutated(5, 2000, 9), StandardCharsets.ISO_8859_1);
        if (form.startsWith("\r") || form.equals("both")) {
            text = text.replace("\n", "\r\n");
        }
        if (form.startsWith("no") || form.equals("both")) {
            text = text.stripTrailing();
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        StreamReader reader = StreamReader.create().withThreads(1);
        Outcome reference = fromStream(reader.withParserPerLine(), bytes);
        assertThat(reference.records()).hasSizeGreaterThan(1500);
        assertThat(fromStream(reader, bytes)).isEqualTo(reference);
        Path file = write(bytes);
        for (int part : new int[] {300, 1 << 16}) {
            assertThat(ParallelReadTest.read(reader.withThreads(2).withPartBytes(part), file)).as("parts of %d bytes", part)
                    .isEqualTo(reference);
        }
    }

    /**
     * The cases where a line read ahead must give way: a lone carriage return puts the parser's
     * line count ahead of the lines (the next line is read again, with a parser of its own line
     * count), blank lines and a line with leading spaces between lines read ahead (the parser is
     * kept across them), and a raw newline inside a string (Jackson refuses it, so it cannot hide
     * from the line count: two broken lines, as with one parser per line).
     */
    @Test
    void linesWhereReadingAheadGivesWayReadAsWithOneParserPerLine() throws IOException {
        List<String> good = new String(mutated(6, 40, Integer.MAX_VALUE), StandardCharsets.UTF_8).lines().toList();
        String member = good.stream().filter(l -> l.contains("\"recordType\":\"member\"")).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < good.size(); i++) {
            String line = good.get(i);
            text.append(switch (i % 8) {
                case 2 -> line + "\r\r";
                case 3 -> line + "\n\n  \t";
                case 4 -> "   " + line;
                case 6 -> line + " \r \r";
                default -> line;
            }).append('\n');
        }
        text.append(member.replace("\"name\":\"", "\"name\":\"a\nb")).append('\n').append(good.get(1)).append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        StreamReader reader = StreamReader.create().withThreads(1);
        Outcome reference = fromStream(reader.withParserPerLine(), bytes);
        assertThat(reference.findings()).extracting(Finding::ruleId).contains(Rule.DOC_001.id());
        assertThat(reference.findings()).filteredOn(f -> f.ruleId().equals(Rule.DOC_001.id())).hasSizeGreaterThanOrEqualTo(2 + 2 * 5);

        assertThat(fromStream(reader, bytes)).isEqualTo(reference);
        assertThat(ParallelReadTest.read(reader.withThreads(2).withPartBytes(4096), write(bytes))).isEqualTo(reference);
    }
}
