package org.partyorg.core.code;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.internal.SharedDates;

/**
 * A 公民身份号码 (citizen ID number, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd 17th digit = male) and a check character (ISO 7064 MOD 11-2).
 *
 * <p>The value keeps exactly the text it was given, valid or not (see {@link #lenient}), and says
 * what is wrong with it through a graded check, in this order, stopping at the first failure:
 * <ol>
 *   <li>well-formed: 17 digits followed by a digit or {@code X} (a lowercase {@code x} is
 *       accepted, see {@link #hasLowercaseCheckCharacter()});</li>
 *   <li>checksum: the check character matches MOD 11-2;</li>
 *   <li>birth date: the date segment is a real date, not after the reference date;</li>
 *   <li>region: the first two digits are a valid province code.</li>
 * </ol>
 *
 * <p>Personal data: {@link #toString()} shows only the first 6 and last 4 characters.
 *
 * <p>Instances are immutable, value-based and thread-safe. Methods throw
 * {@link NullPointerException} for null arguments unless stated otherwise.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

    private static final Optional<Sex> MALE = Optional.of(Sex.MALE);
    private static final Optional<Sex> FEMALE = Optional.of(Sex.FEMALE);

    private final String text;
    /**
     * The date-independent part of the graded check, computed on first use (the stream validator
     * asks several rules about the same number). Racy but idempotent, like {@link String#hashCode()};
     * the record's final fields make it safe to publish without locking.
     */
    private Checked checked;

    /** @param problem the first date-independent problem, or null; @param birth the real birth date, or null */
    private record Checked(CodeProblem problem, LocalDate birth) {
    }

    private ResidentIdNumber(String text) {
        this.text = text;
    }

    /**
     * Wraps any text without checking it, so that bad data can be held and reported later.
     *
     * @param text the ID number as given
     * @return the value, never null
     */
    public static ResidentIdNumber lenient(String text) {
        return new ResidentIdNumber(Objects.requireNonNull(text, "text"));
    }

    /**
     * Parses a valid ID number (well-formed, checksum, real birth date, province code). A lowercase
     * {@code x} check character is accepted and kept; see {@link #normalized()}.
     *
     * @param text the text to parse
     * @return the value
     * @throws InvalidCodeException if the text is not a valid ID number
     */
    public static ResidentIdNumber parse(CharSequence text) {
        return parse(text, null);
    }

    /**
     * Parses a valid ID number whose birth date is not after {@code asOf}.
     *
     * @param text the text to parse
     * @param asOf the reference date; null skips the "not after" check
     * @return the value
     * @throws InvalidCodeException if the text is not a valid ID number
     */
    public static ResidentIdNumber parse(CharSequence text, LocalDate asOf) {
        ResidentIdNumber id = lenient(text.toString());
        Optional<CodeProblem> problem = id.problem(asOf);
        if (problem.isPresent()) {
            throw new InvalidCodeException(problem.get(),
                    "invalid resident ID number " + id.masked() + ": " + problem.get());
        }
        return id;
    }

    /**
     * Converts a legacy 15-digit number (GB 11643-1989: 6 address, 6 birth date YYMMDD, 3 sequence)
     * to the 18-digit form by inserting the century {@code 19} and appending the check character.
     *
     * @param fifteen the 15-digit number
     * @return the 18-digit number
     * @throws InvalidCodeException if the text is not 15 digits
     */
    public static ResidentIdNumber fromLegacy(CharSequence fifteen) {
        String s = fifteen.toString();
        if (s.length() != 15 || !allDigits(s, 0, 15)) {
            throw new InvalidCodeException(CodeProblem.ID_NUMBER_FORMAT,
                    "not a 15-digit legacy ID number: " + Masking.maskIdNumber(s));
        }
        String seventeen = s.substring(0, 6) + "19" + s.substring(6);
        return lenient(seventeen + checkCharacter(seventeen));
    }

    /**
     * Computes the MOD 11-2 check character of the first 17 digits.
     *
     * @param first17 17 digits
     * @return {@code 0}-{@code 9} or {@code X}
     * @throws IllegalArgumentException if the text does not start with 17 digits
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("needs 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("needs 17 digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** @return the text exactly as given */
    public String text() {
        return text;
    }

    /** @return the text with a lowercase check character {@code x} turned into {@code X} */
    public String normalized() {
        return hasLowercaseCheckCharacter() ? text.substring(0, 17) + 'X' : text;
    }

    /** @return whether the text is 17 digits followed by a digit, {@code X} or {@code x} */
    public boolean isWellFormed() {
        if (text.length() != 18 || !allDigits(text, 0, 17)) {
            return false;
        }
        char last = text.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
    }

    /** @return whether the number is well-formed and ends in a lowercase {@code x} */
    public boolean hasLowercaseCheckCharacter() {
        return text.length() == 18 && text.charAt(17) == 'x' && allDigits(text, 0, 17);
    }

    /**
     * The first problem found by the graded check.
     *
     * @param asOf the reference date for "birth date not after"; null skips that comparison
     * @return the first problem, or empty when the number is valid
     */
    public Optional<CodeProblem> problem(LocalDate asOf) {
        CodeProblem problem = problemOrNull(asOf);
        return problem == null ? Optional.empty() : Optional.of(problem);
    }

    private CodeProblem problemOrNull(LocalDate asOf) {
        Checked c = checked;
        if (c == null) {
            c = check();
            checked = c;
        }
        if (c.birth == null) {
            return c.problem; // malformed, bad checksum or unreal birth date: no later check applies
        }
        if (asOf != null && c.birth.isAfter(asOf)) {
            return CodeProblem.ID_NUMBER_BIRTH_DATE; // checked before the region
        }
        return c.problem;
    }

    /** The checks that do not depend on a reference date, in the graded order. */
    private Checked check() {
        if (!isWellFormed()) {
            return new Checked(CodeProblem.ID_NUMBER_FORMAT, null);
        }
        char expected = checkCharacter(text);
        char actual = Character.toUpperCase(text.charAt(17));
        if (expected != actual) {
            return new Checked(CodeProblem.ID_NUMBER_CHECKSUM, null);
        }
        LocalDate b = birthDateOrNull();
        if (b == null) {
            return new Checked(CodeProblem.ID_NUMBER_BIRTH_DATE, null);
        }
        boolean region = isProvinceCode((text.charAt(0) - '0') * 10 + (text.charAt(1) - '0'));
        return new Checked(region ? null : CodeProblem.ID_NUMBER_REGION, b);
    }

    /**
     * @param asOf the reference date; null skips the "birth date not after" comparison
     * @return whether {@link #problem(LocalDate)} finds nothing
     */
    public boolean isValid(LocalDate asOf) {
        return problemOrNull(asOf) == null;
    }

    /** @return the birth date encoded in the number, if the number is well-formed and it is a real date */
    public Optional<LocalDate> birthDate() {
        Checked c = checked;
        if (c != null && c.birth != null) {
            return Optional.of(c.birth);
        }
        return Optional.ofNullable(isWellFormed() ? birthDateOrNull() : null);
    }

    /** @return the sex the 17th digit encodes (odd = male), if the number is well-formed */
    public Optional<Sex> sex() {
        if (!isWellFormed()) {
            return Optional.empty();
        }
        return (text.charAt(16) - '0') % 2 == 1 ? MALE : FEMALE;
    }

    /** @return the 6-digit address code (county of household registration), if well-formed */
    public Optional<String> addressCode() {
        return Optional.ofNullable(isWellFormed() ? text.substring(0, 6) : null);
    }

    /** @return the masked text: first 6 and last 4 characters at most */
    public String masked() {
        return Masking.maskIdNumber(text);
    }

    /**
     * @param code a two-digit number
     * @return whether it is a province code of GB/T 2260 as used in ID numbers (11-15, 21-23,
     *     31-37, 41-46, 50-54, 61-65, 71, 81-83)
     */
    public static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
                || code == 71 || (code >= 81 && code <= 83);
    }

    private LocalDate birthDateOrNull() {
        int year = digits(6, 10);
        int month = digits(10, 12);
        int day = digits(12, 14);
        return SharedDates.ofOrNull(year, month, day);
    }

    private int digits(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the masked form; the full number never appears in logs */
    @Override
    public String toString() {
        return masked();
    }
}
