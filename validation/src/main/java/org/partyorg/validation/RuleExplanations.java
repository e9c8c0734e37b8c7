package org.partyorg.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The explanations of the rules ({@link Rule#explanation(Locale)}), read once from
 * {@code explanations.properties}, {@code explanations_zh.properties} and
 * {@code explanation-examples.properties} beside this class, and the links into the project's docs:
 * each rule's entry in {@code docs/rules.md} and the sections of {@code docs/format.md} that a rule's
 * {@link Rule#source()} names ({@code docs/format.md §3}, {@code docs/format.md Conventions}).
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class RuleExplanations {
    /** The page of the rule catalog, relative to the docs folder. */
    static final String RULES_PAGE = "rules.md";
    /** The page of the format reference, relative to the docs folder. */
    static final String FORMAT_PAGE = "format.md";

    /**
     * A section of docs/format.md.
     *
     * @param label its heading
     * @param anchor the heading's anchor (GitHub's: lower case, punctuation dropped, spaces as hyphens)
     */
    record Section(String label, String anchor) {
    }

    /** The sections that Rule.source() names, by number (as the format's sections were numbered) or name. */
    private static final Map<String, Section> SECTIONS = Map.ofEntries(
            Map.entry("1", new Section("Document form", "document-form")),
            Map.entry("2", new Section("Stream form", "stream-form")),
            Map.entry("3", new Section("Organization", "organization")),
            Map.entry("4", new Section("Member", "member")),
            Map.entry("5", new Section("Grid", "grid")),
            Map.entry("6", new Section("ServiceRecord", "servicerecord")),
            Map.entry("7", new Section("Posting", "posting")),
            Map.entry("8", new Section("Findings and the JSON report", "findings-and-the-json-report")),
            Map.entry("9", new Section("Format 1.1: the working life of a branch", "format-11-the-working-life-of-a-branch")),
            Map.entry("10", new Section("Application", "application")),
            Map.entry("11", new Section("Meeting", "meeting")),
            Map.entry("12", new Section("DuesPayment", "duespayment")),
            Map.entry("13", new Section("Transfer", "transfer")),
            Map.entry("14", new Section("Election", "election")),
            Map.entry("Conventions", new Section("Conventions", "conventions")),
            Map.entry("limits", new Section("Read limits", "read-limits")));

    private static final String FORMAT_PREFIX = "docs/format.md";
    private static final String READER_LIMITS = "partyorg reader limits";
    private static final String CATALOG_SELF = "docs/rules.md";

    private static final URI[] URLS = new URI[Rule.values().length];

    static {
        for (Rule r : Rule.values()) {
            URLS[r.ordinal()] = URI.create(Rule.DOCUMENTATION_BASE + RULES_PAGE + "#" + anchor(r));
        }
    }

    private RuleExplanations() {
    }

    /** The texts, loaded on first use. */
    private static final class Texts {
        static final Properties ENGLISH = load("explanations.properties");
        static final Properties CHINESE = load("explanations_zh.properties");
        static final Properties EXAMPLES = load("explanation-examples.properties");
        static final RuleExplanation[] ENGLISH_EXPLANATIONS = all(false);
        static final RuleExplanation[] CHINESE_EXPLANATIONS = all(true);

        private static RuleExplanation[] all(boolean chinese) {
            RuleExplanation[] out = new RuleExplanation[Rule.values().length];
            for (Rule r : Rule.values()) {
                out[r.ordinal()] = build(r, chinese);
            }
            return out;
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = RuleExplanations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + RuleExplanations.class.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * @param rule a rule
     * @return its anchor in docs/rules.md: its id in lower case, e.g. {@code org-022}
     */
    static String anchor(Rule rule) {
        return rule.id().toLowerCase(Locale.ROOT);
    }

    /**
     * @param rule a rule
     * @return the address of its entry in the published docs/rules.md
     */
    static URI documentationUrl(Rule rule) {
        return URLS[rule.ordinal()];
    }

    /**
     * @param rule a rule
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return its explanation
     */
    static RuleExplanation explain(Rule rule, Locale locale) {
        return (isChinese(locale) ? Texts.CHINESE_EXPLANATIONS : Texts.ENGLISH_EXPLANATIONS)[rule.ordinal()];
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static Properties texts(boolean chinese) {
        return chinese ? Texts.CHINESE : Texts.ENGLISH;
    }

    private static String required(Properties p, String key) {
        String text = p.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("rule explanations: no text for " + key);
        }
        return text.strip();
    }

    private static String label(boolean chinese, String name) {
        return required(texts(chinese), "label." + name);
    }

    private static RuleExplanation build(Rule rule, boolean chinese) {
        Properties p = texts(chinese);
        String id = rule.id();
        String severity = p.getProperty(id + ".severity");
        if (severity == null) {
            severity = required(p, "default.severity." + rule.severity().name());
        }
        List<Section> sections = formatSections(rule.source());
        List<URI> links = new ArrayList<>();
        StringBuilder source = new StringBuilder(regulation(p, id));
        for (Section s : sections) {
            URI link = sectionUrl(s);
            links.add(link);
            appendItem(source, chinese, formatReference(chinese, s) + " (" + link + ")");
        }
        if (source.isEmpty()) {
            throw new IllegalStateException("rule explanations: no source for " + id);
        }
        return new RuleExplanation(rule, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                RuleCatalog.title(rule, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH),
                required(p, id + ".checks"), severity.strip(), source.toString(), links,
                required(Texts.EXAMPLES, id), required(p, id + ".fix"), documentationUrl(rule));
    }

    private static String regulation(Properties p, String id) {
        String text = p.getProperty(id + ".source");
        return text == null ? "" : text.strip();
    }

    private static void appendItem(StringBuilder out, boolean chinese, String item) {
        if (!out.isEmpty()) {
            out.append(chinese ? "；" : "; ");
        }
        out.append(item);
    }

    private static String formatReference(boolean chinese, Section s) {
        return label(chinese, "formatReference").replace("{0}", s.label());
    }

    private static URI sectionUrl(Section s) {
        return URI.create(Rule.DOCUMENTATION_BASE + FORMAT_PAGE + "#" + s.anchor());
    }

    /**
     * @param source a rule's {@link Rule#source()}
     * @return the sections of docs/format.md it names, in order
     */
    static List<Section> formatSections(String source) {
        List<Section> out = new ArrayList<>();
        for (String item : source.split("; ")) {
            out.addAll(sectionsOf(item));
        }
        return out;
    }

    private static List<Section> sectionsOf(String item) {
        List<Section> out = new ArrayList<>();
        if (item.equals(READER_LIMITS)) {
            out.add(SECTIONS.get("limits"));
        } else if (item.startsWith(FORMAT_PREFIX + " §")) {
            String numbers = item.substring(FORMAT_PREFIX.length() + 2).split(" ")[0];
            int dash = numbers.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? numbers : numbers.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(numbers.substring(dash + 1));
            for (int n = from; n <= to; n++) {
                out.add(section(String.valueOf(n), item));
            }
        } else if (item.startsWith(FORMAT_PREFIX + " ")) {
            out.add(section(item.substring(FORMAT_PREFIX.length() + 1).split(" ")[0], item));
        }
        return out;
    }

    private static Section section(String key, String item) {
        Section s = SECTIONS.get(key);
        if (s == null) {
            throw new IllegalStateException("rule source names no known section of docs/format.md: " + item);
        }
        return s;
    }

    /**
     * A rule's source for the catalog's table in docs/rules.md: references to docs/format.md become
     * links to its sections, a reference to docs/rules.md a link to the rule's entry.
     *
     * @param rule a rule
     * @return Markdown
     */
    static String sourceMarkdown(Rule rule) {
        StringBuilder out = new StringBuilder();
        for (String item : rule.source().split("; ")) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            List<Section> sections = sectionsOf(item);
            if (item.equals(CATALOG_SELF)) {
                out.append("[").append(rule.id()).append("](#").append(anchor(rule)).append(")");
            } else if (sections.isEmpty()) {
                out.append(item);
            } else {
                List<String> links = new ArrayList<>();
                for (Section s : sections) {
                    links.add("[" + s.label() + "](" + FORMAT_PAGE + "#" + s.anchor() + ")");
                }
                out.append(String.join(", ", links));
                int space = item.indexOf(" (");
                if (space > 0) {
                    out.append(item.substring(space));
                }
            }
        }
        return out.toString();
    }

    /**
     * @param e an explanation
     * @return the text {@link RuleExplanation#toText()} describes
     */
    static String text(RuleExplanation e) {
        boolean chinese = isChinese(e.locale());
        Rule r = e.rule();
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append("  ").append(severities(r)).append("  ").append(e.title()).append('\n');
        out.append(label(chinese, "record")).append(chinese ? "：" : ": ").append(recordType(r, chinese))
                .append(chinese ? "　" : "   ").append(label(chinese, "field")).append(chinese ? "：" : ": ")
                .append(r.field().isEmpty() ? label(chinese, "wholeRecord") : r.field()).append('\n');
        paragraph(out, chinese, "checks", e.checks());
        paragraph(out, chinese, "severity", e.severity());
        paragraph(out, chinese, "source", e.source());
        paragraph(out, chinese, "example", e.example());
        paragraph(out, chinese, "fix", e.fix());
        out.append('\n').append(label(chinese, "more")).append(chinese ? "：" : ": ").append(e.documentationUrl()).append('\n');
        return out.toString();
    }

    private static void paragraph(StringBuilder out, boolean chinese, String name, String text) {
        out.append('\n').append(label(chinese, name)).append(chinese ? "：" : ":").append('\n');
        out.append("  ").append(text).append('\n');
    }

    private static String recordType(Rule r, boolean chinese) {
        return r.recordType().map(t -> t.wireName()).orElse(label(chinese, "anyRecord"));
    }

    /**
     * @param r a rule
     * @return its severity, or both of a rule with two, e.g. {@code ERROR / WARNING}
     */
    static String severities(Rule r) {
        return r.severity().name() + r.lesserSeverity().map(s -> " / " + s.name()).orElse("");
    }

    /**
     * The rule's entry in docs/rules.md: a heading whose anchor {@link Rule#documentationUrl()} names,
     * the titles, then the explanation in English and in Chinese and the example.
     *
     * @param r a rule
     * @return Markdown
     */
    static String markdown(Rule r) {
        RuleExplanation en = explain(r, Locale.ENGLISH);
        RuleExplanation zh = explain(r, Locale.SIMPLIFIED_CHINESE);
        StringBuilder md = new StringBuilder();
        md.append("### ").append(r.id()).append("\n\n");
        md.append("**").append(escape(en.title())).append("** / **").append(escape(zh.title())).append("**\n\n");
        md.append('`').append(severities(r)).append("` · ").append(r.recordType().map(t -> t.wireName()).orElse("-"));
        if (!r.field().isEmpty()) {
            md.append(" · `").append(r.field()).append('`');
        }
        md.append("\n\n");
        markdownParagraphs(md, en, false);
        markdownParagraphs(md, zh, true);
        md.append("**").append(label(false, "example")).append(" / ").append(label(true, "example")).append(":**\n\n");
        md.append("```json\n").append(en.example()).append("\n```\n\n");
        return md.toString();
    }

    private static void markdownParagraphs(StringBuilder md, RuleExplanation e, boolean chinese) {
        Properties p = texts(chinese);
        String colon = chinese ? "：" : ":";
        md.append("- **").append(label(chinese, "checks")).append(colon).append("** ").append(escape(e.checks())).append('\n');
        md.append("- **").append(label(chinese, "severity")).append(colon).append("** ").append(escape(e.severity())).append('\n');
        StringBuilder source = new StringBuilder(escape(regulation(p, e.rule().id())));
        for (Section s : formatSections(e.rule().source())) {
            appendItem(source, chinese, "[" + escape(formatReference(chinese, s)) + "](" + FORMAT_PAGE + "#" + s.anchor() + ")");
        }
        md.append("- **").append(label(chinese, "source")).append(colon).append("** ").append(source).append('\n');
        md.append("- **").append(label(chinese, "fix")).append(colon).append("** ").append(escape(e.fix())).append("\n\n");
    }

    /**
     * @param text plain text
     * @return the text safe in Markdown prose: {@code <} (as in {@code contacts/<n>}) would start an HTML tag
     */
    static String escape(String text) {
        return text.replace("<", "&lt;");
    }
}
