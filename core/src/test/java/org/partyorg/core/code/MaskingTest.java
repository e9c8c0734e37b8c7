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

    @Test
    void idAndMobileNumbersWrittenInGroupsAreMasked() {
        assertThat(Masking.scrubPersonal("522631 19700301 011X")).isEqualTo("522631**********011X");
        assertThat(Masking.scrubPersonal("id 522631-1970-0301-0110 given")).isEqualTo("id 522631***********0110 given");
        assertThat(Masking.scrubPersonal("110105\u300019491231\u3000002x")).isEqualTo("110105**********002x");
        assertThat(Masking.scrubPersonal("138 1234 5678")).isEqualTo("*********5678");
        assertThat(Masking.scrubPersonal("tel:138-1234-5678;")).isEqualTo("tel:*********5678;");
        assertThat(Masking.scrubPersonal("+86 138 1234 5678")).isEqualTo("+************5678");
        assertThat(Masking.scrubPersonal("86-138-1234-5678")).isEqualTo("************5678");
        assertThat(Masking.scrubPersonal("１３８ １２３４ ５６７８")).isEqualTo("*********５６７８");
        // followed or preceded by another group: the number is still found
        assertThat(Masking.scrubPersonal("522631 19491231 002X 2023")).isEqualTo("522631**********002X 2023");
        assertThat(Masking.scrubPersonal("138 1234 5678 2")).isEqualTo("*********5678 2");
        assertThat(Masking.scrubPersonal("7 138 1234 5678")).isEqualTo("7 *********5678");
        // a wrong check digit is still a person's number
        assertThat(Masking.scrubPersonal("522631 19700301 0111")).isEqualTo("522631**********0111");
        assertThat(Masking.scrub("Unexpected character ('5226 3119 7003 0101 10')")).isEqualTo("Unexpected character ('5226 3************1 10')");
        // a plain number next to a hyphen is masked on its own
        assertThat(Masking.scrubPersonal("m-13812345678-2")).isEqualTo("m-*******5678-2");
    }

    @Test
    void groupedDatesCodesAndSequencesStayWhole() {
        for (String whole : new String[] {"2023-08-18", "mt-2023-08-18-001", "mt-2023-01-01-2023-12-31", "522631 206 200",
            "522631 206200 001", "2023 0818 0001", "238-1234-5678", "522631 99999999 0110", "922631 19700301 0110",
            "522631 19701301 0110", "138--1234-5678", "138 1234 567", "1 2 3 4 5 6 7 8 9 1 0"}) {
            assertThat(Masking.scrubPersonal(whole)).as(whole).isEqualTo(whole);
            assertThat(Masking.scrub(whole)).as(whole).isEqualTo(whole);
        }
    }

    @Test
    void longRepeatedGroupsAreScannedInLinearTimeWithoutError() {
        for (String unit : new String[] {"1-", "1 ", "12-", "1\u3000"}) {
            String value = unit.repeat(500_000);
            assertThat(Masking.scrubPersonal(value)).isEqualTo(value);
            assertThat(Masking.scrub(value)).isEqualTo(value);
        }
        // a mobile number inside a long run of groups is found
        String run = "1-".repeat(1000) + "138-1234-5678" + "-1".repeat(1000);
        assertThat(Masking.scrubPersonal(run)).isEqualTo("1-".repeat(1000) + "*********5678" + "-1".repeat(1000));
    }
}
