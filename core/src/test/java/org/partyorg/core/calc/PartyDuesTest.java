package org.partyorg.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyorg.core.PartyOrgException;

class PartyDuesTest {

    @ParameterizedTest(name = "{0} yuan after tax pays {1}")
    @CsvSource({
        "0, 0.00",
        "2999.99, 15.00",
        "3000, 15.00",          // top of the 0.5 % bracket is inclusive
        "3000.01, 30.00",       // 1 %
        "4999.99, 50.00",
        "5000, 50.00",
        "5000.01, 75.00",       // 1.5 %
        "9999.99, 150.00",
        "10000, 150.00",
        "10000.01, 200.00",     // 2 %
        "25000, 500.00"})
    void salariedBrackets(String base, String expected) {
        assertThat(PartyDues.monthly(DuesCategory.SALARIED, new BigDecimal(base))).isEqualByComparingTo(expected);
        assertThat(PartyDues.monthly(DuesCategory.ANNUAL_SALARY, new BigDecimal(base))).isEqualByComparingTo(expected);
        assertThat(PartyDues.monthly(DuesCategory.SELF_EMPLOYED, new BigDecimal(base))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "a pension of {0} pays {1}")
    @CsvSource({"4999.99, 25.00", "5000, 25.00", "5000.01, 50.00", "8000, 80.00"})
    void retireeBrackets(String base, String expected) {
        assertThat(PartyDues.monthly(DuesCategory.RETIREE, new BigDecimal(base))).isEqualByComparingTo(expected);
    }

    @Test
    void ratesAreExposedForLocalRounding() {
        assertThat(PartyDues.rate(DuesCategory.SALARIED, new BigDecimal("3000"))).isEqualByComparingTo("0.005");
        assertThat(PartyDues.rate(DuesCategory.SALARIED, new BigDecimal("3000.01"))).isEqualByComparingTo("0.01");
        assertThat(PartyDues.rate(DuesCategory.RETIREE, new BigDecimal("5000.01"))).isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> PartyDues.rate(DuesCategory.STUDENT, BigDecimal.ONE)).isInstanceOf(PartyOrgException.class);
    }

    @Test
    void fixedAmounts() {
        assertThat(PartyDues.monthly(DuesCategory.STUDENT, null)).isEqualByComparingTo("0.20");
        assertThat(PartyDues.monthly(DuesCategory.UNEMPLOYED, null)).isEqualByComparingTo("0.20");
        assertThat(PartyDues.monthly(DuesCategory.RELIEF, new BigDecimal("999"))).isEqualByComparingTo("0.20");
        assertThat(PartyDues.monthly(DuesCategory.FARMER, new BigDecimal("0.2"))).isEqualByComparingTo("0.20");
        assertThat(PartyDues.monthly(DuesCategory.FARMER, new BigDecimal("1"))).isEqualByComparingTo("1.00");
        assertThatThrownBy(() -> PartyDues.monthly(DuesCategory.FARMER, new BigDecimal("0.19"))).isInstanceOf(PartyOrgException.class);
        assertThatThrownBy(() -> PartyDues.monthly(DuesCategory.FARMER, new BigDecimal("1.01"))).isInstanceOf(PartyOrgException.class);
    }

    @Test
    void negativeBaseIsRefused() {
        assertThatThrownBy(() -> PartyDues.monthly(DuesCategory.SALARIED, new BigDecimal("-1")))
                .isInstanceOf(PartyOrgException.class).hasMessageContaining("negative");
    }
}
