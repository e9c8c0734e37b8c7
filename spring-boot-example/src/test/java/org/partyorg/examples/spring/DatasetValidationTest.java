package org.partyorg.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyorg.cli.Main;
import org.partyorg.core.Dataset;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.StreamWriter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /datasets/validate} on the real embedded server: the Guizhou dataset as a document and
 * as a stream, the mistakes file, and hostile bodies (too large, declared or chunked; malformed;
 * UTF-16; empty; nested too deep; of the wrong media type).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = TestSettings.PROPERTIES)
class DatasetValidationTest {
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static List<String> ruleIds(Http.Answer answer) {
        return answer.json().get("findings").valueStream().map(f -> f.get("ruleId").asString()).toList();
    }

    /** What {@code partyorg validate --format json --locale en -} prints for the same bytes, and its exit status. */
    private static Object[] cli(byte[] input, String... options) {
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(input));
            String[] args = new String[options.length + 6];
            System.arraycopy(new String[] {"validate", "--format", "json", "--locale", "en"}, 0, args, 0, 5);
            System.arraycopy(options, 0, args, 5, options.length);
            args[args.length - 1] = "-";
            int status = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
            return new Object[] {out.toString(), status};
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theGuizhouDatasetIsValid() throws Exception {
        byte[] document = Files.readAllBytes(Path.of("docs/examples/guizhou.json"));
        Http.Answer answer = http.post("/datasets/validate", JSON, null, document);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(JSON);
        JsonNode summary = answer.json().get("summary");
        assertThat(summary.get("records").asLong()).isEqualTo(9974);
        assertThat(summary.get("errors").asLong()).isZero();
        assertThat(answer.body()).isEqualTo(cli(document)[0]);
    }

    @Test
    void theGuizhouDatasetAsAStream() throws Exception {
        Dataset guizhou = DatasetReader.create().read(Path.of("docs/examples/guizhou.json")).orThrow();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        StreamWriter.write(guizhou, stream);
        Http.Answer answer = http.post("/datasets/validate", NDJSON, null, stream.toByteArray());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("summary").get("records").asLong()).isEqualTo(9974);
        assertThat(answer.body()).isEqualTo(cli(stream.toByteArray(), "--stream")[0]);
    }

    @Test
    void theMistakesAre422WithTheCommandLinesReport() throws Exception {
        byte[] mistakes = Files.readAllBytes(Path.of("docs/examples/koujiang-village-mistakes.json"));
        Http.Answer answer = http.post("/datasets/validate", JSON, null, mistakes);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(ruleIds(answer)).containsExactly("IDN-002", "MEM-010", "GRID-004");
        Object[] cli = cli(mistakes);
        assertThat(answer.body()).isEqualTo(cli[0]);
        assertThat(cli[1]).isEqualTo(1);
        // the wrong 身份证号 is quoted masked, as everywhere
        assertThat(answer.body()).doesNotContain("522631197003010111");

        Http.Answer chinese = http.post("/datasets/validate", JSON, "zh-CN,zh;q=0.9", mistakes);
        assertThat(chinese.json().get("findings").get(1).get("message").asString()).contains("入党日期");
    }

    @Test
    void theMistakesOfFormat11AsAStreamToo() throws Exception {
        byte[] ok = Files.readAllBytes(Path.of("docs/examples/koujiang-village.ndjson"));
        assertThat(http.post("/datasets/validate", NDJSON, null, ok).status()).isEqualTo(200);
        byte[] mistakes = Files.readAllBytes(Path.of("docs/examples/koujiang-village-1.1-mistakes.json"));
        Http.Answer answer = http.post("/datasets/validate", JSON, null, mistakes);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo(cli(mistakes)[0]);
    }

    @Test
    void malformedJsonIsAFinding() throws Exception {
        Http.Answer answer = http.post("/datasets/validate", JSON, null,
                "{\"schemaVersion\":\"1.0\",\"members\":[{\"id\":".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(ruleIds(answer)).contains("DOC-001");
        Http.Answer empty = http.post("/datasets/validate", JSON, null, new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(ruleIds(empty)).containsExactly("DOC-001");
    }

    @Test
    void utf16IsRefused() throws Exception {
        String document = Files.readString(Path.of("docs/examples/koujiang-village.json"), StandardCharsets.UTF_8);
        Http.Answer answer = http.post("/datasets/validate", JSON, null, document.getBytes(StandardCharsets.UTF_16));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(ruleIds(answer)).containsExactly("DOC-001");
        assertThat(answer.json().get("findings").get(0).get("message").asString()).contains("UTF-16");
    }

    @Test
    void deepNestingStopsAtTheReadLimit() throws Exception {
        String deep = "{\"members\":" + "[".repeat(100_000);
        Http.Answer answer = http.post("/datasets/validate", JSON, null, deep.getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(ruleIds(answer)).contains("DOC-018");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItComes() throws Exception {
        String answer = http.headOnly("/datasets/validate", 100L << 20);
        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("application/problem+json");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOff() throws Exception {
        // 3 MB + 512 KB of a document that would be valid up to there: read until the limit, then 413
        byte[] start = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"members\":[".getBytes(StandardCharsets.US_ASCII);
        byte[] padding = new byte[(3 << 20) + (512 << 10)];
        Arrays.fill(padding, (byte) ' ');
        Http.Answer answer = http.postChunked("/datasets/validate", JSON,
                () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start),
                        new ByteArrayInputStream(padding)))));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("The body is larger than 3145728 bytes.");
    }

    @Test
    void otherMediaTypesAre415() throws Exception {
        assertThat(http.post("/datasets/validate", "text/plain", null, "{}".getBytes(StandardCharsets.US_ASCII)).status())
                .isEqualTo(415);
    }
}
