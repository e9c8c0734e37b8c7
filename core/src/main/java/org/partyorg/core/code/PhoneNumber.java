package org.partyorg.core.code;

import java.util.Objects;

/**
 * A mainland China mobile number: 11 digits, {@code 1[3-9]} followed by 9 digits.
 *
 * <p>Keeps exactly the text it was given (see {@link #lenient}); {@link #isValid()} says whether it
 * has the mobile shape. {@link #toString()} shows only the last 4 digits.
 *
 * <p>Immutable, value-based and thread-safe; null arguments throw {@link NullPointerException}.
 */
public final class PhoneNumber {
    private final String text;

    private PhoneNumber(String text) {
        this.text = text;
    }

    /**
     * @param text the number as given, valid or not
     * @return the value
     */
    public static PhoneNumber lenient(String text) {
        return new PhoneNumber(Objects.requireNonNull(text, "text"));
    }

    /**
     * @param text a mainland mobile number
     * @return the value
     * @throws InvalidCodeException if the text is not a mainland mobile number
     */
    public static PhoneNumber parse(CharSequence text) {
        PhoneNumber p = lenient(text.toString());
        if (!p.isValid()) {
            throw new InvalidCodeException(CodeProblem.PHONE_FORMAT,
                    "not a mainland mobile number: " + p.masked());
        }
        return p;
    }

    /** @return the text exactly as given */
    public String text() {
        return text;
    }

    /** @return whether the text is {@code 1[3-9]} followed by 9 digits */
    public boolean isValid() {
        if (text.length() != 11 || text.charAt(0) != '1' || text.charAt(1) < '3' || text.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return the masked text: last 4 digits at most */
    public String masked() {
        return Masking.maskPhone(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the masked form */
    @Override
    public String toString() {
        return masked();
    }
}
