package org.partyorg.validation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a rule of the catalog checks, in one language: the text that {@code partyorg rules RULE-ID}
 * prints and that {@code docs/rules.md} publishes under the rule's own heading. Obtained from
 * {@link Rule#explanation(Locale)}.
 *
 * <p>Immutable and thread-safe; no component is null and no text is empty.
 *
 * @param rule the rule
 * @param locale the language of the texts: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
 * @param title the rule's title, as in the catalog and the findings' language
 * @param checks what the rule checks, with its thresholds and conditions
 * @param severity when a finding is an ERROR and when a WARNING (or INFO)
 * @param source the regulation and article, or the standard, the rule comes from; references into the
 *     format reference are written with their address (see {@link #links()})
 * @param links the sections of the format reference ({@code docs/format.md}) that {@code source}
 *     refers to, as absolute addresses with the section's anchor; empty when it refers to none
 * @param example a short fragment of a dataset (document form, only the fields that matter) that breaks
 *     the rule; JSON, except for DOC-001, whose example is malformed on purpose
 * @param fix how to fix the data
 * @param documentationUrl the rule's entry in the published rule catalog, {@link Rule#documentationUrl()}
 */
public record RuleExplanation(Rule rule, Locale locale, String title, String checks, String severity, String source,
        List<URI> links, String example, String fix, URI documentationUrl) {

    /** Checks for nulls and copies {@code links}. */
    public RuleExplanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        links = List.copyOf(links);
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(documentationUrl, "documentationUrl");
    }

    /**
     * The explanation as {@code partyorg rules RULE-ID} prints it: the id, severities and title on the
     * first line, then the record and field, then one labelled paragraph per component, in this
     * explanation's language; lines end in {@code \n}.
     *
     * @return the text
     */
    public String toText() {
        return RuleExplanations.text(this);
    }
}
