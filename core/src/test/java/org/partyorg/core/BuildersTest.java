package org.partyorg.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.code.ResidentIdNumber;

/** Every record's builder sets each component it names, invents nothing, and {@code toBuilder} copies. */
class BuildersTest {

    @ParameterizedTest
    @ValueSource(classes = {Organization.class, Member.class, Grid.class, ServiceRecord.class, Posting.class,
        Application.class, Meeting.class, DuesPayment.class, Transfer.class, Election.class, Dataset.class})
    void builderSetsEveryComponentAndInventsNothing(Class<? extends Record> type) throws Exception {
        Object empty = build(type.getMethod("builder").invoke(null));
        for (RecordComponent c : type.getRecordComponents()) {
            Object value = c.getAccessor().invoke(empty);
            if (c.getType() == List.class) {
                assertThat((List<?>) value).as(c.getName()).isEmpty();
            } else {
                assertThat(value).as(c.getName()).isNull();
            }
        }

        Object builder = type.getMethod("builder").invoke(null);
        for (RecordComponent c : type.getRecordComponents()) {
            builder.getClass().getMethod(c.getName(), c.getType()).invoke(builder, sample(c));
        }
        Object full = build(builder);
        for (RecordComponent c : type.getRecordComponents()) {
            assertThat(c.getAccessor().invoke(full)).as(c.getName()).isEqualTo(sample(c));
        }
        assertThat(build(type.getMethod("toBuilder").invoke(full))).isEqualTo(full);
    }

    @Test
    void aChangedCopy() {
        Member m = Member.builder().id("m-1").name("张三").stage(MemberStage.FULL).build();
        Member moved = m.toBuilder().orgId("b-2").build();
        assertThat(moved.orgId()).isEqualTo("b-2");
        assertThat(moved.name()).isEqualTo("张三");
        assertThat(m.orgId()).isNull();
    }

    private static Object build(Object builder) throws Exception {
        Method build = builder.getClass().getMethod("build");
        return build.invoke(builder);
    }

    /** A non-null value of the component's type: the builder must hand exactly it to the record. */
    private static Object sample(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return c.getName() + "-value";
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2023, 8, 18);
        }
        if (t == YearMonth.class) {
            return YearMonth.of(2023, 8);
        }
        if (t == Integer.class) {
            return 7;
        }
        if (t == Boolean.class) {
            return Boolean.TRUE;
        }
        if (t == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == ResidentIdNumber.class) {
            return ResidentIdNumber.lenient("11010519491231002X");
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t.isRecord()) {
            return null; // nested records are covered by their own tests; null passes through unchanged
        }
        try {
            Method lenient = t.getMethod("lenient", String.class);
            return lenient.invoke(null, "x");
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
