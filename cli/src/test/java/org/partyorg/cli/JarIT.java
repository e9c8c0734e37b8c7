package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code cli/target/partyorg.jar} as a separate process, the way integrators and the
 * acceptance suite run it: everything it needs (message bundles, schemas, the division registry,
 * service registrations) must be inside.
 */
class JarIT {
    private static final Path JAR = Path.of("target", "partyorg.jar");

    /** The runs' output and the inputs the tests write, removed after the class. */
    @TempDir
    static Path temp;

    record Run(int status, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        return javaWithHeap(null, args);
    }

    /** The jar with a heap limit (e.g. {@code 32m}), or the JVM's default for null. */
    static Run javaWithHeap(String maxHeap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (maxHeap != null) {
            command.add("-Xmx" + maxHeap);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void validatesTheExampleFromAJarWithEverythingInside() throws Exception {
        Run r = java("validate", "--locale", "en", CliTest.EXAMPLE.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("0 error(s)");
    }

    @Test
    void messagesSchemasAndDivisionsLoadFromTheJar() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, Files.readString(CliTest.EXAMPLE, StandardCharsets.UTF_8).replace("522631206200\"", "522631206299\""),
                StandardCharsets.UTF_8);
        Run r = java("validate", "--divisions", "--locale", "zh-CN", "--format", "json", bad.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("IDN-021").contains("不在所用区划库");
        assertThat(java("schema", "report").out()).contains("report.schema.json");
        assertThat(java("rules", "--locale", "en").out().lines()).hasSize(139);
        assertThat(r.out()).contains("\"ruleUrl\":\"https://github.com/partyorg/partyorg/blob/main/docs/rules.md#idn-021\"");
        assertThat(java("rules", "--locale", "zh-CN", "org-022").out()).contains("检查内容：").contains("委员少于 3 人或多于 7 人时为 ERROR")
                .contains("违反示例：").endsWith("详见：https://github.com/partyorg/partyorg/blob/main/docs/rules.md#org-022\n");
    }

    /**
     * Findings flow to the report as they are found: 300,000 of them (about 120 MB as objects) are
     * all reported in a 32 MB heap, and the statistics of the same stream are counted in it too.
     */
    @Test
    void anyNumberOfFindingsInASmallHeap() throws Exception {
        List<String> example = Files.readAllLines(Path.of("../docs/examples/koujiang-village.ndjson"), StandardCharsets.UTF_8);
        String member = example.stream().filter(l -> l.contains("\"id\":\"m-0\"")).findFirst().orElseThrow();
        Path many = temp.resolve("many-findings.ndjson");
        int members = 300_000;
        try (var out = Files.newBufferedWriter(many, StandardCharsets.UTF_8)) {
            for (String line : example) {
                if (line.contains("\"recordType\":\"header\"") || line.contains("\"recordType\":\"organization\"")) {
                    out.write(line);
                    out.newLine();
                }
            }
            for (int i = 0; i < members; i++) {
                // a wrong check character: IDN-002 on every member
                out.write(member.replace("\"id\":\"m-0\"", "\"id\":\"b-" + i + "\"")
                        .replace("52263119700301011X", "522631197003010110"));
                out.newLine();
            }
        }
        try {
            // one reading thread, and two (whose parts in flight must fit too)
            for (String threads : List.of("1", "2")) {
                Run r = javaWithHeap("32m", "validate", "--format", "json", "--locale", "en", "--threads", threads, many.toString());
                assertThat(r.err()).as("%s threads", threads).isEmpty();
                assertThat(r.status()).isEqualTo(1);
                JsonNode report = new ObjectMapper().readTree(r.out());
                assertThat(report.get("findings")).hasSizeGreaterThanOrEqualTo(members);
                long idn002 = 0;
                for (JsonNode f : report.get("findings")) {
                    idn002 += f.get("ruleId").asText().equals("IDN-002") ? 1 : 0;
                }
                assertThat(idn002).isEqualTo(members);
                assertThat(report.get("summary").get("truncated").asBoolean()).isFalse();
                assertThat(report.get("summary").get("records").asLong()).isEqualTo(members + 3L);
            }

            Run stats = javaWithHeap("32m", "stats", many.toString());
            assertThat(stats.err()).isEmpty();
            assertThat(stats.status()).isZero();
            assertThat(stats.out()).contains("members by stage:        " + members + " (FULL " + members + ")");
        } finally {
            Files.deleteIfExists(many);
        }
    }

    @Test
    void holdsNoTestLibrary() throws IOException {
        // the generators live in partyorg-generator, which needs no AssertJ or JUnit
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("org/partyorg/generator/Generator.class", "picocli/CommandLine.class");
            assertThat(names).noneMatch(n -> n.startsWith("org/assertj/") || n.startsWith("org/junit/")
                    || n.startsWith("org/opentest4j/") || n.startsWith("net/bytebuddy/") || n.startsWith("org/partyorg/fixtures/"));
        }
    }

    @Test
    void noStackTraceForAnyFailure() throws Exception {
        Run missing = java("validate", "/nonexistent/file.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).doesNotContain("\tat ").hasLineCount(1);
        Path random = temp.resolve("random.ndjson");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(random, bytes);
        Run garbage = java("validate", random.toString());
        assertThat(garbage.status()).isEqualTo(1);
        assertThat(garbage.err()).doesNotContain("\tat ");
        assertThat(garbage.out()).contains("DOC-001");
    }

    /** {@code serve} from the jar: it says where the page is, answers, logs one line per request, and a taken port is one line. */
    @Test
    void servesThePageAndItsApi() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "serve", "--port", "0");
        Path errors = temp.resolve("serve.log");
        Process server = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher address = Pattern.compile("(http://127\\.0\\.0\\.1:(\\d+)/)").matcher(first);
            assertThat(address.find()).as(first).isTrue();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(address.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(address.group(1) + "api/validate?locale=en"))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("..", "docs", "examples", "koujiang-village-mistakes.json"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>");
            assertThat(report.body()).contains("\"errors\":2,\"warnings\":1");

            Run taken = java("serve", "--port", address.group(2));
            assertThat(taken.status()).isEqualTo(2);
            assertThat(taken.err()).startsWith("partyorg serve: cannot listen on 127.0.0.1:" + address.group(2)).hasLineCount(1);
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
        }
        String log = Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(log).containsPattern("(?m)^GET / 200 \\d+ ms\\R(.*\\R)*POST /api/validate 200 \\d+ ms$");
    }
}
