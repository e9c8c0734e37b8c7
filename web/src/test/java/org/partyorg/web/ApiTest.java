package org.partyorg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.RecordHandler;
import org.partyorg.serialization.ReportWriter;
import org.partyorg.serialization.StatisticsWriter;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The JSON API over real HTTP: answers equal to the command line's, limits, refusals, and the log. */
class ApiTest {
    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final Path GUIZHOU = EXAMPLES.resolve("guizhou.json");
    static final Path MISTAKES = EXAMPLES.resolve("koujiang-village-mistakes.json");
    /** A run of digits that an unmasked ID number (17 digits and a check character) or mobile number would show. */
    static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The test server's upload limit: above the Guizhou dataset's size. */
    static final int LIMIT = 8 << 20;
    static final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    static PartyOrgServer server;
    static HttpClient http;

    @BeforeAll
    static void start() {
        server = PartyOrgServer.builder().port(0).maxUploadBytes(LIMIT).maxConcurrent(2).log(log::add).start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(PartyOrgServer to, String pathAndQuery, HttpRequest.BodyPublisher body, String type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(to.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String pathAndQuery, Path file) throws IOException, InterruptedException {
        return post(server, pathAndQuery, HttpRequest.BodyPublishers.ofFile(file), "application/json");
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The report {@code partyorg validate --format json --locale L -} writes, made here with the same classes. */
    static String cliReport(Path file, Form form, ValidationOptions options) throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.Incremental report = ReportWriter.json(out);
        try (InputStream in = Files.newInputStream(file)) {
            ValidationReport r = form == Form.STREAM
                    ? StreamReader.create().withOptions(options).read(in,
                            new RecordHandler() { }, report.findingsOf("-"))
                    : DatasetReader.create().withOptions(options).validate(in, report.findingsOf("-"));
            report.fileDone(r);
        }
        report.finish();
        return out.toString();
    }

    @Test
    void validatesADocumentAsTheCommandLineDoes() throws Exception {
        HttpResponse<String> answer = post("/api/validate?locale=en", GUIZHOU);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.body()).isEqualTo(cliReport(GUIZHOU, Form.DOCUMENT, ValidationOptions.defaults().withLocale(Locale.ENGLISH)));
        JsonNode summary = JSON.readTree(answer.body()).get("summary");
        assertThat(summary.get("records").asLong()).isEqualTo(9974);
        assertThat(summary.get("errors").asLong()).isZero();
    }

    @Test
    void findingsCarryRuleSeverityAndPathInTheRequestedLanguage() throws Exception {
        JsonNode zh = JSON.readTree(post("/api/validate?locale=zh-CN", MISTAKES).body());
        JsonNode en = JSON.readTree(post("/api/validate?locale=en", MISTAKES).body());

        assertThat(triples(en)).containsExactly("IDN-002 ERROR /members/0/idNumber", "MEM-010 ERROR /members/4/admittedOn",
                "GRID-004 WARNING /grids/0/households");
        assertThat(triples(zh)).isEqualTo(triples(en));
        assertThat(en.get("findings").get(2).get("message").asText()).isEqualTo("The grid has 800 households, more than 500");
        assertThat(zh.get("findings").get(2).get("message").asText()).contains("800").doesNotContain("households");
    }

    @Test
    void aStreamIsReadAsAStreamByItsTypeOrItsParameter() throws Exception {
        Path stream = EXAMPLES.resolve("koujiang-village.ndjson");
        String expected = cliReport(stream, Form.STREAM, ValidationOptions.defaults().withLocale(Locale.ENGLISH));

        HttpResponse<String> byType = post(server, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofFile(stream), "application/x-ndjson");
        HttpResponse<String> byParameter = post(server, "/api/validate?locale=en&stream=true", HttpRequest.BodyPublishers.ofFile(stream),
                "application/octet-stream");
        HttpResponse<String> asDocument = post("/api/validate?locale=en", stream);

        assertThat(byType.body()).isEqualTo(expected);
        assertThat(byParameter.body()).isEqualTo(expected);
        // near miss: the same bytes read as one document are not one JSON value
        assertThat(triples(JSON.readTree(asDocument.body()))).first().asString().startsWith("DOC-");
    }

    @Test
    void statisticsAreThoseOfTheCommandLine() throws Exception {
        HttpResponse<String> answer = post("/api/stats", GUIZHOU);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        NbsDivisions names = NbsDivisions.nbs2023();
        StatisticsWriter.json(PartyOrg.statistics(GUIZHOU, Form.DOCUMENT), 0, code -> names.find(code).map(d -> d.name()), expected);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(answer.body()).at("/villageSecretaries/secretaries").asLong()).isEqualTo(13);
    }

