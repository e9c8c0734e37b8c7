package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.partyorg.core.PartyOrgException;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.RuleCatalog;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/guides/severities.md. */
class SeveritiesGuideTest {
    private static final Path MISTAKES = Path.of("docs/examples/koujiang-village-mistakes.json");

    @Test
    void aProfile() {
        Stdout stdout = Stdout.capture();
        // tag::severity-profile[]
        ValidationOptions profile = ValidationOptions.defaults()
                .withLocale(Locale.ENGLISH)
                .withSeverity("GRID-004", Severity.INFO)      // our grids are large by design
                .withSeverity("MEM-010", Severity.WARNING)    // legacy records, corrected over time
                .withRulesDisabled("IDN-030", "IDN-011")      // phones and credit codes are checked elsewhere
                .withMaxListedFindings(1_000);               // list the first 1000, count them all
        ValidationReport report = PartyOrg.validate(MISTAKES, profile);
        for (Finding f : report.findings()) {
            System.out.println(f.severity() + " " + f.ruleId() + " " + f.path());
        }
        System.out.println("errors: " + report.errors() + ", at least a warning: " + report.hasFindingsAtLeast(Severity.WARNING));
        // end::severity-profile[]
        stdout.stopAndCompare("severity-profile");
        assertThat(report.isTruncated()).isFalse();
    }

    @Test
    void failFast() {
        // tag::severity-fail-fast[]
        ValidationOptions quickCheck = ValidationOptions.defaults().withStopAfterErrors(1);
        ValidationReport report = PartyOrg.validate(MISTAKES, quickCheck);
        System.out.println(report.isComplete());   // false: validation stopped at the first error
        // end::severity-fail-fast[]
        assertThat(report.isComplete()).isFalse();
        assertThat(report.errors()).isEqualTo(1);
    }

    // tag::severity-properties[]
    /** A profile from a file of lines such as {@code GRID-004=INFO} or {@code IDN-030=OFF}. */
    static ValidationOptions profile(Properties lines, Locale locale) {
        ValidationOptions options = ValidationOptions.defaults().withLocale(locale);
        for (String ruleId : lines.stringPropertyNames()) {
            String value = lines.getProperty(ruleId).strip();
            options = value.equals("OFF")
                    ? options.withRulesDisabled(ruleId)
                    : options.withSeverity(ruleId, Severity.valueOf(value));   // unknown ids throw PartyOrgException
        }
        return options;
    }
    // end::severity-properties[]

    @Test
    void aProfileFromAFile() throws IOException {
        Properties lines = new Properties();
        lines.load(new StringReader("GRID-004=INFO\nMEM-010=WARNING\nIDN-030=OFF\n"));
        ValidationOptions options = profile(lines, Locale.ENGLISH);
        assertThat(options.severityOverride(Rule.GRID_004)).contains(Severity.INFO);
        assertThat(options.isEnabled(Rule.IDN_030)).isFalse();
        ValidationReport report = DatasetReader.create().withOptions(options).validate(MISTAKES);
        assertThat(report.errors()).isEqualTo(1);
        lines.setProperty("ORG-9999", "ERROR");
        assertThatThrownBy(() -> profile(lines, Locale.ENGLISH)).isInstanceOf(PartyOrgException.class)
                .hasMessageContaining("ORG-9999");
    }

    @Test
    void theCatalog() {
        Stdout stdout = Stdout.capture();
        // tag::severity-catalog[]
        Rule rule = Rule.ofId("ORG-022");
        System.out.println(rule.severity() + " / " + rule.lesserSeverity().orElse(null) + ": " + RuleCatalog.title(rule, Locale.ENGLISH));
        for (RuleCatalog.Entry e : RuleCatalog.entries(Locale.SIMPLIFIED_CHINESE)) {
            if (e.id().startsWith("GRID-")) {
                System.out.println(e.id() + " " + e.severity() + " " + e.title());
            }
        }
        // end::severity-catalog[]
        stdout.stopAndCompare("severity-catalog");
    }
}
