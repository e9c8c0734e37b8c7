package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule explains itself, completely, in both languages, and its links lead to headings that exist. */
class RuleExplanationTest {
    private static final Path RULES_MD = Path.of("..", "docs", "rules.md");
    private static final Path FORMAT_MD = Path.of("..", "docs", "format.md");
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The test numbers of docs/format.md and variants of them broken on purpose, never a real person's. */
    private static final Set<String> SYNTHETIC_ID_NUMBERS = Set.of("52263119700301011X", "52263119700301011x",
            "522631197203030158", "5226311970030101X", "522631197003010110", "522631197002300115", "992631197003010117",
            "522631200601010018");

    private static Properties resource(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Rule.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasACompleteExplanationInBothLanguages(Rule rule) throws IOException {
        RuleExplanation en = rule.explanation(Locale.ENGLISH);
        RuleExplanation zh = rule.explanation(Locale.SIMPLIFIED_CHINESE);
        for (RuleExplanation e : List.of(en, zh)) {
            assertThat(e.rule()).isSameAs(rule);
            assertThat(List.of(e.title(), e.checks(), e.severity(), e.source(), e.example(), e.fix()))
                    .as(rule.id()).allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain("org.partyorg.rule."));
            assertThat(e.documentationUrl()).isEqualTo(rule.documentationUrl());
            assertThat(e.toText()).startsWith(rule.id() + "  ").contains(e.checks(), e.severity(), e.source(), e.example(),
                    e.fix(), rule.documentationUrl().toString());
        }
        assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(zh.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.title()).isNotEqualTo(en.title());
        for (String text : List.of(zh.checks(), zh.severity(), zh.fix())) {
            assertThat(HAN.matcher(text).find()).as(rule.id() + " in Chinese: " + text).isTrue();
        }
        assertThat(en.example()).as("one example in both languages").isEqualTo(zh.example());
        if (rule == Rule.DOC_001) {
            assertThatThrownBy(() -> STRICT_JSON.readTree(en.example())).as("DOC-001's example is not JSON").isInstanceOf(IOException.class);
        } else if (rule == Rule.DOC_017) {
            assertThatThrownBy(() -> STRICT_JSON.readTree(en.example())).as("DOC-017's example repeats a key")
                    .hasMessageContaining("Duplicate field");
            assertThat(new ObjectMapper().readTree(en.example()).isObject()).isTrue();
        } else {
            assertThat(STRICT_JSON.readTree(en.example()).isObject()).as(rule.id() + " example").isTrue();
        }
        Matcher idNumber = Pattern.compile("\"idNumber\": \"([^\"]*)\"").matcher(en.example());
        while (idNumber.find()) {
            assertThat(idNumber.group(1)).as(rule.id() + ": no ID number but the synthetic test numbers").isIn(SYNTHETIC_ID_NUMBERS);
        }
    }