    @Test
    void statisticsOfAStreamInOnePass() throws Exception {
        Path stream = EXAMPLES.resolve("koujiang-village.ndjson");
        HttpResponse<String> answer = post(server, "/api/stats?stream=true", HttpRequest.BodyPublishers.ofFile(stream), "application/x-ndjson");

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        NbsDivisions names = NbsDivisions.nbs2023();
        StatisticsWriter.json(PartyOrg.statistics(stream, Form.STREAM), 0, code -> names.find(code).map(d -> d.name()), expected);
        assertThat(answer.body()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }

    @Test
    void maxFindingsListsFewerAndCountsAll() throws Exception {
        JsonNode two = JSON.readTree(post("/api/validate?maxFindings=2", MISTAKES).body());
        JsonNode three = JSON.readTree(post("/api/validate?maxFindings=3", MISTAKES).body());

        assertThat(two.get("findings")).hasSize(2);
        assertThat(two.at("/summary/truncated").asBoolean()).isTrue();
        assertThat(two.at("/summary/errors").asLong()).isEqualTo(2);
        assertThat(two.at("/summary/warnings").asLong()).isEqualTo(1);
        assertThat(three.get("findings")).hasSize(3);
        assertThat(three.at("/summary/truncated").asBoolean()).isFalse();
    }

    @Test
    void badParametersGetAClearMessage() throws Exception {
        HttpResponse<String> negative = post("/api/validate?maxFindings=-1&locale=en", MISTAKES);
        HttpResponse<String> word = post("/api/validate?maxFindings=many&locale=en", MISTAKES);
        HttpResponse<String> french = post("/api/validate?locale=fr", MISTAKES);
        HttpResponse<String> maybe = post("/api/validate?divisions=maybe", MISTAKES);

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(error(negative)).isEqualTo("maxFindings must be a whole number of 0 or more: '-1'.");
        assertThat(error(word)).isEqualTo("maxFindings must be a whole number of 0 or more: 'many'.");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(error(french)).contains("不支持的语言“fr”").contains("Unsupported locale 'fr'");
        assertThat(error(maybe)).isEqualTo("divisions 必须是 true 或 false：“maybe”。");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) ' ');

