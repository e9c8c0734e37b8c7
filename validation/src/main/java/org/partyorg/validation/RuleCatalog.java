package org.partyorg.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partyorg.validation.internal.rules.Messages;

/**
 * The rule catalog as data and as the published Markdown page ({@code docs/rules.md}), generated
 * from {@link Rule} and the message bundles so the two cannot drift.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    /**
     * One catalog entry in one language.
     *
     * @param id the rule id
     * @param severity the severity, e.g. {@code ERROR} or {@code ERROR / WARNING}
     * @param title the title in the requested language
     * @param recordType the record type's wire name, or {@code -} for several
     * @param field where findings point, relative to the record
     * @param source the regulation or standard
     */
    public record Entry(String id, String severity, String title, String recordType, String field, String source) {
    }

    /**
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return every rule, in catalog order
     */
    public static List<Entry> entries(Locale locale) {
        Messages messages = Messages.forLocale(Objects.requireNonNull(locale, "locale"));
        List<Entry> out = new ArrayList<>();
        for (Rule r : Rule.values()) {
            out.add(new Entry(r.id(), severity(r), messages.title(r),
                    r.recordType().map(t -> t.wireName()).orElse("-"), r.field(), r.source()));
        }
        return out;
    }

    /**
     * @param rule a rule
     * @param locale the language
     * @return its title
     */
    public static String title(Rule rule, Locale locale) {
        return Messages.forLocale(locale).title(rule);
    }

    /** @return the Markdown page {@code docs/rules.md}, in Chinese and English */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog / 规则目录\n\n");
        md.append("<!-- Generated from org.partyorg.validation.Rule and ContributorValidationMessages*.properties by\n");
        md.append("     RuleCatalog.markdown(); RuleCatalogTest fails when this file is stale. Regenerate with\n");
        md.append("     ./mvnw -pl validation -am test -Dtest=RuleCatalogTest -Dpartyorg.regenerate=true -->\n\n");
        md.append("Every check partyorg makes, with its stable id (ids are never reused), severity, the record it judges,\n");
        md.append("the field a finding's `path` points at (relative to the record; empty for the record itself; `<n>` is a\n");
        md.append("list index) and the regulation or standard it comes from. Rules marked ERROR / WARNING report either,\n");
        md.append("as the rule's text says.\n\n");
        md.append("partyorg 的每项校验：稳定的规则编号（编号永不复用）、严重程度、所判断的记录、发现项 `path` 指向的字段\n");
        md.append("（相对于记录；为空表示记录本身；`<n>` 为列表下标）以及依据的法规或标准。\n\n");
        List<Entry> zh = entries(Locale.SIMPLIFIED_CHINESE);
        List<Entry> en = entries(Locale.ENGLISH);
        String group = "";
        for (int i = 0; i < en.size(); i++) {
            Entry e = en.get(i);
            String g = e.id().substring(0, e.id().indexOf('-'));
            if (!g.equals(group)) {
                group = g;
                md.append("\n## ").append(groupTitle(g)).append("\n\n");
                md.append("| id | severity | record | field | 规则 | rule | source |\n");
                md.append("|---|---|---|---|---|---|---|\n");
            }
            md.append("| ").append(e.id()).append(" | ").append(e.severity()).append(" | ").append(e.recordType())
                    .append(" | ").append(cell(e.field()))
                    .append(" | ").append(cell(zh.get(i).title())).append(" | ").append(cell(e.title()))
                    .append(" | ").append(cell(e.source())).append(" |\n");
        }
        return md.toString();
    }

    private static String groupTitle(String group) {
        return switch (group) {
            case "DOC" -> "DOC: document shape / 文档结构";
            case "IDN" -> "IDN: identifiers and codes / 标识与代码";
            case "ORG" -> "ORG: organization tree and structure / 组织树与组织设置";
            case "MEM" -> "MEM: members / 党员";
            case "GRID" -> "GRID: grids / 网格";
            case "SVC" -> "SVC: grid service records / 网格服务记录";
            default -> "PST: first-secretary and work-team postings / 驻村第一书记与工作队";
        };
    }

    private static String severity(Rule r) {
        return r.severity().name() + r.lesserSeverity().map(s -> " / " + s.name()).orElse("");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