    @Test
    void rulesWithTwoSeveritiesSayWhenEachApplies() {
        for (Rule rule : Rule.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String severity = rule.explanation(locale).severity();
                assertThat(severity).as(rule.id()).contains(rule.severity().name());
                rule.lesserSeverity().ifPresent(lesser -> assertThat(severity).as(rule.id()).contains(lesser.name()));
            }
        }
        assertThat(Rule.ORG_022.explanation(Locale.ENGLISH).severity()).isEqualTo("ERROR when the committee has fewer than 3"
                + " or more than 7 officers. WARNING when it has 6 or 7 (allowed, but 3 to 5 is the norm). 3 to 5 officers is no finding.");
        assertThat(Rule.ORG_022.explanation(Locale.CHINA).severity()).isEqualTo("委员少于 3 人或多于 7 人时为 ERROR（错误）。"
                + "6 人或 7 人时为 WARNING（警告：允许，但以 3 至 5 人为常）。3 至 5 人不报。");
        assertThat(Rule.DEV_016.explanation(Locale.ENGLISH).severity())
                .contains("WARNING when approvedOn is more than 3 months and at most 6 months").contains("ERROR when it is more than 6 months");
        assertThat(Rule.ORG_029.explanation(Locale.ENGLISH).severity()).contains("by up to one year and there is no approvalRef")
                .contains("more than one year after the end, with or without an approval");
    }

    @Test
    void thresholdsAreThoseOfTheCatalog() {
        Map<Rule, List<String>> numbers = new HashMap<>();
        numbers.put(Rule.ORG_010, List.of("fewer than 3 full members", "NORMAL, MOBILE or LOST_CONTACT"));
        numbers.put(Rule.ORG_011, List.of("more than 50 members", "approvalRef"));
        numbers.put(Rule.ORG_012, List.of("100 or more subtree members", "fewer than 50", "fewer than 100", "RURAL or URBAN"));
        numbers.put(Rule.ORG_020, List.of("7 or more full members"));
        numbers.put(Rule.ORG_028, List.of("outside 3 to 5"));
        numbers.put(Rule.MEM_010, List.of("admittedOn < birthDate + 18 years"));
        numbers.put(Rule.MEM_014, List.of("more than 3 months before asOf", "admittedOn + 1 year"));
        numbers.put(Rule.MEM_015, List.of("[admittedOn + 1 year + 6 months, admittedOn + 2 years]"));
        numbers.put(Rule.MEM_017, List.of("statusSince + 6 months is before asOf"));
        numbers.put(Rule.MEM_018, List.of("statusSince + 2 years is before asOf"));
        numbers.put(Rule.GRID_004, List.of("more than 500 households"));
        numbers.put(Rule.GRID_005, List.of("above 2500"));
        numbers.put(Rule.PST_004, List.of("startDate + 2 years"));
        numbers.put(Rule.PST_008, List.of("fullMemberOn + 1 year must be on or before startDate"));
        numbers.put(Rule.IDN_004, List.of("11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83"));
        numbers.put(Rule.DEV_006, List.of("appliedOn + 1 month"));
        numbers.put(Rule.DEV_007, List.of("activistOn + 1 year"));
        numbers.put(Rule.DEV_014, List.of("below 24"));
        numbers.put(Rule.DEV_018, List.of("fewer than 5 weekdays"));
        numbers.put(Rule.DUE_002, List.of("up to 3000 yuan 0.5%, up to 5000 1%, up to 10000 1.5%, above 2%",
                "up to 5000 0.5%, above 1%", "0.20 yuan", "rounded half up to the fen"));
        numbers.put(Rule.DUE_020, List.of("6 or more consecutive whole calendar months"));
        numbers.put(Rule.TRF_007, List.of("issuedOn + 3 months is before asOf"));
        numbers.put(Rule.ELC_005, List.of("present × 5 ≤ eligible × 4"));
        numbers.put(Rule.ELC_006, List.of("candidates × 5 < seats × 6"));
        numbers.put(Rule.ELC_007, List.of("votes × 2 ≤ eligible"));
        numbers.forEach((rule, texts) -> assertThat(rule.explanation(Locale.ENGLISH).checks()).as(rule.id()).contains(texts));

        Map<Rule, List<String>> chinese = new HashMap<>();
        chinese.put(Rule.ORG_010, List.of("少于 3 人"));
        chinese.put(Rule.ORG_011, List.of("超过 50 人"));
        chinese.put(Rule.ORG_012, List.of("100 人及以上", "少于 50 人", "少于 100 人"));
        chinese.put(Rule.ORG_022, List.of("3 至 5 人", "不超过 7 人"));
        chinese.put(Rule.MEM_015, List.of("[admittedOn + 1 年 + 6 个月, admittedOn + 2 年]"));
        chinese.put(Rule.DUE_002, List.of("3000 元以下 0.5%，3000 元以上至 5000 元 1%，5000 元以上至 10000 元 1.5%，10000 元以上 2%",
                "5000 元以下 0.5%，5000 元以上 1%", "0.20 元"));
        chinese.put(Rule.ELC_005, List.of("五分之四", "present × 5 ≤ eligible × 4"));
        chinese.put(Rule.ELC_006, List.of("candidates × 5 < seats × 6"));
        chinese.put(Rule.DEV_015, List.of("present × 2 ≤ eligible", "inFavor × 2 ≤ eligible"));
        chinese.forEach((rule, texts) -> assertThat(rule.explanation(Locale.SIMPLIFIED_CHINESE).checks()).as(rule.id()).contains(texts));
    }

    @Test
    void sourcesNameTheRegulationAndLinkTheFormatSections() {
        RuleExplanation org010 = Rule.ORG_010.explanation(Locale.ENGLISH);
        assertThat(org010.source()).isEqualTo("中国共产党章程 (Party Constitution) Art. 30; 中国共产党支部工作条例（试行） "
                + "(Branch Work Regulations, 2018) Art. 4");
        assertThat(org010.links()).isEmpty();
        assertThat(Rule.ORG_010.explanation(Locale.CHINA).source()).isEqualTo("《中国共产党章程》第三十条；《中国共产党支部工作条例（试行）》（2018）第四条");

        RuleExplanation doc001 = Rule.DOC_001.explanation(Locale.ENGLISH);
        assertThat(doc001.links()).containsExactly(URI.create(Rule.DOCUMENTATION_BASE + "format.md#document-form"),
                URI.create(Rule.DOCUMENTATION_BASE + "format.md#stream-form"));
        assertThat(doc001.source()).endsWith("docs/format.md, Stream form (" + Rule.DOCUMENTATION_BASE + "format.md#stream-form)");
        assertThat(Rule.DOC_010.explanation(Locale.ENGLISH).links()).hasSize(5);
        assertThat(Rule.ORG_001.explanation(Locale.CHINA).source())
                .isEqualTo("docs/format.md「Organization」 (" + Rule.DOCUMENTATION_BASE + "format.md#organization)");
        assertThat(Rule.DOC_018.explanation(Locale.ENGLISH).links()).containsExactly(URI.create(Rule.DOCUMENTATION_BASE + "format.md#read-limits"));
        for (Rule rule : Rule.values()) {
            boolean namesFormat = rule.source().contains("docs/format.md") || rule.source().contains("reader limits");
            assertThat(rule.explanation(Locale.ENGLISH).links().isEmpty()).as(rule.id() + " " + rule.source()).isEqualTo(!namesFormat);
        }
    }

    @Test
    void bothLanguagesExplainTheSameRulesAndNothingElse() throws IOException {
        Properties en = resource("explanations.properties");
        Properties zh = resource("explanations_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> ids = new HashSet<>();
        for (Rule r : Rule.values()) {
            ids.add(r.id());
            assertThat(en.getProperty(r.id() + ".severity") != null).as(r.id() + ".severity for a rule with two severities")
                    .isEqualTo(r.lesserSeverity().isPresent());
        }
        Set<String> unknown = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String id = key.substring(0, key.lastIndexOf('.'));
            if (!key.startsWith("label.") && !key.startsWith("default.") && !ids.contains(id)) {
                unknown.add(key);
            }
            assertThat(key).matches("(label|default\\.severity)\\.[A-Za-z]+|[A-Z]+-\\d{3}\\.(checks|severity|source|fix)");
        }
        assertThat(unknown).as("keys of no rule").isEmpty();
        assertThat(resource("explanation-examples.properties").stringPropertyNames()).isEqualTo(ids);
    }

    @Test
    void theLanguageFollowsTheLocaleAndExplanationsAreShared() {
        assertThat(Rule.MEM_012.explanation(Locale.CHINA)).isSameAs(Rule.MEM_012.explanation(Locale.forLanguageTag("zh-TW")));
        assertThat(Rule.MEM_012.explanation(Locale.FRENCH)).isSameAs(Rule.MEM_012.explanation(Locale.ENGLISH));
        assertThatThrownBy(() -> Rule.MEM_012.explanation(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Rule.MEM_012.explanation(Locale.ENGLISH).links().add(URI.create("x:y")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Rule.ORG_022.documentationUrl()).isEqualTo(URI.create("https://github.com/partyorg/partyorg/blob/main/docs/rules.md#org-022"));
        assertThat(Rule.ORG_022.explanation(Locale.ENGLISH).toText()).startsWith("""
                ORG-022  ERROR / WARNING  Branch committee size
                Record: organization   Field: leadership/officers

                What it checks:
                  The committee of a BRANCH or JOINT_BRANCH""").endsWith("""
                How to fix the data:
                  List every elected committee member in officers, each once. If the committee really has fewer than 3 \
                members the branch should elect a complete committee; if it has more than 7, check for former officers still listed.

                More: https://github.com/partyorg/partyorg/blob/main/docs/rules.md#org-022
                """);
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = Pattern.compile("^#{1,6} (.+)$").matcher(line);
            if (!fenced && m.matches()) {
                String slug = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                out.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return out;
    }

    @Test
    void everyLinkLeadsToAHeadingThatExists() throws IOException {
        Set<String> rules = anchors(RULES_MD);
        Set<String> format = anchors(FORMAT_MD);
        List<String> broken = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            URI url = rule.documentationUrl();
            assertThat(url.toString()).startsWith(Rule.DOCUMENTATION_BASE + "rules.md#");
            if (!rules.contains(url.getFragment())) {
                broken.add(url.toString());
            }
            for (URI link : rule.explanation(Locale.ENGLISH).links()) {
                assertThat(link.toString()).startsWith(Rule.DOCUMENTATION_BASE + "format.md#");
                if (!format.contains(link.getFragment())) {
                    broken.add(rule.id() + " -> " + link);
                }
            }
        }
        // the relative links of docs/rules.md itself: into format.md and to its own anchors
        Matcher m = Pattern.compile("\\]\\((format\\.md)?#([^)]+)\\)").matcher(Files.readString(RULES_MD, StandardCharsets.UTF_8));
        while (m.find()) {
            if (!(m.group(1) == null ? rules : format).contains(m.group(2))) {
                broken.add("docs/rules.md: " + m.group());
            }
        }
        assertThat(broken).as("links to headings that do not exist").isEmpty();
    }
}
