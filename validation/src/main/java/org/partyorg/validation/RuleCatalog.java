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

    /**
     * @return the Markdown page {@code docs/rules.md}, in Chinese and English: per group of rules a table,
     *     then each rule's explanation ({@link Rule#explanation(Locale)}) under a heading whose anchor
     *     {@link Rule#documentationUrl()} names
     */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog / 规则目录\n\n");
        md.append("<!-- Generated from org.partyorg.validation.Rule, ContributorValidationMessages*.properties and the rule\n");
        md.append("     explanations (validation/src/main/resources/org/partyorg/validation/explanation*.properties) by\n");
        md.append("     RuleCatalog.markdown(); RuleCatalogTest fails when this file is stale. Regenerate with\n");
        md.append("     ./mvnw -pl validation -am test -Dtest=RuleCatalogTest -Dpartyorg.regenerate=true -->\n\n");
        md.append("Every check partyorg makes, with its stable id (ids are never reused), severity, the record it judges,\n");
        md.append("the field a finding's `path` points at (relative to the record; empty for the record itself; `<n>` is a\n");
        md.append("list index) and the regulation or standard it comes from. Rules marked ERROR / WARNING report either,\n");
        md.append("as the rule's text says. Below each table every rule is explained: what it checks, when it is an ERROR\n");
        md.append("and when a WARNING, its source, an example that breaks it (a fragment of a dataset with only the fields\n");
        md.append("that matter) and how to fix the data. `partyorg rules RULE-ID` prints the same, and each finding of the\n");
        md.append("JSON report links here (`ruleUrl`).\n\n");
        md.append("partyorg 的每项校验：稳定的规则编号（编号永不复用）、严重程度、所判断的记录、发现项 `path` 指向的字段\n");
        md.append("（相对于记录；为空表示记录本身；`<n>` 为列表下标）以及依据的法规或标准。每张表之后逐条说明：检查内容、\n");
        md.append("何时为 ERROR、何时为 WARNING、依据、违反示例（数据集片段，只列相关字段）和修改方法。\n");
        md.append("`partyorg rules 规则编号` 输出同样的内容，JSON 报告中的每个发现项都链接到这里（`ruleUrl`）。\n\n");
        List<Entry> zh = entries(Locale.SIMPLIFIED_CHINESE);
        List<Entry> en = entries(Locale.ENGLISH);
        Rule[] rules = Rule.values();
        String group = "";
        int groupStart = 0;
        for (int i = 0; i <= en.size(); i++) {
            String g = i == en.size() ? "" : en.get(i).id().substring(0, en.get(i).id().indexOf('-'));
            if (!g.equals(group)) {
                for (int j = groupStart; j < i; j++) {
                    md.append(RuleExplanations.markdown(rules[j]));
                }
                if (i == en.size()) {
                    break;
                }
                group = g;
                groupStart = i;
                md.append("\n## ").append(groupTitle(g)).append("\n\n");
                md.append("| id | severity | record | field | 规则 | rule | source |\n");
                md.append("|---|---|---|---|---|---|---|\n");
            }
            Entry e = en.get(i);
            md.append("| [").append(e.id()).append("](#").append(RuleExplanations.anchor(rules[i])).append(") | ")
                    .append(e.severity()).append(" | ").append(e.recordType())
                    .append(" | ").append(cell(e.field()))
                    .append(" | ").append(cell(zh.get(i).title())).append(" | ").append(cell(e.title()))
                    .append(" | ").append(cell(RuleExplanations.sourceMarkdown(rules[i]))).append(" |\n");
            if (i == en.size() - 1 || !rules[i + 1].id().startsWith(g + "-")) {
                md.append("\n");
            }
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
            case "PST" -> "PST: first-secretary and work-team postings / 驻村第一书记与工作队";
            case "DEV" -> "DEV: from application to admission / 发展党员";
            case "MTG" -> "MTG: meetings / 三会一课与组织生活";
            case "DUE" -> "DUE: dues / 党费";
            case "TRF" -> "TRF: transfers of the organizational relationship / 组织关系转接";
            case "ELC" -> "ELC: elections / 换届选举";
            default -> throw new IllegalStateException("no title for the rule group " + group);
        };
    }

    private static String severity(Rule r) {
        return r.severity().name() + r.lesserSeverity().map(s -> " / " + s.name()).orElse("");
    }

    private static String cell(String text) {
        return RuleExplanations.escape(text).replace("|", "\\|");
    }
}
