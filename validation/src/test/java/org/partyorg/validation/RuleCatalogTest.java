package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCatalogTest {
    private static final Path DOCS = Path.of("..", "docs", "rules.md");

    @Test
    void theCatalogHasTheRulesOfFormat10And11OnceEach() {
        assertThat(Rule.values()).hasSize(139);
        assertThat(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet())).hasSize(139);
        assertThat(Arrays.stream(Rule.values())).allSatisfy(r ->
                assertThat(r.id()).matches("(DOC|IDN|ORG|MEM|GRID|SVC|PST|DEV|MTG|DUE|TRF|ELC)-\\d{3}"));
        assertThat(Arrays.stream(Rule.values()).filter(r -> r.id().startsWith("DEV-"))).hasSize(20);
        assertThat(Arrays.stream(Rule.values()).filter(r -> r.id().matches("(MTG|DUE|TRF|ELC)-\\d{3}"))).hasSize(37);
        assertThat(Rule.DOC_020.severity()).isEqualTo(Severity.INFO);
        assertThat(Rule.ELC_009.lesserSeverity()).contains(Severity.WARNING);
        assertThat(Rule.DEV_016.lesserSeverity()).contains(Severity.WARNING);
        assertThat(Rule.findById("ORG-022")).contains(Rule.ORG_022);
        assertThat(Rule.ORG_022.lesserSeverity()).contains(Severity.WARNING);
        assertThat(Rule.findById("ORG-9999")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ContributorValidationMessages.properties", "/ContributorValidationMessages_zh.properties"})
    void everyRuleHasATitleAndAMessageAndTheBundleNothingElse(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Rule.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> expected = Arrays.stream(Rule.values())
                .flatMap(r -> Stream.of("org.partyorg.rule." + r.id() + ".title", "org.partyorg.rule." + r.id() + ".message"))
                .collect(Collectors.toSet());
        Set<String> ruleKeys = p.stringPropertyNames().stream().filter(k -> k.startsWith("org.partyorg.rule.")).collect(Collectors.toSet());
        assertThat(ruleKeys).isEqualTo(expected);
        assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
    }

    @Test
    void titlesComeInBothLanguages() {
        assertThat(RuleCatalog.title(Rule.ORG_010, Locale.ENGLISH)).isEqualTo("Branch with fewer than 3 full members");
        assertThat(RuleCatalog.title(Rule.ORG_010, Locale.CHINA)).isEqualTo("支部正式党员少于 3 人");
        assertThat(RuleCatalog.entries(Locale.ENGLISH)).hasSize(139).first()
                .satisfies(e -> assertThat(e.id()).isEqualTo("DOC-001"));
    }

    @Test
    void docsRulesMdIsGeneratedFromTheCatalogAndUpToDate() throws IOException {
        String generated = RuleCatalog.markdown();
        if (Boolean.getBoolean("partyorg.regenerate")) {
            Files.createDirectories(DOCS.getParent());
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
        }
        assertThat(DOCS).as("docs/rules.md is stale: regenerate it (see its header)").exists();
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(generated);
        assertThat(generated).contains("| [MEM-012](#mem-012) | ERROR | member | fullMemberOn |").contains("\n### MEM-012\n")
                .contains("| [Document form](format.md#document-form), [Stream form](format.md#stream-form) |");
    }
}
