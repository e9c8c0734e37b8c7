package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaselineTest {
    @Test
    void theBaselineBreaksNoRule() {
        ValidationReport report = RuleAssert.validate(ValidData.dataset());
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(3 + 5 + 1 + 1 + 1);
        assertThat(report.isComplete()).isTrue();
    }
}