        HttpResponse<String> declared = post(server, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofByteArray(big), "application/json");
        // chunked: no length to refuse it by, so it is counted as it arrives
        HttpResponse<String> chunked = post(server, "/api/validate?locale=en",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), "application/x-ndjson");
        HttpResponse<String> atTheLimit = post(server, "/api/validate?locale=en",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big, 0, LIMIT)), "application/json");

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(error(declared)).isEqualTo("The upload is larger than the server's limit of 8 MiB.");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(error(chunked)).isEqualTo("The upload is larger than the server's limit of 8 MiB.");
        // near miss: exactly the limit is read (and is no dataset: blank)
        assertThat(atTheLimit.statusCode()).isEqualTo(200);
    }

    @Test
    void aSlowUploadIsCutOff() throws Exception {
        try (PartyOrgServer impatient = PartyOrgServer.builder().port(0).requestTime(Duration.ofSeconds(1)).start()) {
            // a first part at once (so the request reaches the server), then a byte every 200 ms
            HttpResponse<String> answer = post(impatient, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                private int sent;

                @Override
                public int read() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (sent == 0) {
                        Arrays.fill(b, off, off + len, (byte) ' ');
                        sent = len;
                        return len;
                    }
                    if (sent++ > 100_000) {
                        return -1;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    b[off] = ' ';
                    return 1;
                }
            }), "application/json");

            assertThat(answer.statusCode()).isEqualTo(408);
            assertThat(error(answer)).isEqualTo("The upload took longer than the server's limit of 1 seconds to arrive and be read.");
        }
    }

    @Test
    void malformedAndUtf16UploadsGetFindingsNotFailures() throws Exception {
        HttpResponse<String> malformed = post(server, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofString("{\"schemaVersion\": \"1.0\", "),
                "application/json");
        byte[] utf16 = Files.readString(MISTAKES).getBytes(StandardCharsets.UTF_16);
        HttpResponse<String> wide = post(server, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofByteArray(utf16), "application/json");

        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(triples(JSON.readTree(malformed.body()))).first().asString().startsWith("DOC-001 ERROR");
        assertThat(wide.statusCode()).isEqualTo(200);
        JsonNode finding = JSON.readTree(wide.body()).get("findings").get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("DOC-001");
        assertThat(finding.get("message").asText()).contains("UTF-8");
    }

    @Test
    void eightClientsAtOnceAllGetTheirReports() throws Exception {
        String expected = post("/api/validate", MISTAKES).body();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path file = i % 2 == 0 ? MISTAKES : GUIZHOU;
                answers.add(clients.submit(() -> post("/api/validate", file)));
            }
            for (int i = 0; i < 8; i++) {
                HttpResponse<String> answer = answers.get(i).get();
                assertThat(answer.statusCode()).isEqualTo(200);
                if (i % 2 == 0) {
                    assertThat(answer.body()).isEqualTo(expected);
                } else {
                    assertThat(JSON.readTree(answer.body()).at("/summary/records").asLong()).isEqualTo(9974);
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void maskedReportsShowNoPersonalNumber() throws Exception {
        String id = "522631199001010111";
        String document = "{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\",\"members\":[{\"id\":\"" + id + "\",\"orgId\":\"13800138000\"}]}";

        HttpResponse<String> exact = post(server, "/api/validate?locale=en", HttpRequest.BodyPublishers.ofString(document), "application/json");
        HttpResponse<String> masked = post(server, "/api/validate?locale=en&masked=true", HttpRequest.BodyPublishers.ofString(document),
                "application/json");

        // programs get the exact record id, as from the command line; the page asks for it masked
        assertThat(exact.body()).contains("\"recordId\":\"" + id + "\"");
        assertThat(JSON.readTree(masked.body()).get("findings")).isNotEmpty();
        assertThat(PERSONAL.matcher(masked.body()).find()).as(masked.body()).isFalse();
        assertThat(masked.body()).contains("522631********0111");
    }

    @Test
    void thePageHasNoInlineScriptAndAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=\"/)").matcher(page.body()).find()).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(page.body()).find()).isFalse();
        assertThat(Pattern.compile("(?:src|href)=\"(?!/)").matcher(page.body()).find()).isFalse();
        for (String asset : List.of("/app.js", "/app.css", "/stats-view.js", "/echarts.min.js")) {
            HttpResponse<String> file = get(asset);
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Security-Policy")).as(asset).isPresent();
        }
        assertThat(get("/echarts.min.js").body()).contains("echarts");
    }

    @Test
    void theLimitsAreToldToThePage() throws Exception {
        JsonNode limits = JSON.readTree(get("/api/limits").body());

        assertThat(limits.get("maxUploadBytes").asLong()).isEqualTo(LIMIT);
        assertThat(limits.get("maxListedFindings").asLong()).isEqualTo(PartyOrgServer.DEFAULT_MAX_LISTED_FINDINGS);
    }

    @Test
    void rulesExplainThemselvesAndUnknownOnesAreNamed() throws Exception {
        JsonNode rule = JSON.readTree(get("/api/rules/grid-004?locale=en").body());
        HttpResponse<String> unknown = get("/api/rules/ORG-999?locale=en");

        assertThat(rule.get("id").asText()).isEqualTo("GRID-004");
        assertThat(rule.get("checks").asText()).contains("500");
        assertThat(rule.get("url").asText()).endsWith("#grid-004");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("There is no rule ORG-999; partyorg rules lists them all.");
    }

    @Test
    void theLogHasOneLinePerRequestAndNoPersonalNumber() throws Exception {
        log.clear();
        get("/api/rules/522631199001010111");
        post("/api/validate?name=13800138000.json", MISTAKES);

        assertThat(log).hasSize(2);
        assertThat(log).element(0).asString().matches("GET /api/rules/522631\\*{8}0111 404 \\d+ ms");
        assertThat(log).element(1).asString().matches("POST /api/validate 200 \\d+ ms");
        assertThat(log.stream().filter(l -> PERSONAL.matcher(l).find())).isEmpty();
    }

    @Test
    void anythingElseIsNotFound() throws Exception {
        HttpResponse<String> missing = get("/etc/passwd");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(error(missing)).isEqualTo("此处没有内容：/etc/passwd");
    }

    @Test
    void aTakenPortIsOneClearError() {
        try (PartyOrgServer first = PartyOrgServer.builder().port(0).start()) {
            assertThatThrownBy(() -> PartyOrgServer.builder().port(first.port()).start())
                    .isInstanceOf(WebException.class).hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port() + ": ");
        }
    }

    static List<String> triples(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.get("path").asText()));
        return out;
    }

    static String error(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body()).get("error").asText();
    }
}
