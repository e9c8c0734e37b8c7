package org.partyorg.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.PartyOrgException;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

class DefectInjectionTest {
    /** A township (余庆县 白泥镇) with postings, so that every defect finds room. */
    private static final long SEED = 14;
    /** The defects that stop the reader (DOC-001, DOC-018) or the rules that need asOf (DOC-003) or coverageFrom (DOC-020). */
    private static final Set<String> ALONE = Set.of("DOC-001", "DOC-003", "DOC-018", "DOC-020");

    static List<String> supported() {
        return Generator.supportedDefects();
    }

    @ParameterizedTest
    @MethodSource("supported")
    void theValidatorFindsExactlyThePlantedDefects(String ruleId) {
        Generation g = twoOrOne(Generator.of(Scale.TOWNSHIP, SEED), ruleId);

        List<ExpectedFinding> expected = g.manifest().expectedFindings();
        assertThat(expected).isNotEmpty().allSatisfy(e -> assertThat(e.ruleId()).isEqualTo(ruleId));
        assertThat(EveryRulePlantedTest.reported(g, false)).containsExactlyInAnyOrderElementsOf(EveryRulePlantedTest.expected(g, false));
        assertThat(EveryRulePlantedTest.reported(g, true)).containsExactlyInAnyOrderElementsOf(EveryRulePlantedTest.expected(g, true));
    }

