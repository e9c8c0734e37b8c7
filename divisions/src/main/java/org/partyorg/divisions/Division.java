package org.partyorg.divisions;

import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;

/**
 * One division of the registry: its 12-digit code, name and level, e.g.
 * {@code 522631206200 口江村村民委员会 VILLAGE}.
 *
 * <p>The level comes from the data, not from the code's zeros. The two usually agree, but NBS
 * gives three prefecture-level cities without counties (东莞市 4419, 中山市 4420, 儋州市 4604) a
 * county-level entry with the same name and county segment {@code 00}, so the prefecture
 * {@code 4419} and the county {@code 441900} share the 12-digit code {@code 441900000000};
 * likewise 金门县 appears at county, township and village level as {@code 350527000000}. Such
 * divisions differ by {@link #level()} and {@link #prefix()}. Their descendants (e.g.
 * {@code 441900003001}) are real codes that {@link DivisionCode#isWellFormed()} rejects, since
 * a zero segment precedes non-zero ones; the registry knows them regardless.
 *
 * <p>Instances are created by {@link NbsDivisions} on demand. Immutable and thread-safe; equal
 * when code, level and name are equal. Accessors never return null.
 */
public final class Division implements Comparable<Division> {
    private final long value;
    private final DivisionCode code;
    private final String name;
    private final DivisionLevel level;

    Division(long value, String name, DivisionLevel level) {
        this.value = value;
        this.code = DivisionCode.lenient(Codes.text(value));
        this.name = name;
        this.level = level;
    }

    /** @return the 12-digit code, zero-padded (province 52 is {@code 520000000000}) */
    public DivisionCode code() {
        return code;
    }

    /** @return the 12-digit code as a number, e.g. {@code 522631206200L} */
    public long codeValue() {
        return value;
    }

    /** @return the name exactly as NBS publishes it, e.g. 口江村村民委员会 or 市辖区 */
    public String name() {
        return name;
    }

    /** @return the level: {@code PROVINCE}, {@code PREFECTURE}, {@code COUNTY}, {@code TOWNSHIP} or {@code VILLAGE} */
    public DivisionLevel level() {
        return level;
    }

    /**
     * @return the significant digits at this division's level: 2, 4, 6, 9 or 12 of them, e.g.
     *     {@code 522631206} for 口江乡 and {@code 441900} for the county-level 东莞市
     */
    public String prefix() {
        return code.text().substring(0, level.prefixLength());
    }

    /**
     * @return the code of the enclosing division one level up (this code cut to the parent
     *     level's digits), or empty for a province
     */
    public Optional<DivisionCode> parentCode() {
        if (level == DivisionLevel.PROVINCE) {
            return Optional.empty();
        }
        long unit = Codes.unit(DivisionLevel.values()[level.ordinal() - 1]);
        return Optional.of(DivisionCode.lenient(Codes.text(value - value % unit)));
    }

    /**
     * @return for a township-level division, its kind from the township segment
     *     (街道/镇/乡/other); empty at every other level
     */
    public Optional<TownshipKind> townshipKind() {
        if (level != DivisionLevel.TOWNSHIP) {
            return Optional.empty();
        }
        return Optional.of(TownshipKind.ofSegment((int) (value / 1_000 % 1_000)));
    }

    /**
     * @return for a village-level division, its kind from the village segment
     *     (居委会/村委会/other); empty at every other level
     */
    public Optional<VillageKind> villageKind() {
        if (level != DivisionLevel.VILLAGE) {
            return Optional.empty();
        }
        return Optional.of(VillageKind.ofSegment((int) (value % 1_000)));
    }

    /** Orders by code, then by level (the prefecture 4419 before the county 441900), then name. */
    @Override
    public int compareTo(Division other) {
        int c = Long.compare(value, other.value);
        if (c == 0) {
            c = level.compareTo(other.level);
        }
        return c != 0 ? c : name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Division d && value == d.value && level == d.level && name.equals(d.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, level, name);
    }

    /** @return e.g. {@code 522631206200 口江村村民委员会 (VILLAGE)} */
    @Override
    public String toString() {
        return code.text() + " " + name + " (" + level + ")";
    }
}
