package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.partyorg.core.Dataset;

/** Test helper: validates and compares findings as (rule id, severity, path) triples. */
final class RuleAssert {
    private RuleAssert() {
    }

    static ValidationReport validate(Dataset ds) {
        return DatasetValidator.create().validate(ds);
    }

    static Tuple finding(String ruleId, Severity severity, String path) {
        return tuple(ruleId, severity, path);
    }

    /** Asserts that validation finds exactly these findings, in report order. */
    static void assertFindings(Dataset ds, Tuple... expected) {
        ValidationReport report = validate(ds);
        assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(expected);
    }

    /** Asserts that the dataset breaks no rule. */
    static void assertClean(Dataset ds) {
        ValidationReport report = validate(ds);
        assertThat(report.findings()).as("findings of a dataset that should be clean").isEmpty();
    }

    static List<Finding> findings(Dataset ds, String ruleId) {
        return validate(ds).findings(ruleId);
    }
}
