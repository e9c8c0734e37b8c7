package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100716105852F", "91350100M000100Y43"})
    void referenceVectorsPassBothChecks(String text) {
        CreditCode code = CreditCode.parse(text);
        assertThat(code.isWellFormed()).isTrue();
        assertThat(code.hasValidChecksum()).isTrue();
        assertThat(code.problem()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M0001TGQXM", "91350211M0000XUF46"})
    void earlyPilotCodesAreWellFormedButFailTheChecksum(String text) {
        CreditCode code = CreditCode.lenient(text);
        assertThat(code.isWellFormed()).isTrue();
        assertThat(code.problem()).contains(CodeProblem.CREDIT_CODE_CHECKSUM);
        assertThatThrownBy(() -> CreditCode.parse(text)).isInstanceOf(InvalidCodeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91440300192203821", "9144030019220382166", "9I4403001922038216",
            "914403O01922038216", "9144A3001922038216", "91440300192203821Z", "914403001922038s16"})
    void wrongShapeIsAFormatProblem(String text) {
        assertThat(CreditCode.lenient(text).problem()).contains(CodeProblem.CREDIT_CODE_FORMAT);
    }

    @Test
    void checkCharacterIsComputedAndPartsAreExposed() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
        CreditCode code = CreditCode.parse("914403001922038216");
        assertThat(code.category()).contains("91");
        assertThat(code.divisionCode()).contains("440300");
        assertThat(CreditCode.lenient("bad").category()).isEmpty();
    }

    @Test
    void checkCharacterOfTooShortATextIsAnIllegalArgument() {
        // found by CodeFuzzTest.creditCode: it used to throw StringIndexOutOfBoundsException
        assertThatThrownBy(() -> CreditCode.checkCharacter("9135010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("")).isInstanceOf(IllegalArgumentException.class);
    }
}
