package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.validation.Rule;

/** {@code generate} and {@code stats} as an integrator runs them (the command line of README.md). */
class GenerateAndStatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameBytesAndTheOutputValidates() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Path other = tmp.resolve("other.json");
        assertThat(run("generate", "--scale", "village", "--seed", "7", "--out", a.toString()).status()).isZero();
        assertThat(run("generate", "--scale", "village", "--seed", "7", "--out", b.toString()).status()).isZero();
        assertThat(run("generate", "--scale", "village", "--seed", "8", "--out", other.toString()).status()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(other));

        CliTest.Result validated = run("validate", "--locale", "en", "--fail-on", "error", a.toString(), other.toString());
        assertThat(validated.status()).isZero();
        assertThat(validated.out()).contains(" 0 error(s)");
    }

    @Test
    void theStreamFormIsChosenByTheFileNameAndValidatesToo() throws IOException {
        Path stream = tmp.resolve("township.ndjson");
        assertThat(run("generate", "--scale", "township", "--seed", "3", "--out", stream.toString()).status()).isZero();
        List<String> lines = Files.readAllLines(stream);
        assertThat(lines.get(0)).isEqualTo("{\"recordType\":\"header\",\"schemaVersion\":\"1.1\",\"asOf\":\"2023-08-18\","
                + "\"coverageFrom\":\"2022-01-01\"}");
        assertThat(lines).hasSizeGreaterThan(100).anyMatch(l -> l.startsWith("{\"recordType\":\"duesPayment\""))
                .anyMatch(l -> l.startsWith("{\"recordType\":\"election\""));
        CliTest.Result validated = run("validate", "--locale", "en", stream.toString());
        assertThat(validated.status()).isZero();
        assertThat(validated.out()).endsWith(" 0 error(s), 0 warning(s), 0 info(s)\n");

        CliTest.Result stats = run("stats", stream.toString());
        assertThat(stats.status()).isZero();
        assertThat(stats.out()).contains("organizations by type:").contains("members by stage:").contains("FULL ")
                .containsPattern("elections: +[1-9][0-9]* held, turnout 9[0-9]\\.[0-9]%")
                .containsPattern("dues: +[1-9][0-9]* payments, [0-9.]+ yuan; 0 members without dues for the last whole month")
                .contains("meetings by kind:        ").contains("THEMED_DAY");
    }

    @Test
    void plantedDefectsComeWithAManifestOfTheirFindings() throws IOException {
        Path file = tmp.resolve("broken.json");
        CliTest.Result r = run("generate", "--scale", "village", "--seed", "5", "--inject", "MEM-012:2", "--inject", "ORG-025:1",
                "--out", file.toString());
        assertThat(r.status()).isZero();
        JsonNode manifest = JSON.readTree(tmp.resolve("broken.json.manifest.json").toFile());
        List<String> expected = new ArrayList<>();
        for (JsonNode e : manifest.get("expectedFindings")) {
            expected.add(e.get("ruleId").asText() + " " + e.get("path").asText());
        }
        assertThat(expected).hasSize(3);

        JsonNode report = JSON.readTree(run("validate", "--format", "json", file.toString()).out());
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            found.add(f.get("ruleId").asText() + " " + f.get("path").asText());
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void nationalIsWrittenOnlyAsAStream() {
        CliTest.Result json = run("generate", "--scale", "national", "--format", "json");
        assertThat(json.status()).isEqualTo(2);
        assertThat(json.err()).contains("ndjson").hasLineCount(1);
        // a .json name would make validate read the stream as a document: refused before writing anything
        Path named = tmp.resolve("national.json");
        CliTest.Result byName = run("generate", "--scale", "national", "--out", named.toString());
        assertThat(byName.status()).isEqualTo(2);
        assertThat(byName.err()).contains("*.ndjson");
        assertThat(named).doesNotExist();
    }

    @Test
    void badArgumentsAreOneLineAndStatusTwo() {
        CliTest.Result scale = run("generate", "--scale", "planet");
        assertThat(scale.status()).isEqualTo(2);
        assertThat(scale.err()).contains("planet").hasLineCount(1);
        CliTest.Result inject = run("generate", "--scale", "village", "--inject", "MEM-012:x", "--out", tmp.resolve("x.json").toString());
        assertThat(inject.status()).isEqualTo(2);
        assertThat(inject.err()).contains("--inject").contains("whole number").doesNotContain("Exception").hasLineCount(1);
        CliTest.Result unknown = run("generate", "--scale", "village", "--inject", "NOPE-001");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("NOPE-001").contains("--list-defects").hasLineCount(1);
        CliTest.Result noScale = run("generate");
        assertThat(noScale.status()).isEqualTo(2);
        assertThat(noScale.err()).contains("--scale").hasLineCount(1);
        CliTest.Result missing = run("stats", tmp.resolve("nope.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot open");
    }

    @Test
    void statsSaysWhenTheCountsCoverOnlyPartOfTheFileAndFails() throws IOException {
        Path garbage = Files.writeString(tmp.resolve("garbage.json"), "this is not JSON");
        CliTest.Result r = run("stats", garbage.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("1 shape error(s)").contains("DOC-001").hasLineCount(1);
        assertThat(r.out()).contains("organizations by type:   0");
        CliTest.Result json = run("stats", "--format", "json", garbage.toString());
        assertThat(json.status()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\"shapeErrors\":1,");
        assertThat(json.err()).contains("DOC-001").hasLineCount(1);

        String example = Files.readString(CliTest.EXAMPLE);
        Path truncated = Files.writeString(tmp.resolve("truncated.json"), example.substring(0, example.length() / 2));
        CliTest.Result cut = run("stats", truncated.toString());
        assertThat(cut.status()).isEqualTo(1);
        assertThat(cut.err()).contains("DOC-001").contains("only the records that could be read");

        CliTest.Result clean = run("stats", CliTest.EXAMPLE.toString());
        assertThat(clean.status()).isZero();
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void statsReadsStandardInputInBothForms() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(Files.newInputStream(CliTest.EXAMPLE));
            CliTest.Result document = run("stats", "-");
            System.setIn(Files.newInputStream(Path.of("..", "docs", "examples", "koujiang-village.ndjson")));
            CliTest.Result stream = run("stats", "--stream", "-");

            assertThat(document.status()).isZero();
            assertThat(document.out()).contains("members by stage:        5");
            assertThat(stream.status()).isZero();
            assertThat(stream.out()).isEqualTo(document.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void statsWritesOneSelfContainedHtmlPageAndAnyFormatToAFile() throws IOException {
        Path page = tmp.resolve("guizhou.html");
        Path json = tmp.resolve("guizhou-stats.json");

        CliTest.Result html = run("stats", "--format", "html", "--out", page.toString(), ExamplesTest.GUIZHOU.toString());
        CliTest.Result toFile = run("stats", "--format", "json", "--out", json.toString(), ExamplesTest.GUIZHOU.toString());

        assertThat(html.status()).isZero();
        assertThat(html.out()).isEmpty();
        String text = Files.readString(page);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<title>guizhou.json · partyorg</title>")
                .contains("content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\"");
        // everything inside: no script or style is fetched
        assertThat(text).doesNotContain("<script src=").doesNotContain("<link ");
        assertThat(text).contains(Files.readString(json).strip().replace("<", "\\u003c"));
        assertThat(toFile.out()).isEmpty();
        assertThat(Files.readString(json)).isEqualTo(run("stats", "--format", "json", ExamplesTest.GUIZHOU.toString()).out());
    }

    @Test
    void listDefectsNamesEveryRuleOfTheCatalogWithWhatIsPlanted() {
        CliTest.Result r = run("generate", "--list-defects");

        assertThat(r.status()).isZero();
        List<String> ids = r.out().lines().map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertThat(ids).containsExactlyElementsOf(Arrays.stream(Rule.values())
                .map(Rule::id).toList()).hasSize(139);
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).matches("[A-Z]+-[0-9]{3}  \\S.{10,}"));
    }

    @Test
    void aRuleWithoutACountInAnyCaseIsPlantedOnce() throws IOException {
        Path file = tmp.resolve("one.json");
        CliTest.Result r = run("generate", "--scale", "village", "--inject", "mem-012", "--out", file.toString());

        assertThat(r.status()).isZero();
        JsonNode manifest = JSON.readTree(tmp.resolve("one.json.manifest.json").toFile());
        assertThat(manifest.get("expectedFindings")).hasSize(1);
        assertThat(manifest.get("expectedFindings").get(0).get("ruleId").asText()).isEqualTo("MEM-012");
    }

    @Test
    void aFailedGenerationLeavesTheOldFileUntouchedAndNothingBehind() throws IOException {
        Path file = tmp.resolve("keep.json");
        Files.writeString(file, "the old content");
        CliTest.Result r = run("generate", "--scale", "village", "--inject", "MEM-012:100000", "--out", file.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("MEM-012").containsPattern("at most [0-9]+").hasLineCount(1).doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("the old content");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("keep.json");
        }
    }

    @Test
    void theOutputGetsTheUsualPermissionsOfANewFile() throws IOException {
        Path file = tmp.resolve("village.json");
        Path plain = Files.createFile(tmp.resolve("plain.txt"));
        assertThat(run("generate", "--scale", "village", "--out", file.toString()).status()).isZero();

        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void aVillageWithoutPostingsGetsOneToPlantInAsThePostingRulesNeed() throws IOException {
        Path file = tmp.resolve("postings.ndjson");
        CliTest.Result r = run("generate", "--scale", "township", "--seed", "42", "--inject", "PST-004:2", "--out", file.toString());

        assertThat(r.status()).isZero();
        assertThat(findings(file, "--divisions")).containsExactlyInAnyOrderElementsOf(manifest(file)).hasSize(2);
    }

    /** The Done line of the every-rule issue: for every rule, a village with one defect validates to exactly its manifest. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("org.partyorg.generator.Generator#supportedDefects")
    void everyRulePlantedInAVillageValidatesToExactlyItsManifest(String rule) throws IOException {
        Path document = tmp.resolve("village.json");
        Path stream = tmp.resolve("village.ndjson");
        assertThat(run("generate", "--scale", "village", "--inject", rule + ":1", "--out", document.toString()).status()).isZero();
        assertThat(run("generate", "--scale", "village", "--inject", rule + ":1", "--out", stream.toString()).status()).isZero();

        assertThat(findings(document, "--divisions")).containsExactlyInAnyOrderElementsOf(manifest(document)).isNotEmpty();
        assertThat(findings(stream, "--divisions")).containsExactlyInAnyOrderElementsOf(manifest(stream)).isNotEmpty();
    }

    private List<String> manifest(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode e : JSON.readTree(Path.of(file + ".manifest.json").toFile()).get("expectedFindings")) {
            out.add(e.get("ruleId").asText() + " " + e.get("severity").asText() + " " + e.get("path").asText() + " "
                    + e.get("recordType").asText() + " " + e.get("recordId").asText());
        }
        return out;
    }

    private static List<String> findings(Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        args.addAll(List.of(options));
        args.add(file.toString());
        JsonNode report = JSON.readTree(run(args.toArray(String[]::new)).out());
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.get("path").asText() + " "
                    + f.path("recordType").asText("null") + " " + f.path("recordId").asText("null"));
        }
        return out;
    }
}
