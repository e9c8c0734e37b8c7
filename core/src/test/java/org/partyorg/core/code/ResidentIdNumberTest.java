package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 8, 18);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014"})
    void referenceVectorsAreValid(String text) {
        ResidentIdNumber id = ResidentIdNumber.parse(text);
        assertThat(id.isValid(AS_OF)).isTrue();
        assertThat(id.problem(AS_OF)).isEmpty();
        assertThat(id.text()).isEqualTo(text);
    }

    @Test
    void referenceVectorWithWrongCheckCharacterFailsTheChecksum() {
        ResidentIdNumber id = ResidentIdNumber.lenient("110105194912310021");
        assertThat(id.isWellFormed()).isTrue();
        assertThat(id.problem(AS_OF)).contains(CodeProblem.ID_NUMBER_CHECKSUM);
        assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
                .isInstanceOf(InvalidCodeException.class)
                .satisfies(e -> assertThat(((InvalidCodeException) e).problem()).isEqualTo(CodeProblem.ID_NUMBER_CHECKSUM))
                .hasMessageNotContaining("110105194912310021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "1101051949123100211", "11010519491231002Y", "1101051949123100A1", " 11010519491231002X"})
    void malformedTextIsAFormatProblem(String text) {
        assertThat(ResidentIdNumber.lenient(text).problem(AS_OF)).contains(CodeProblem.ID_NUMBER_FORMAT);
        assertThat(ResidentIdNumber.lenient(text).isWellFormed()).isFalse();
    }

    @Test
    void checksComeInOrderAndStopAtTheFirstFailure() {
        // bad region AND bad birth date: birth date is checked first
        String badDateBadRegion = withCheck("99010519990230001");
        assertThat(ResidentIdNumber.lenient(badDateBadRegion).problem(AS_OF)).contains(CodeProblem.ID_NUMBER_BIRTH_DATE);
        String badRegion = withCheck("99010519491231002");
        assertThat(ResidentIdNumber.lenient(badRegion).problem(AS_OF)).contains(CodeProblem.ID_NUMBER_REGION);
    }

    @Test
    void birthDateMustBeRealAndNotAfterAsOf() {
        assertThat(ResidentIdNumber.lenient(withCheck("52011519990230001")).problem(null))
                .contains(CodeProblem.ID_NUMBER_BIRTH_DATE);
        String bornAfter = withCheck("52011520230819001");
        assertThat(ResidentIdNumber.lenient(bornAfter).problem(AS_OF)).contains(CodeProblem.ID_NUMBER_BIRTH_DATE);
        String bornOn = withCheck("52011520230818001");
        assertThat(ResidentIdNumber.lenient(bornOn).problem(AS_OF)).isEmpty();
        // without a reference date only the calendar check applies
        assertThat(ResidentIdNumber.lenient(bornAfter).problem(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"11,true", "15,true", "16,false", "21,true", "24,false", "37,true", "41,true", "46,true", "47,false",
            "50,true", "54,true", "55,false", "61,true", "65,true", "66,false", "71,true", "72,false", "81,true",
            "83,true", "84,false", "10,false", "99,false"})
    void provinceCodes(int code, boolean valid) {
        assertThat(ResidentIdNumber.isProvinceCode(code)).isEqualTo(valid);
    }

    @Test
    void lowercaseXIsAcceptedKeptAndNormalised() {
        ResidentIdNumber id = ResidentIdNumber.lenient("11010519491231002x");
        assertThat(id.isValid(AS_OF)).isTrue();
        assertThat(id.hasLowercaseCheckCharacter()).isTrue();
        assertThat(id.text()).isEqualTo("11010519491231002x");
        assertThat(id.normalized()).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.lenient("11010519491231002X").hasLowercaseCheckCharacter()).isFalse();
    }

    @Test
    void birthDateAndSexAreDecoded() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        assertThat(id.birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).contains(Sex.FEMALE); // 17th digit 2 is even
        assertThat(ResidentIdNumber.parse("440524188001010014").sex()).contains(Sex.MALE);
        assertThat(id.addressCode()).contains("110105");
        assertThat(ResidentIdNumber.lenient("x").birthDate()).isEmpty();
        assertThat(ResidentIdNumber.lenient("x").sex()).isEmpty();
    }

    @Test
    void toStringMasksAllButTheFirstSixAndLastFour() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
        assertThat(ResidentIdNumber.lenient("1234567890").toString()).isEqualTo("**********");
    }

    @Test
    void legacyFifteenDigitNumbersConvert() {
        ResidentIdNumber id = ResidentIdNumber.fromLegacy("110105491231002");
        assertThat(id.text()).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> ResidentIdNumber.fromLegacy("11010549123100")).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void equalityIsByText() {
        assertThat(ResidentIdNumber.lenient("11010519491231002X")).isEqualTo(ResidentIdNumber.lenient("11010519491231002X"))
                .hasSameHashCodeAs(ResidentIdNumber.lenient("11010519491231002X"))
                .isNotEqualTo(ResidentIdNumber.lenient("11010519491231002x"));
    }

    static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
