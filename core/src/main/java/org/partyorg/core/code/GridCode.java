package org.partyorg.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A 15-digit grid code: the 12-digit division code of the grid's village or community followed
 * by a 3-digit sequence.
 *
 * <p>Keeps the text it was given. Immutable, value-based and thread-safe; null arguments throw
 * {@link NullPointerException}.
 */
public final class GridCode {
    private final String text;

    private GridCode(String text) {
        this.text = text;
    }

    /**
     * @param text the code as given, well-formed or not
     * @return the value
     */
    public static GridCode lenient(String text) {
        return new GridCode(Objects.requireNonNull(text, "text"));
    }

    /**
     * @param text a 15-digit code
     * @return the value
     * @throws InvalidCodeException if the code is not 15 digits
     */
    public static GridCode parse(CharSequence text) {
        GridCode c = lenient(text.toString());
        if (!c.isWellFormed()) {
            throw new InvalidCodeException(CodeProblem.GRID_CODE_FORMAT, "not a 15-digit grid code: \"" + Masking.scrubPersonal(c.text) + "\"");
        }
        return c;
    }

    /**
     * @param division the village or community
     * @param sequence 1..999
     * @return the code {@code division + sequence}
     * @throws InvalidCodeException if the division is not well-formed or the sequence is out of range
     */
    public static GridCode of(DivisionCode division, int sequence) {
        if (!division.isWellFormed() || sequence < 0 || sequence > 999) {
            throw new InvalidCodeException(CodeProblem.GRID_CODE_FORMAT,
                    "cannot make a grid code from " + Masking.scrubPersonal(division.text()) + " and " + sequence);
        }
        return new GridCode(division.text() + String.format("%03d", sequence));
    }

    /** @return the text exactly as given */
    public String text() {
        return text;
    }

    /** @return whether the text is 15 digits */
    public boolean isWellFormed() {
        if (text.length() != 15) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The graded check against the grid's division: 15 digits, then starts with the division code.
     *
     * @param division the grid's division code, or null when unknown (only the shape is checked)
     * @return the first problem, or empty
     */
    public Optional<CodeProblem> problem(DivisionCode division) {
        if (!isWellFormed()) {
            return Optional.of(CodeProblem.GRID_CODE_FORMAT);
        }
        if (division != null && !text.startsWith(division.text())) {
            return Optional.of(CodeProblem.GRID_CODE_DIVISION);
        }
        return Optional.empty();
    }

    /** @return the first 12 digits, if well-formed */
    public Optional<String> divisionPart() {
        return Optional.ofNullable(isWellFormed() ? text.substring(0, 12) : null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridCode other && text.equals(other.text);
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
