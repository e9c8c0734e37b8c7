package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partyorg.core.MemberStage;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.fixtures.GuizhouDataset;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.DatasetWriter;

/**
 * {@code docs/examples/guizhou.json}, the file the README's main command validates, is written
 * from the fixture code ({@code GuizhouDataset}): this test fails when the two drift. Regenerate
 * with {@code ./mvnw -pl cli -am test -Dtest=ExamplesTest -Dpartyorg.regenerate=true}.
 */
class ExamplesTest {
    static final Path GUIZHOU = Path.of("..", "docs", "examples", "guizhou.json");

    @Test
    void theGuizhouExampleIsTheFixtureWritten() throws IOException {
        String written = DatasetWriter.create().toJson(GuizhouDataset.dataset());
        if (Boolean.getBoolean("partyorg.regenerate")) {
            Files.writeString(GUIZHOU, written, StandardCharsets.UTF_8);
        }
        assertThat(GUIZHOU).as("docs/examples/guizhou.json is stale: regenerate it (see this test's javadoc)").exists();
        assertThat(Files.readString(GUIZHOU, StandardCharsets.UTF_8)).isEqualTo(written);
        assertThat(DatasetReader.create().read(GUIZHOU).orThrow()).isEqualTo(GuizhouDataset.dataset());
    }

    @Test
    void theGuizhouExampleValidatesCleanlyWithTheCommandLine() {
        CliTest.Result r = CliTest.run("validate", "--locale", "en", "--divisions", GUIZHOU.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).endsWith("0 error(s), 0 warning(s), 0 info(s)\n");
    }

    @Test
    void statsShowsTheReportsNumbersForKoujiang() {
        CliTest.Result r = CliTest.run("stats", GUIZHOU.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("522631206 口江乡: 48 grids, 53 villager groups").contains("VISIT 346");
        assertThat(r.out()).contains("FIRST_SECRETARY");
        assertThat(r.out()).containsPattern("meeting cadence: +(\\d+) of \\1 owed periods held \\(100\\.0%\\); (\\d+) of \\2 branches");
    }

    @Test
    void statsAsJsonGivesTheSameCountsForPrograms() throws Exception {
        CliTest.Result r = CliTest.run("stats", "--format", "json", GUIZHOU.toString());
        assertThat(r.status()).isZero();
        JsonNode stats = new ObjectMapper().readTree(r.out());
        DatasetStatistics expected = DatasetStatistics.of(GuizhouDataset.dataset());
        assertThat(stats.get("shapeErrors").asLong()).isZero();
        assertThat(stats.get("members").get("byStage").get("FULL").asLong()).isEqualTo(expected.membersByStage().get(MemberStage.FULL));
        assertThat(stats.get("grids").get("households").asLong()).isEqualTo(expected.households());
        assertThat(stats.get("villageSecretaries").get("wealthLeaders").asLong()).isEqualTo(expected.villageSecretaries().wealthLeaders());
        JsonNode koujiang = null;
        for (JsonNode t : stats.get("townships")) {
            if (t.get("code").asText().startsWith("522631206")) {
                koujiang = t;
            }
        }
        assertThat(koujiang).isNotNull();
        assertThat(koujiang.get("name").asText()).isEqualTo("口江乡");
        assertThat(koujiang.get("grids").asLong()).isEqualTo(48);
        assertThat(koujiang.get("serviceRecordsByCategory").get("VISIT").asLong()).isEqualTo(346);
        JsonNode cadence = stats.get("workingLife").get("cadence");
        assertThat(cadence.get("periodsHeld").asLong()).isEqualTo(cadence.get("periodsOwed").asLong()).isPositive();
        assertThat(stats.get("workingLife").get("dues").get("total").asText())
                .isEqualTo(expected.workingLife().duesTotal().toPlainString());
        // nothing but counts, codes and names: no record id, no personal number
        assertThat(r.out()).doesNotContainPattern("(?<![0-9])(1[0-9]{10}(?![0-9])|[0-9]{17}[0-9Xx])");
    }
}
