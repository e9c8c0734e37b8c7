package org.partyorg.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): registration authority,
 * organization category, 6-digit division code, 9-character organization code and a check
 * character (mod 31 over the 31-character set {@code 0-9A-HJ-NPQRTUWXY}).
 *
 * <p>Keeps the text it was given; the graded check is: well-formed, then checksum. Some early
 * pilot codes are legal yet fail the checksum, so callers usually treat a checksum problem as a
 * warning.
 *
 * <p>Immutable, value-based and thread-safe; null arguments throw {@link NullPointerException}.
 */
public final class CreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String text;

    private CreditCode(String text) {
        this.text = text;
    }

    /**
     * @param text the code as given, valid or not
     * @return the value
     */
    public static CreditCode lenient(String text) {
        return new CreditCode(Objects.requireNonNull(text, "text"));
    }

    /**
     * @param text a well-formed code with a correct check character
     * @return the value
     * @throws InvalidCodeException if the code is malformed or its check character is wrong
     */
    public static CreditCode parse(CharSequence text) {
        CreditCode c = lenient(text.toString());
        Optional<CodeProblem> problem = c.problem();
        if (problem.isPresent()) {
            throw new InvalidCodeException(problem.get(), "invalid credit code \"" + Masking.scrub(c.text) + "\": " + problem.get());
        }
        return c;
    }

    /**
     * Computes the check character of the first 17 characters.
     *
     * @param first17 17 characters of the code's character set
     * @return the check character
     * @throws IllegalArgumentException if there are fewer than 17 characters or one is outside the set
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("needs 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit-code character at " + i);
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** @return the text exactly as given */
    public String text() {
        return text;
    }

    /** @return whether the text has the GB 32100 shape: 18 characters of the set, digits 3-8 numeric */
    public boolean isWellFormed() {
        if (text.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            boolean ok = i >= 2 && i < 8 ? c >= '0' && c <= '9' : CHARSET.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the code is well-formed and its check character is right */
    public boolean hasValidChecksum() {
        return isWellFormed() && checkCharacter(text) == text.charAt(17);
    }

    /** @return the first problem of the graded check, or empty */
    public Optional<CodeProblem> problem() {
        if (!isWellFormed()) {
            return Optional.of(CodeProblem.CREDIT_CODE_FORMAT);
        }
        return hasValidChecksum() ? Optional.empty() : Optional.of(CodeProblem.CREDIT_CODE_CHECKSUM);
    }

    /** @return the 2-character registration authority and category code (e.g. {@code 91} 企业), if well-formed */
    public Optional<String> category() {
        return Optional.ofNullable(isWellFormed() ? text.substring(0, 2) : null);
    }

    /** @return the 6-digit division code of the registration authority, if well-formed */
    public Optional<String> divisionCode() {
        return Optional.ofNullable(isWellFormed() ? text.substring(2, 8) : null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
