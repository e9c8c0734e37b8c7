package org.partyorg.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.Member;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.ResidentIdNumber;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Shape errors throw Jackson 3's {@code MismatchedInputException}, named by rule and path; nothing personal is quoted. */
class ShapeErrorsTest {
    private final JsonMapper mapper = Mappers.jackson3(false);

    @Test
    void theFirstShapeErrorThrowsWithItsRuleAndPath() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-9\",\"sex\":\"3\",\"birthDate\":\"2023-02-30\"}", Member.class))
                .isInstanceOf(MismatchedInputException.class)
                .extracting(e -> ((MismatchedInputException) e).getOriginalMessage())
                .isEqualTo("DOC-012 at /sex: Field sex has \"3\", which is not in its enumeration or code list");
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":\"2.0\",\"asOf\":\"2023-08-18\"}", Dataset.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("DOC-002 at /schemaVersion");
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":\"1.0\",\"asOf\":\"18.8.2023\"}", Dataset.class))
                .hasMessageStartingWith("DOC-003 at /asOf");
        assertThatThrownBy(() -> mapper.readValue("{\"members\":[{\"id\":\"m-1\",\"tags\":\"x\"}]}", Dataset.class))
                .hasMessageStartingWith("DOC-011 at /members/0/tags");
    }

    /** An exponent no BigDecimal holds is the field's DOC-014, as in the readers, not Jackson's number error. */
    @Test
    void anExponentBeyondEveryDecimalIsDoc014() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"d-1\",\"amount\":1e-2147483649}", DuesPayment.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("DOC-014 at /amount");
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"e-1\",\"seats\":1E+2147483648}", Election.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("DOC-014 at /seats");
        assertThat(mapper.readValue("{\"id\":\"d-1\",\"amount\":4000e-2}", DuesPayment.class).amount()).isEqualByComparingTo("40");
        // zero is zero whatever its exponent; a count far below 1 is no integer, as 0.5 is not
        assertThat(mapper.readValue("{\"id\":\"d-1\",\"amount\":0e-2147483649}", DuesPayment.class).amount()).isZero();
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"e-1\",\"seats\":1e-2147483649}", Election.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("DOC-011 at /seats");
    }

    @Test
    void unknownFieldsFollowFailOnUnknownProperties() {
        String json = "{\"id\":\"m-1\",\"nickname\":\"小王\"}";
        assertThat(mapper.readValue(json, Member.class).id()).isEqualTo("m-1");
        assertThatThrownBy(() -> Mappers.jackson3(true).readValue(json, Member.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageStartingWith("DOC-015 at /nickname");
    }

    @Test
    void valueTypesAndCodesAlone() {
        assertThat(mapper.readValue("\"522631197003010111\"", ResidentIdNumber.class).text()).isEqualTo("522631197003010111");
        assertThat(mapper.readValue("\"12\"", Ethnicity.class)).isEqualTo(Ethnicity.findByCode("12").orElseThrow());
        assertThatThrownBy(() -> mapper.readValue("12", Ethnicity.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("[]", Member.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void personalNumbersInTheWrongPlaceAreMasked() {
        String id = "52263119700301011X";
        String phone = "13800138000";
        for (String json : new String[] {"\"" + id + "\"", "\"" + phone + "\""}) {
            assertThatThrownBy(() -> mapper.readValue(json, Ethnicity.class)).message().doesNotContain(id, phone);
            assertThatThrownBy(() -> mapper.readValue("{\"sex\":" + json + "}", Member.class)).message().doesNotContain(id, phone);
            assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":" + json + "}", Dataset.class))
                    .message().startsWith("DOC-002").doesNotContain(id, phone);
        }
    }

    @Test
    void malformedJsonIsJacksonsOwnError() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-1\",", Member.class)).isInstanceOf(StreamReadException.class);
    }
}
