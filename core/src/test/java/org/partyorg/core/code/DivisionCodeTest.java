package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "520000000000,PROVINCE", "522600000000,PREFECTURE", "522631000000,COUNTY",
        "522631206000,TOWNSHIP", "522631206200,VILLAGE", "000000000000,NATIONAL"})
    void levelIsTheLastNonZeroSegment(String text, DivisionLevel level) {
        assertThat(DivisionCode.parse(text).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"52263120620", "5226312062000", "52263120620A", "", "520000000001", "000000000100",
        // a 00 county segment is allowed only under a non-zero prefecture, and only before a township
        "440000003001", "441900000001"})
    void malformedCodes(String text) {
        DivisionCode code = DivisionCode.lenient(text);
        assertThat(code.isWellFormed()).isFalse();
        assertThat(code.problem()).contains(CodeProblem.DIVISION_CODE_FORMAT);
        assertThatThrownBy(code::level).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void aPrefectureWithoutCountiesHasTownshipsUnderA00CountySegment() {
        DivisionCode street = DivisionCode.parse("441900003000"); // 东莞市东城街道
        DivisionCode village = DivisionCode.parse("441900003001");
        assertThat(street.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(village.isVillageLevel()).isTrue();
        assertThat(DivisionCode.parse("441900000000").level()).isEqualTo(DivisionLevel.PREFECTURE);
        assertThat(DivisionCode.parse("441900000000").contains(village)).isTrue();
        assertThat(street.contains(village)).isTrue();
    }

    @Test
    void villageLevelMeansTheLastThreeDigitsAreNotZero() {
        assertThat(DivisionCode.parse("520115007005").isVillageLevel()).isTrue();
        assertThat(DivisionCode.parse("520115007000").isVillageLevel()).isFalse();
    }

    @Test
    void containmentUsesThePrefixAtTheContainersLevel() {
        DivisionCode county = DivisionCode.parse("522631000000");
        DivisionCode township = DivisionCode.parse("522631206000");
        DivisionCode village = DivisionCode.parse("522631206200");
        assertThat(county.contains(village)).isTrue();
        assertThat(township.contains(village)).isTrue();
        assertThat(village.contains(village)).isTrue();
        assertThat(village.contains(township)).isFalse();
        assertThat(township.contains(DivisionCode.parse("522631207201"))).isFalse();
        assertThat(DivisionCode.parse("000000000000").contains(village)).isTrue();
    }

    @Test
    void parentAndTruncation() {
        DivisionCode village = DivisionCode.parse("522631206200");
        assertThat(village.parent()).contains(DivisionCode.parse("522631206000"));
        assertThat(DivisionCode.parse("520000000000").parent()).isEmpty();
        assertThat(village.truncate(DivisionLevel.COUNTY)).isEqualTo(DivisionCode.parse("522631000000"));
        assertThat(village.prefix()).isEqualTo("522631206200");
        assertThat(DivisionCode.ofPrefix("522631206")).isEqualTo(DivisionCode.parse("522631206000"));
        assertThat(village.toLong()).isEqualTo(522631206200L);
    }

    @Test
    void lenientKeepsTheTextExactly() {
        assertThat(DivisionCode.lenient(" 52").text()).isEqualTo(" 52");
    }
}
