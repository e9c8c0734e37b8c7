package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message may show of a quoted value: codes of places whole, numbers of persons masked. */
class MaskingTest {

    @Test
    void idNumbersAnywhereInAValueAreMaskedToTheirFirstSixAndLastFourCharacters() {
        assertThat(Masking.scrubPersonal("522631199001011234")).isEqualTo("522631********1234");
        assertThat(Masking.scrubPersonal("m-52263119900101123X")).isEqualTo("m-522631********123X");
        assertThat(Masking.scrubPersonal("id 52263119900101123x of")).isEqualTo("id 522631********123x of");
        // 16 and 17 digits: a cut or mistyped number, hidden whole
        assertThat(Masking.scrubPersonal("x5226311990010112")).isEqualTo("x****************");
        assertThat(Masking.scrubPersonal("52263119900101123")).isEqualTo("*".repeat(17));
    }

    @Test
    void mobileNumbersKeepOnlyTheirLastFourDigits() {
        assertThat(Masking.scrubPersonal("13812345678")).isEqualTo("*******5678");
        assertThat(Masking.scrubPersonal("phone:13812345678,")).isEqualTo("phone:*******5678,");
        // with the country code, and in full-width digits
        assertThat(Masking.scrubPersonal("+8613812345678")).isEqualTo("+*********5678");
        assertThat(Masking.scrubPersonal("１３８１２３４５６７８")).isEqualTo("*******５６７８");
        assertThat(Masking.scrubPersonal("５２２６３１１９９００１０１１２３４")).isEqualTo("５２２６３１********１２３４");
        // near miss: 13 digits that are no country code and mobile number stay whole
        assertThat(Masking.scrubPersonal("5226312062001")).isEqualTo("5226312062001");
    }

    @Test
    void codesOfPlacesAndGridsAndShortNumbersStayWhole() {
        // near misses: 12 digits (division code), 15 (grid code), 10 digits, letters between digits
        assertThat(Masking.scrubPersonal("522631206200")).isEqualTo("522631206200");
        assertThat(Masking.scrubPersonal("522631206200001")).isEqualTo("522631206200001");
        assertThat(Masking.scrubPersonal("1381234567")).isEqualTo("1381234567");
        assertThat(Masking.scrubPersonal("91520100MA6DJ4XX8K")).isEqualTo("91520100MA6DJ4XX8K");
        assertThat(Masking.scrubPersonal("m-004")).isEqualTo("m-004");
        assertThat(Masking.scrubPersonal("")).isEmpty();
        assertThat(Masking.scrubPersonal(null)).isNull();
    }
}
