package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.serialization.Schemas;
import org.partyorg.validation.Rule;

/** The command line run in-process: exit statuses, output shapes, never a stack trace. */
class CliTest {
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "koujiang-village.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String broken(String from, String to) throws IOException {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void aCleanFileExitsZeroWithASummary() {
        Result r = run("validate", "--locale", "en", EXAMPLE.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("1 file(s), 11 record(s): 0 error(s), 0 warning(s), 0 info(s)\n");
        assertThat(r.err()).isEmpty();
        assertThat(run("validate", "--locale", "zh-CN", EXAMPLE.toString()).out()).startsWith("1 个文件，11 条记录：0 个错误");
    }

    @Test
    void findingsMakeExitOneAndTheJsonReportHasTheSpecifiedShape() throws IOException {
        Path bad = file("bad.json", broken("\"orgId\": \"br-kj\",\n      \"stage\": \"FULL\",\n      \"admittedOn\": \"2003",
                "\"orgId\": \"nope\",\n      \"stage\": \"FULL\",\n      \"admittedOn\": \"2003"));
        Result r = run("validate", "--format", "json", "--locale", "en", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        JsonNode f = report.get("findings").get(0);
        assertThat(f.get("file").asText()).isEqualTo(bad.toString());
        assertThat(f.get("ruleId").asText()).isEqualTo("MEM-001");
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("path").asText()).isEqualTo("/members/3/orgId");
        assertThat(f.get("recordType").asText()).isEqualTo("member");
        assertThat(f.get("recordId").asText()).isEqualTo("m-3");
        assertThat(f.get("message").asText()).contains("nope");
        assertThat(f.get("ruleUrl").asText()).isEqualTo("https://github.com/partyorg/partyorg/blob/main/docs/rules.md#mem-001");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(1);
        assertThat(summary.get("records").asInt()).isEqualTo(11);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void textLinesAreFilePathSeverityRuleMessage() throws IOException {
        Path bad = file("bad.json", broken("\"households\": 300", "\"households\": 501"));
        Result r = run("validate", "--locale", "en", bad.toString());
        assertThat(r.status()).isZero(); // a warning is below the default --fail-on error
        assertThat(r.out()).startsWith(bad + ":/grids/0/households: WARNING GRID-004 The grid has 501 households");
        assertThat(run("validate", "--fail-on", "warning", bad.toString()).status()).isEqualTo(1);
    }

    @Test
    void malformedInputIsAFindingNotAFailure() throws IOException {
        Result r = run("validate", "--format", "json", file("broken.json", "{\"schemaVersion\": ").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).get("findings").get(0).get("ruleId").asText()).isEqualTo("DOC-001");
        Result empty = run("validate", file("empty.json", "").toString());
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.out()).contains("DOC-001");
    }

    @Test
    void streamsAreRecognizedByExtensionOrFlag() throws IOException {
        String lines = "{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\"}\n"
                + "{\"recordType\":\"grid\",\"id\":\"g\",\"name\":\"网格\",\"divisionCode\":\"522631206200\",\"kind\":\"COMPREHENSIVE\","
                + "\"leader\":{\"name\":\"甲\"},\"households\":600}\n";
        Result byName = run("validate", "--locale", "en", file("x.ndjson", lines).toString());
        assertThat(byName.out()).contains(":/2/households: WARNING GRID-004");
        Result byFlag = run("validate", "--stream", "--locale", "en", file("x.txt", lines).toString());
        assertThat(byFlag.out()).contains(":/2/households: WARNING GRID-004");
        Result jsonl = run("validate", "--locale", "en", file("x.jsonl", lines).toString());
        assertThat(jsonl.out()).contains(":/2/households: WARNING GRID-004");
    }

    @Test
    void standardInputIsReadForADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)));
            Result r = run("validate", "--format", "json", "-");
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).contains("\"file\":\"-\"").contains("DOC-003");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void manyFilesComeInFileOrderAndMaxFindingsLimitsTheListOnly() throws IOException {
        Path a = file("a.json", broken("\"households\": 300", "\"households\": 501"));
        Path b = file("b.json", broken("\"population\": 1100", "\"population\": 3000"));
        Result r = run("validate", "--format", "json", a.toString(), b.toString());
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("findings")).hasSize(2);
        assertThat(report.get("findings").get(0).get("file").asText()).isEqualTo(a.toString());
        assertThat(report.get("findings").get(1).get("file").asText()).isEqualTo(b.toString());
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(2);
        assertThat(report.get("summary").get("records").asInt()).isEqualTo(22);
        JsonNode limited = JSON.readTree(run("validate", "--format", "json", "--max-findings", "1", a.toString(), b.toString()).out());
        assertThat(limited.get("findings")).hasSize(1);
        assertThat(limited.get("summary").get("warnings").asInt()).isEqualTo(2);
    }

    @Test
    void unopenableFilesAndBadUsageExitTwoWithOneLine() {
        Result missing = run("validate", tmp.resolve("nope.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json").doesNotContain("Exception").hasLineCount(1);
        assertThat(missing.out()).isEmpty();
        Result directory = run("validate", tmp.toString());
        assertThat(directory.status()).isEqualTo(2);
        assertThat(directory.err()).contains("directory");
        assertThat(run("validate").status()).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", EXAMPLE.toString()).status()).isEqualTo(2);
        assertThat(run("validate", "--locale", "fr", EXAMPLE.toString()).status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(OS.LINUX)
    void filesThatAreNotRegularFilesAreReadToo() {
        // a device, as a named pipe, /dev/stdin or a shell's <(...) would be: it opens, so it is read
        Result empty = run("validate", "--locale", "en", "/dev/null");
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.out()).contains("/dev/null:: ERROR DOC-001 ").contains("the input is empty");
    }

    @Test
    void rulesListsTheCatalog() {
        Result r = run("rules", "--locale", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines()).hasSize(139).contains("MEM-012\tERROR\tFull member before one year of probation")
                .contains("DUE-020\tWARNING\tSix months without dues");
        assertThat(run("rules", "--locale", "zh-CN").out()).contains("ORG-010\tERROR\t支部正式党员少于 3 人");
    }

    @Test
    void rulesExplainsOneRuleInEitherLanguage() {
        Result en = run("rules", "--locale", "en", "ORG-022");
        assertThat(en.status()).isZero();
        assertThat(en.err()).isEmpty();
        assertThat(en.out()).isEqualTo(Rule.ORG_022.explanation(Locale.ENGLISH).toText())
                .startsWith("ORG-022  ERROR / WARNING  Branch committee size\nRecord: organization   Field: leadership/officers\n")
                .contains("What it checks:\n  The committee of a BRANCH or JOINT_BRANCH (leadership form COMMITTEE)")
                .contains("Severity:\n  ERROR when the committee has fewer than 3 or more than 7 officers. WARNING when it has 6 or 7")
                .contains("Source:\n  中国共产党支部工作条例（试行） (Branch Work Regulations, 2018) Ch. 6\n")
                .contains("Example that breaks it:\n  {\"organizations\": [{\"id\": \"br-1\", \"orgType\": \"BRANCH\"")
                .contains("How to fix the data:\n  List every elected committee member in officers")
                .endsWith("More: https://github.com/partyorg/partyorg/blob/main/docs/rules.md#org-022\n");

        Result zh = run("rules", "--locale", "zh-CN", "org-022");
        assertThat(zh.status()).isZero();
        assertThat(zh.out()).isEqualTo(Rule.ORG_022.explanation(Locale.SIMPLIFIED_CHINESE).toText())
                .startsWith("ORG-022  ERROR / WARNING  支部委员会人数\n记录：organization　字段：leadership/officers\n")
                .contains("检查内容：\n  BRANCH 或 JOINT_BRANCH 的支部委员会")
                .contains("严重程度：\n  委员少于 3 人或多于 7 人时为 ERROR（错误）。6 人或 7 人时为 WARNING")
                .contains("依据：\n  《中国共产党支部工作条例（试行）》（2018）第六章\n")
                .contains("修改方法：\n  在 officers 中列出每一名当选委员")
                .endsWith("详见：https://github.com/partyorg/partyorg/blob/main/docs/rules.md#org-022\n");

        assertThat(run("rules", "--locale", "en", "doc-001").out()).contains("Document form (https://github.com/partyorg/partyorg/blob/main/docs/format.md#document-form)");
    }

    @Test
    void rulesWithAnUnknownIdIsOneLineAndExitTwo() {
        Result en = run("rules", "--locale", "en", "ORG-999");
        assertThat(en.status()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).isEqualTo("partyorg rules: no rule 'ORG-999' in the catalog; partyorg rules lists them\n");
        Result zh = run("rules", "--locale", "zh-CN", "XYZ");
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.err()).isEqualTo("partyorg rules: 规则目录中没有规则“XYZ”；partyorg rules 列出全部规则\n");
        // an ID number given by mistake is not echoed in full
        Result id = run("rules", "--locale", "en", "11010519491231002X");
        assertThat(id.status()).isEqualTo(2);
        assertThat(id.err()).doesNotContain("11010519491231002X").hasLineCount(1);
        assertThat(run("rules", "ORG-022", "ORG-023").status()).isEqualTo(2);
    }

    @Test
    void schemaPrintsTheJsonSchemas() throws IOException {
        JsonNode dataset = JSON.readTree(run("schema").out());
        assertThat(dataset.get("$id").asText()).endsWith("/dataset.schema.json");
        assertThat(JSON.readTree(run("schema", "member").out()).get("$id").asText()).endsWith("/member.schema.json");
        Result unknown = run("schema", "household");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("household");
    }

    @Test
    void theCommandLinesOwnMessagesFollowTheLocale() {
        Result zh = run("validate", "--locale", "zh-CN", tmp.resolve("nope.json").toString());
        assertThat(zh.status()).isEqualTo(2);
        assertThat(zh.err()).startsWith("partyorg validate: 无法打开 ").hasLineCount(1);
        Result en = run("validate", "--locale", "en", tmp.resolve("nope.json").toString());
        assertThat(en.err()).startsWith("partyorg validate: cannot open ");
        assertThat(run("validate", "--locale", "zh-CN", tmp.toString()).err()).contains("（这是一个目录）");
        assertThat(run("validate", "--locale", "zh-CN", "--max-findings", "-1", EXAMPLE.toString()).err())
                .contains("--max-findings 不能为负数");
        assertThat(CliMessages.text(Locale.SIMPLIFIED_CHINESE, "outOfMemory", "Java heap space")).startsWith("内存不足（Java heap space）");
        assertThat(CliMessages.text(Locale.ENGLISH, "outOfMemory", "Java heap space")).contains("-Xmx");
        // generate and schema have no --locale: they follow the environment, with the same texts
        Result scale = run("generate", "--scale", "city");
        assertThat(scale.status()).isEqualTo(2);
        assertThat(scale.err()).isEqualTo("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.unknownScale", "city")
                + System.lineSeparator());
        assertThat(CliMessages.text(Locale.ENGLISH, "generate.unknownScale", "city"))
                .isEqualTo("unknown scale 'city' (village, township, county, province, national)");
        assertThat(CliMessages.text(Locale.SIMPLIFIED_CHINESE, "generate.badInjectCount", "IDN-002:x"))
                .isEqualTo("--inject“IDN-002:x”有误：“:”之后的数量必须是整数");
        assertThat(run("schema", "nope").err()).isEqualTo("partyorg schema: " + CliMessages.text(CliMessages.environment(),
                "schema.unknown", "nope", String.join(", ", Schemas.names())) + System.lineSeparator());
        assertThat(CliMessages.text(Locale.ENGLISH, "schema.unknown", "nope", "a, b")).isEqualTo("no schema named 'nope'; one of a, b");
    }

    @Test
    void threadsChangeNothingInTheReport() throws IOException {
        Path stream = Path.of("../docs/examples/koujiang-village.ndjson");
        Path broken = tmp.resolve("broken.ndjson");
        Files.writeString(broken, Files.readString(stream, StandardCharsets.UTF_8).replace("\"m-1\"", "\"m-0\"")
                .replace("52263119700301011X", "522631197003010110") + "not json\n", StandardCharsets.UTF_8);
        Result one = run("validate", "--format", "json", "--threads", "1", broken.toString());
        assertThat(one.status()).isEqualTo(1);
        assertThat(one.out()).contains("DOC-016").contains("IDN-002").contains("DOC-001");
        for (String threads : List.of("2", "4")) {
            assertThat(run("validate", "--format", "json", "--threads", threads, broken.toString()).out()).isEqualTo(one.out());
        }
        Result zero = run("validate", "--locale", "en", "--threads", "0", broken.toString());
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("partyorg validate: --threads must be at least 1" + System.lineSeparator());
    }

    @Test
    void schemaBundlesAndWritesThemAll() throws IOException {
        JsonNode bundle = JSON.readTree(run("schema", "--bundle", "dataset").out());
        assertThat(bundle.get("$id").asText()).endsWith("/dataset.schema.json");
        assertThat(bundle.get("$defs").get("common.schema.json").get("$id").asText()).endsWith("/common.schema.json");
        assertThat(bundle.get("$defs").has("election.schema.json")).isTrue();

        Path dir = tmp.resolve("schemas");
        assertThat(run("schema", "--all", "--out", dir.toString()).status()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(14).contains("common.schema.json", "dataset.schema.json");
        }
        assertThat(Files.readString(dir.resolve("member.schema.json"))).isEqualTo(Schemas.text("member"));
        Result noDir = run("schema", "--all");
        assertThat(noDir.status()).isEqualTo(2);
        assertThat(noDir.err()).contains("--out").hasLineCount(1);
    }

    @Test
    void theLocaleComesFromTheEnvironmentElseChinese() {
        assertThat(Locales.resolve(null, Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.resolve(null, Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Locales.resolve(null, Map.of("LANG", "C"))).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.resolve(null, Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.resolve(null, Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Locales.resolve("en", Map.of("LANG", "zh_CN"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version").out()).startsWith("partyorg");
        assertThat(run("--help").out()).contains("validate").contains("rules").contains("schema");
        assertThat(run("validate", "--help").out()).contains("--fail-on").contains("--max-findings").contains("--divisions");
    }
}
