package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallCodesTest {

    @Test
    void gridCodesAreFifteenDigitsStartingWithTheirDivision() {
        DivisionCode village = DivisionCode.parse("522631206200");
        assertThat(GridCode.lenient("522631206200001").problem(village)).isEmpty();
        assertThat(GridCode.lenient("522631206202001").problem(village)).contains(CodeProblem.GRID_CODE_DIVISION);
        assertThat(GridCode.lenient("52263120620001").problem(village)).contains(CodeProblem.GRID_CODE_FORMAT);
        assertThat(GridCode.lenient("52263120620000A").problem(null)).contains(CodeProblem.GRID_CODE_FORMAT);
        assertThat(GridCode.of(village, 7).text()).isEqualTo("522631206200007");
        assertThat(GridCode.of(village, 7).divisionPart()).contains("522631206200");
        assertThatThrownBy(() -> GridCode.parse("123")).isInstanceOf(InvalidCodeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "19912345678", "15000000000"})
    void mobileNumbers(String text) {
        assertThat(PhoneNumber.parse(text).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380000", "0851-1234567", "1380013800a"})
    void notMobileNumbers(String text) {
        assertThat(PhoneNumber.lenient(text).isValid()).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOf(InvalidCodeException.class)
                .satisfies(e -> assertThat(((InvalidCodeException) e).problem()).isEqualTo(CodeProblem.PHONE_FORMAT));
    }

    @Test
    void phoneToStringShowsOnlyTheLastFourDigits() {
        assertThat(PhoneNumber.lenient("13800138000").toString()).isEqualTo("*******8000");
        assertThat(PhoneNumber.lenient("138").toString()).isEqualTo("***");
    }

    @Test
    void codeListsFindByCode() {
        assertThat(Sex.ofCode("1")).isEqualTo(Sex.MALE);
        assertThat(Sex.findByCode("3")).isEmpty();
        assertThat(Ethnicity.values()).hasSize(56);
        assertThat(Ethnicity.ofCode("01").chineseName()).isEqualTo("汉族");
        assertThat(Ethnicity.ofCode("09").chineseName()).isEqualTo("布依族");
        assertThat(Ethnicity.ofCode("56").chineseName()).isEqualTo("基诺族");
        assertThat(Ethnicity.findByCode("57")).isEmpty();
        assertThat(Ethnicity.findByCode("00")).isEmpty();
        assertThat(Ethnicity.findByCode("1")).isEmpty();
        assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code).distinct()).hasSize(56);
        assertThat(Education.ofCode("21").family()).isEqualTo(Education.UNDERGRADUATE);
        assertThat(Education.ofCode("31").isCollegeOrAbove()).isTrue();
        assertThat(Education.ofCode("61").isCollegeOrAbove()).isFalse();
        assertThat(Education.findByCode("99")).isEmpty();
        assertThatThrownBy(() -> Education.ofCode("99")).isInstanceOf(InvalidCodeException.class)
                .satisfies(e -> assertThat(((InvalidCodeException) e).problem()).isEqualTo(CodeProblem.UNKNOWN_CODE));
    }
}
