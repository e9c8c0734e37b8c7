package org.partyorg.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fuzz targets for the value types' parsers and queries (Jazzer). The only exception a strict
 * factory may throw is {@link InvalidCodeException} (and {@link IllegalArgumentException} where the
 * javadoc says so); the lenient forms never throw; the strict and lenient forms agree; and no
 * message or {@code toString()} of a personal-data type shows what looks like an unmasked ID or
 * phone number.
 *
 * <p>{@code mvn verify} runs each target on the inputs in {@code CodeFuzzTestInputs/<method>/}
 * (regression mode); {@code scripts/fuzz.sh} fuzzes one for longer. The input bytes are read as
 * UTF-8 text.
 */
class CodeFuzzTest {
    /** What an unmasked 身份证号 or mobile number looks like: a run of 15 or more digits, or of exactly 11 starting with 1. */
    private static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(1[0-9]{10}(?![0-9])|[0-9]{15,})");
    private static final LocalDate AS_OF = LocalDate.of(2023, 8, 18);

    @FuzzTest
    void residentIdNumber(byte[] data) {
        String text = text(data);
        ResidentIdNumber id = ResidentIdNumber.lenient(text);
        assertThat(id.text()).isEqualTo(text);
        assertThat(id).isEqualTo(ResidentIdNumber.lenient(text)).hasSameHashCodeAs(ResidentIdNumber.lenient(text));
        assertMasked(id.toString());
        assertMasked(id.masked());

        for (LocalDate asOf : new LocalDate[] {null, AS_OF, id.birthDate().orElse(null)}) {
            Optional<CodeProblem> problem = id.problem(asOf);
            assertThat(id.isValid(asOf)).isEqualTo(problem.isEmpty());
            Throwable thrown = catchThrowable(() -> ResidentIdNumber.parse(text, asOf));
            if (problem.isEmpty()) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isInstanceOf(InvalidCodeException.class);
                assertThat(((InvalidCodeException) thrown).problem()).isEqualTo(problem.get());
                assertMasked(thrown.getMessage());
                assertMasked(thrown.toString());
            }
        }
        if (id.isWellFormed()) {
            assertThat(id.sex()).isPresent();
            assertThat(id.addressCode()).contains(text.substring(0, 6));
            assertThat(id.normalized()).hasSize(18).doesNotContain("x");
            char check = ResidentIdNumber.checkCharacter(text);
            assertThat(id.problem(null).orElse(null) == CodeProblem.ID_NUMBER_CHECKSUM)
                    .isEqualTo(check != Character.toUpperCase(text.charAt(17)));
        } else {
            assertThat(id.problem(null)).contains(CodeProblem.ID_NUMBER_FORMAT);
            assertThat(id.birthDate()).isEmpty();
            assertThat(id.sex()).isEmpty();
            assertThat(id.hasLowercaseCheckCharacter()).isFalse();
        }
        Throwable check = catchThrowable(() -> ResidentIdNumber.checkCharacter(text));
        assertThat(check == null || check instanceof IllegalArgumentException).as("checkCharacter threw %s", check).isTrue();

