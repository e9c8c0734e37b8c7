package org.partyorg.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A 12-digit NBS statistical division code (统计用区划代码): 6-digit county code (GB/T 2260),
 * 3-digit township segment (GB/T 10114) and 3-digit village-level segment.
 *
 * <p>Keeps the text it was given. It is well-formed when it is 12 digits and no zero segment is
 * followed by a non-zero one (segments 2+2+2+3+3), except that a {@code 00} county segment may be
 * followed by a township in a prefecture without counties ({@code 441900003001}, 东莞市东城街道). The structural queries ({@link #level()},
 * {@link #parent()}, {@link #contains}) need a well-formed code and throw
 * {@link InvalidCodeException} otherwise.
 *
 * <p>Immutable, value-based and thread-safe; null arguments throw {@link NullPointerException}.
 */
public final class DivisionCode implements Comparable<DivisionCode> {
    private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};
    private static final int COUNTY_SEGMENT = 2;
    private static final DivisionLevel[] LEVELS = {
        DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY,
        DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE
    };

    private final String text;

    private DivisionCode(String text) {
        this.text = text;
    }

    /**
     * @param text the code as given, well-formed or not
     * @return the value
     */
    public static DivisionCode lenient(String text) {
        return new DivisionCode(Objects.requireNonNull(text, "text"));
    }

    /**
     * @param text a well-formed 12-digit code
     * @return the value
     * @throws InvalidCodeException if the code is not well-formed
     */
    public static DivisionCode parse(CharSequence text) {
        DivisionCode c = lenient(text.toString());
        if (!c.isWellFormed()) {
            throw new InvalidCodeException(CodeProblem.DIVISION_CODE_FORMAT,
                    "not a 12-digit division code with consistent segments: \"" + Masking.scrubPersonal(c.text) + "\"");
        }
        return c;
    }

    /**
     * Pads a 2-, 4-, 6- or 9-digit prefix with zeros to 12 digits ({@code "52"} becomes
     * {@code 520000000000}).
     *
     * @param prefix the significant digits of a division
     * @return the 12-digit code
     * @throws InvalidCodeException if the result is not well-formed
     */
    public static DivisionCode ofPrefix(CharSequence prefix) {
        String p = prefix.toString();
        if (p.length() > 12) {
            throw new InvalidCodeException(CodeProblem.DIVISION_CODE_FORMAT, "prefix longer than 12 digits: \"" + Masking.scrubPersonal(p) + "\"");
        }
        return parse(p + "0".repeat(12 - p.length()));
    }

    /** @return the text exactly as given */
    public String text() {
        return text;
    }

    /**
     * @return whether the code is 12 digits with no zero segment followed by a non-zero one, a
     *     {@code 00} county segment under a non-zero prefecture excepted
     */
    public boolean isWellFormed() {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        boolean zeroSeen = false;
        int start = 0;
        for (int i = 0; i < SEGMENT_ENDS.length; i++) {
            int end = SEGMENT_ENDS[i];
            boolean zero = isZero(start, end);
            if (zeroSeen && !zero) {
                return false;
            }
            // a prefecture without counties (东莞, 中山, 儋州) has townships under a 00 county segment
            boolean countylessPrefecture = i == COUNTY_SEGMENT && !isZero(2, 4);
            zeroSeen |= zero && !countylessPrefecture;
            start = end;
        }
        return true;
    }

    /** @return the problem of this code, or empty when well-formed */
    public Optional<CodeProblem> problem() {
        return isWellFormed() ? Optional.empty() : Optional.of(CodeProblem.DIVISION_CODE_FORMAT);
    }

    /**
     * @return the level: the last non-zero segment
     * @throws InvalidCodeException if the code is not well-formed
     */
    public DivisionLevel level() {
        requireWellFormed();
        DivisionLevel level = DivisionLevel.NATIONAL;
        int start = 0;
        for (int i = 0; i < SEGMENT_ENDS.length; i++) {
            if (!isZero(start, SEGMENT_ENDS[i])) {
                level = LEVELS[i];
            }
            start = SEGMENT_ENDS[i];
        }
        return level;
    }

    /**
     * Village-level as the rule catalog defines it: the last three digits are not {@code 000}.
     *
     * @return whether the code names a village-level unit (村委会, 居委会/社区)
     * @throws InvalidCodeException if the code is not well-formed
     */
    public boolean isVillageLevel() {
        requireWellFormed();
        return !isZero(9, 12);
    }

    /**
     * @return the code of the enclosing division one level up, or empty for a province or the nation
     * @throws InvalidCodeException if the code is not well-formed
     */
    public Optional<DivisionCode> parent() {
        DivisionLevel level = level();
        if (level.ordinal() <= DivisionLevel.PROVINCE.ordinal()) {
            return Optional.empty();
        }
        return Optional.of(truncate(DivisionLevel.values()[level.ordinal() - 1]));
    }

    /**
     * @param level a level at or above this code's level
     * @return this code cut to that level (padded with zeros)
     * @throws InvalidCodeException if the code is not well-formed
     */
    public DivisionCode truncate(DivisionLevel level) {
        requireWellFormed();
        int n = level.prefixLength();
        return new DivisionCode(text.substring(0, n) + "0".repeat(12 - n));
    }

    /**
     * Whether {@code other} lies inside this division: its first digits, as many as this code's
     * level uses, equal this code's. A division contains itself.
     *
     * @param other another well-formed code
     * @return whether this division contains it
     * @throws InvalidCodeException if either code is not well-formed
     */
    public boolean contains(DivisionCode other) {
        other.requireWellFormed();
        int n = level().prefixLength();
        return text.regionMatches(0, other.text, 0, n);
    }

    /** @return the significant digits (the prefix at this code's level) */
    public String prefix() {
        return text.substring(0, level().prefixLength());
    }

    /**
     * @return the 12-digit code as a number, for compact indexes
     * @throws InvalidCodeException if the code is not well-formed
     */
    public long toLong() {
        requireWellFormed();
        return Long.parseLong(text);
    }

    private boolean isZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private void requireWellFormed() {
        if (!isWellFormed()) {
            throw new InvalidCodeException(CodeProblem.DIVISION_CODE_FORMAT,
                    "not a well-formed division code: \"" + Masking.scrubPersonal(text) + "\"");
        }
    }

    @Override
    public int compareTo(DivisionCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode other && text.equals(other.text);
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