    /** Two defects where the township has room for two, else one. */
    static Generation twoOrOne(Generator generator, String ruleId) {
        try {
            return generator.inject(ruleId, 2).generate();
        } catch (PartyOrgException e) {
            return generator.inject(ruleId, 1).generate();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void everyRuleAtOnceInACountyReportsExactlyTheManifest(long seed) {
        Generator generator = Generator.of(Scale.COUNTY, seed);
        for (String rule : Generator.supportedDefects()) {
            if (!ALONE.contains(rule)) {
                generator = generator.inject(rule, 1);
            }
        }
        Generation g = generator.generate();

        assertThat(g.manifest().expectedFindings().stream().map(ExpectedFinding::ruleId).distinct())
                .hasSize(Generator.supportedDefects().size() - ALONE.size());
        assertThat(EveryRulePlantedTest.reported(g, false)).containsExactlyInAnyOrderElementsOf(EveryRulePlantedTest.expected(g, false));
        assertThat(EveryRulePlantedTest.reported(g, true)).containsExactlyInAnyOrderElementsOf(EveryRulePlantedTest.expected(g, true));
    }

    @Test
    void severalRulesAtOnce() {
        Generator generator = Generator.of(Scale.TOWNSHIP, SEED).inject("MEM-012", 5).inject("IDN-002", 4).inject("DOC-016", 2)
                .inject("ORG-001", 1).inject("SVC-003", 3).inject("PST-004", 2).inject("GRID-004", 2).inject("IDN-030", 2);
        Generation g = generator.generate();
        ValidationReport report = DatasetValidator.create().validate(g.dataset());

        assertThat(g.manifest().expectedFindings()).hasSize(21);
        assertThat(describe(report.findings())).containsExactlyInAnyOrderElementsOf(describeExpected(g.manifest().expectedFindings()));
        assertThat(report.errors()).isEqualTo(15);
        assertThat(report.warnings()).isEqualTo(6);
        assertThat(generator.defects()).containsKeys("MEM-012", "IDN-002", "DOC-016");
    }

    @Test
    void theStreamFormReportsTheManifestsStreamPaths() {
        Generator generator = Generator.of(Scale.TOWNSHIP, SEED).inject("MEM-016", 2).inject("IDN-040", 2).inject("SVC-004", 2);
        ValidatingSink sink = new ValidatingSink(ValidationOptions.defaults());
        Manifest manifest = generator.forEach(sink);

        List<String> actual = new ArrayList<>();
        for (Finding f : sink.report().findings()) {
            actual.add(f.ruleId() + " " + f.path() + " " + f.recordId());
        }
        List<String> expected = new ArrayList<>();
        for (ExpectedFinding e : manifest.expectedFindings()) {
            expected.add(e.ruleId() + " " + e.streamPath() + " " + e.recordId());
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected).hasSize(6);
    }

    @Test
    void defectsAreDeterministicAndSpreadOut() {
        Generator generator = Generator.of(Scale.TOWNSHIP, SEED).inject("MEM-012", 4);
        Manifest a = generator.manifest();
        Manifest b = Generator.of(Scale.TOWNSHIP, SEED).inject("MEM-012", 4).manifest();

        assertThat(a).isEqualTo(b);
        List<Long> indexes = a.expectedFindings().stream().map(ExpectedFinding::index).toList();
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
        assertThat(indexes.get(3) - indexes.get(0)).isGreaterThan(a.members() / 3);
        assertThat(a.records()).isEqualTo(Generator.of(Scale.TOWNSHIP, SEED).manifest().records());
    }

    @Test
    void theManifestGivesDocumentAndStreamPaths() {
        ExpectedFinding e = Generator.of(Scale.TOWNSHIP, SEED).inject("MEM-012", 1).manifest().expectedFindings().get(0);

        assertThat(e.documentPath()).isEqualTo("/members/" + e.index() + "/fullMemberOn");
        assertThat(e.streamPath()).isEqualTo("/" + (e.ordinal() + 2) + "/fullMemberOn");
        assertThat(e.severity()).isEqualTo(Rule.MEM_012.severity());
        assertThat(e.recordType().wireName()).isEqualTo("member");
    }

    @Test
    void unsupportedRulesAndImpossibleCountsAreRefused() {
        Generator g = Generator.of(Scale.VILLAGE, 1);

        assertThatThrownBy(() -> Generator.of(Scale.PROVINCE, 1).inject("ORG-002", 1)).isInstanceOf(PartyOrgException.class)
                .hasMessageContaining("ORG-002").hasMessageContaining("supported").hasMessageContaining("MEM-012")
                .hasMessageContaining("COUNTY");
        assertThatThrownBy(() -> g.inject("NOPE-1", 1)).isInstanceOf(PartyOrgException.class).hasMessageContaining("--list-defects");
        assertThatThrownBy(() -> g.inject("DOC-018", 2)).isInstanceOf(PartyOrgException.class).hasMessageContaining("must be 1");
        assertThatThrownBy(() -> g.inject("DOC-018", 1).inject("MEM-012", 1)).isInstanceOf(PartyOrgException.class)
                .hasMessageContaining("alone");
        assertThat(g.inject("mem-012", 1).defects()).containsOnlyKeys("MEM-012");
        assertThatThrownBy(() -> g.inject("MEM-012", 0)).isInstanceOf(PartyOrgException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> g.inject("MEM-012", 100_000).dataset()).isInstanceOf(PartyOrgException.class)
                .hasMessageContaining("MEM-012").hasMessageContaining("fewer than the 100000").hasMessageContaining("at most");
        assertThat(Generator.supportedDefects()).contains("IDN-001", "IDN-002", "IDN-005", "IDN-030", "MEM-010", "MEM-012",
                "MEM-016", "GRID-004", "SVC-003", "PST-004", "MEM-001", "DOC-016", "ORG-001").hasSize(139)
                .containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
    }

    @Test
    void aGeneratorWithoutDefectsHasAnEmptyManifest() {
        Manifest m = Generator.of(Scale.TOWNSHIP, SEED).manifest();

        assertThat(m.expectedFindings()).isEmpty();
        assertThat(m.records()).isEqualTo(m.organizations() + m.members() + m.grids() + m.serviceRecords() + m.postings());
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.path() + " " + f.recordType() + " " + f.recordId())
                .toList();
    }

    private static List<String> describeExpected(List<ExpectedFinding> expected) {
        return expected.stream().map(e -> e.ruleId() + " " + e.severity() + " " + e.documentPath() + " " + e.recordType().wireName()
                + " " + e.recordId()).toList();
    }
}