        Throwable legacy = catchThrowable(() -> {
            ResidentIdNumber converted = ResidentIdNumber.fromLegacy(text);
            assertThat(converted.isWellFormed()).isTrue();
            assertThat(converted.problem(null)).isNotEqualTo(Optional.of(CodeProblem.ID_NUMBER_CHECKSUM));
        });
        assertStrictFailure(legacy);
    }

    @FuzzTest
    void creditCode(byte[] data) {
        String text = text(data);
        CreditCode code = CreditCode.lenient(text);
        assertThat(code.text()).isEqualTo(text).isEqualTo(code.toString());
        assertThat(code).isEqualTo(CreditCode.lenient(text)).hasSameHashCodeAs(CreditCode.lenient(text));
        Optional<CodeProblem> problem = code.problem();
        assertThat(code.category().isPresent()).isEqualTo(code.isWellFormed());
        assertThat(code.divisionCode().isPresent()).isEqualTo(code.isWellFormed());
        assertThat(code.hasValidChecksum()).isEqualTo(problem.isEmpty());
        if (!code.isWellFormed()) {
            assertThat(problem).contains(CodeProblem.CREDIT_CODE_FORMAT);
        }
        Throwable thrown = catchThrowable(() -> CreditCode.parse(text));
        if (problem.isEmpty()) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(InvalidCodeException.class);
            assertThat(((InvalidCodeException) thrown).problem()).isEqualTo(problem.get());
            assertMasked(thrown.getMessage());
        }
        Throwable check = catchThrowable(() -> {
            char c = CreditCode.checkCharacter(text);
            if (code.isWellFormed()) {
                assertThat(c == text.charAt(17)).isEqualTo(code.hasValidChecksum());
            }
        });
        assertThat(check == null || check instanceof IllegalArgumentException).as("checkCharacter threw %s", check).isTrue();
    }

    @FuzzTest
    void divisionCode(byte[] data) {
        String text = text(data);
        DivisionCode code = DivisionCode.lenient(text);
        assertThat(code.text()).isEqualTo(text).isEqualTo(code.toString());
        assertThat(code).isEqualTo(DivisionCode.lenient(text)).hasSameHashCodeAs(DivisionCode.lenient(text));
        assertThat(code.compareTo(DivisionCode.lenient(text))).isZero();
        assertThat(code.problem().isEmpty()).isEqualTo(code.isWellFormed());
        Throwable thrown = catchThrowable(() -> DivisionCode.parse(text));
        if (code.isWellFormed()) {
            assertThat(thrown).isNull();
            DivisionLevel level = code.level();
            assertThat(code.toLong()).isEqualTo(Long.parseLong(text));
            assertThat(code.contains(code)).isTrue();
            assertThat(code.isVillageLevel()).isEqualTo(level == DivisionLevel.VILLAGE);
            assertThat(DivisionCode.ofPrefix(code.prefix())).isEqualTo(code);
            code.parent().ifPresent(parent -> {
                assertThat(parent.isWellFormed()).isTrue();
                assertThat(parent.level().ordinal()).isLessThan(level.ordinal());
                assertThat(parent.contains(code)).isTrue();
            });
            for (DivisionLevel up : DivisionLevel.values()) {
                if (up.ordinal() <= level.ordinal()) {
                    assertThat(code.truncate(up).contains(code)).isTrue();
                }
            }
        } else {
            assertStrictFailure(thrown);
            assertThat(((InvalidCodeException) thrown).problem()).isEqualTo(CodeProblem.DIVISION_CODE_FORMAT);
            assertStrictFailure(catchThrowable(code::level));
            assertStrictFailure(catchThrowable(code::isVillageLevel));
            assertStrictFailure(catchThrowable(code::parent));
            assertStrictFailure(catchThrowable(code::toLong));
            assertStrictFailure(catchThrowable(code::prefix));
            assertStrictFailure(catchThrowable(() -> DivisionCode.lenient("520000000000").contains(code)));
        }
        Throwable prefixed = catchThrowable(() -> assertThat(DivisionCode.ofPrefix(text).isWellFormed()).isTrue());
        assertStrictFailure(prefixed);
    }

    @FuzzTest
    void gridCode(byte[] data) {
        String text = text(data);
        GridCode code = GridCode.lenient(text);
        assertThat(code.text()).isEqualTo(text).isEqualTo(code.toString());
        assertThat(code).isEqualTo(GridCode.lenient(text)).hasSameHashCodeAs(GridCode.lenient(text));
        assertThat(code.problem(null).isEmpty()).isEqualTo(code.isWellFormed());
        assertThat(code.divisionPart().isPresent()).isEqualTo(code.isWellFormed());
        Throwable thrown = catchThrowable(() -> GridCode.parse(text));
        if (code.isWellFormed()) {
            assertThat(thrown).isNull();
            DivisionCode own = DivisionCode.lenient(code.divisionPart().orElseThrow());
            assertThat(code.problem(own)).isEmpty();
            if (own.isWellFormed()) {
                int sequence = Integer.parseInt(text.substring(12));
                assertThat(GridCode.of(own, sequence)).isEqualTo(code);
            }
            assertThat(code.problem(DivisionCode.lenient("x" + text))).contains(CodeProblem.GRID_CODE_DIVISION);
        } else {
            assertStrictFailure(thrown);
            assertThat(code.problem(DivisionCode.lenient("520000000000"))).contains(CodeProblem.GRID_CODE_FORMAT);
        }
        if (text.length() >= 12) {
            DivisionCode division = DivisionCode.lenient(text.substring(0, 12));
            int sequence = text.length() - 12;
            Throwable made = catchThrowable(() -> {
                GridCode g = GridCode.of(division, sequence);
                assertThat(g.isWellFormed()).isTrue();
                assertThat(g.problem(division)).isEmpty();
            });
            assertStrictFailure(made);
        }
    }

    @FuzzTest
    void phoneNumber(byte[] data) {
        String text = text(data);
        PhoneNumber phone = PhoneNumber.lenient(text);
        assertThat(phone.text()).isEqualTo(text);
        assertThat(phone).isEqualTo(PhoneNumber.lenient(text)).hasSameHashCodeAs(PhoneNumber.lenient(text));
        assertMasked(phone.toString());
        assertMasked(phone.masked());
        Throwable thrown = catchThrowable(() -> PhoneNumber.parse(text));
        if (phone.isValid()) {
            assertThat(thrown).isNull();
            assertThat(text).matches("1[3-9][0-9]{9}");
        } else {
            assertStrictFailure(thrown);
            assertThat(((InvalidCodeException) thrown).problem()).isEqualTo(CodeProblem.PHONE_FORMAT);
            assertMasked(thrown.getMessage());
        }
        assertMasked(Masking.scrub(text));
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** A strict factory or query may fail only with the documented exception. */
    private static void assertStrictFailure(Throwable thrown) {
        if (thrown != null && !(thrown instanceof InvalidCodeException)) {
            throw new AssertionError("expected nothing or InvalidCodeException but got " + thrown, thrown);
        }
        if (thrown != null) {
            assertMasked(thrown.getMessage());
        }
    }

    private static void assertMasked(String text) {
        assertThat(PERSONAL.matcher(text).find()).as("an unmasked ID or phone number in %s", text).isFalse();
    }
}
