package org.partyorg.validation.internal.beanvalidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without Hibernate Validator, a filled message is escaped so that any provider's interpolation keeps it. */
class ConstraintContextSinkTest {
    @Test
    void escapesWhatMessageTemplatesInterpret() {
        assertThat(ConstraintContextSink.escape("MEM-010 {value} costs $5 \\ more"))
                .isEqualTo("MEM-010 \\{value\\} costs \\$5 \\\\ more");
        assertThat(ConstraintContextSink.escape("入党日期 1990-07-01 早于年满 18 周岁之日")).isEqualTo("入党日期 1990-07-01 早于年满 18 周岁之日");
    }

    @Test
    void propertyPathsFromPointers() {
        assertThat(ConstraintContextSink.propertyPath("/leadership/officers/2/role")).isEqualTo("leadership.officers[2].role");
        assertThat(ConstraintContextSink.propertyPath("")).isEmpty();
    }
}
