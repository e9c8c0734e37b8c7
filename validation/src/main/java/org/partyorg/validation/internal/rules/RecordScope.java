package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.util.Set;
import org.partyorg.core.RecordType;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;

/**
 * What a per-record rule sees besides the record: the reference date, the options, and where to
 * report. One scope is reused for every record of a run (the stream validator calls rules 100
 * million times), so it is mutable and not thread-safe.
 *
 * <p>Fields are named relative to the record ({@code leadership/officers/2/role}); the scope turns
 * them into JSON Pointers only when a finding is reported.
 */
public final class RecordScope implements Reporter {
    private final FindingSink out;
    private final PathLayout layout;
    private final ValidationOptions options;
    /** The same record, reporting where the cross-record rules report; null when that is {@code out}. */
    private final RecordScope crossRecord;
    private LocalDate asOf;

    private RecordType type;
    private long position;
    private long seq;
    private String recordId;
    private boolean idUsable;
    private Set<String> flagged = Set.of();
    /** {@link #leftOut}'s list and its indexes, for the current record. */
    private String leftOutList;
    private int[] leftOut;
    private String recordPath;

    /**
     * @param out where findings go
     * @param layout document or stream paths
     * @param options the run's options
     * @param asOf the reference date, null when unknown (comparisons with it are skipped)
     */
    public RecordScope(FindingSink out, PathLayout layout, ValidationOptions options, LocalDate asOf) {
        this(out, null, layout, options, asOf);
    }

    /**
     * @param out where the per-record rules' findings go
     * @param crossRecordOut where the cross-record rules' findings go (they are dropped when the read
     *     stops early), or null for {@code out}
     * @param layout document or stream paths
     * @param options the run's options
     * @param asOf the reference date, null when unknown (comparisons with it are skipped)
     */
    public RecordScope(FindingSink out, FindingSink crossRecordOut, PathLayout layout, ValidationOptions options, LocalDate asOf) {
        this.out = out;
        this.layout = layout;
        this.options = options;
        this.asOf = asOf;
        this.crossRecord = crossRecordOut == null ? null : new RecordScope(crossRecordOut, null, layout, options, asOf);
    }

    /**
     * @return the current record's scope for the cross-record rules: the same record, reporting
     *     where they report
     */
    public RecordScope crossRecord() {
        return crossRecord == null ? this : crossRecord;
    }

    /**
     * Starts a record.
     *
     * @param type its type
     * @param position its index (document) or line (stream)
     * @param seq its place in the input, for report order
     * @param recordId its id, may be null
     * @param flagged fields the reader already reported as unreadable (so they are not reported
     *     missing again); relative paths
     */
    public void begin(RecordType type, long position, long seq, String recordId, Set<String> flagged) {
        this.type = type;
        this.position = position;
        this.seq = seq;
        this.recordId = recordId;
        this.idUsable = recordId != null && Checks.isWellFormedId(recordId);
        this.flagged = flagged;
        this.leftOutList = null;
        this.recordPath = null;
        if (crossRecord != null) {
            crossRecord.begin(type, position, seq, recordId, flagged);
        }
    }

    /** @return the reference date, or null when unknown */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * @param asOf the reference date, null when unknown
     */
    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        if (crossRecord != null) {
            crossRecord.setAsOf(asOf);
        }
    }

    /** @return the run's options */
    public ValidationOptions options() {
        return options;
    }

    /**
     * @param field a relative path
     * @return whether the reader already reported that field as unreadable
     */
    public boolean isFlagged(String field) {
        return !flagged.isEmpty() && flagged.contains(field);
    }

    /**
     * @param list a relative path to a list field
     * @return how many elements of the list the reader could not read (and left out of the bound
     *     list), or {@link Integer#MAX_VALUE} when it could not read the list at all; 0 when the
     *     bound list is the whole list
     */
    public int unreadableElements(String list) {
        if (flagged.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String field : flagged) {
            if (field.equals(list)) {
                return Integer.MAX_VALUE;
            }
            if (isElementOf(field, list)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The index in the input of a bound list's element. The reader leaves out the elements it could
     * not read (and flags each, {@code list/<index>}), so the bound list's j-th element is the
     * input's j-th only when none before it was left out; findings name the input's.
     *
     * @param list a relative path to a list field
     * @param j an index into the bound list
     * @return the element's index in the input
     */
    public int elementIndex(String list, int j) {
        if (flagged.isEmpty()) {
            return j;
        }
        int[] left = leftOut(list);
        // left[c] - c never falls: the elements left out before the j-th kept one are those with left[c] - c <= j
        int low = 0;
        int high = left.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (left[mid] - mid <= j) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return j + low;
    }

    /** The input indexes of the list's elements left out, ascending; kept for the record's next call. */
    private int[] leftOut(String list) {
        if (!list.equals(leftOutList)) {
            leftOut = flagged.stream()
                    .filter(f -> isElementOf(f, list))
                    .mapToInt(f -> Integer.parseInt(f, list.length() + 1, f.length(), 10)).sorted().toArray();
            leftOutList = list;
        }
        return leftOut;
    }

    /**
     * @param list a relative path to a list field
     * @param j an index into the bound list
     * @return the element's relative path, {@code list/<its index in the input>}
     */
    public String element(String list, int j) {
        return list + "/" + elementIndex(list, j);
    }

    /** @return whether the field is a whole element of the list, {@code list/<index>} (an index of at most 9 digits) */
    private static boolean isElementOf(String field, String list) {
        return field.length() > list.length() + 1 && field.length() <= list.length() + 10 && field.startsWith(list)
                && field.charAt(list.length()) == '/' && isDigits(field, list.length() + 1);
    }

    private static boolean isDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return the current record's type */
    RecordType type() {
        return type;
    }

    /** @return the current record's place in the input */
    long seq() {
        return seq;
    }

    /** @return the current record's index or line */
    long position() {
        return position;
    }

    /** @return the current record's id, may be null */
    String recordId() {
        return recordId;
    }

    /** @return whether the current record's id is present and of the id pattern (usable for references) */
    boolean isIdUsable() {
        return idUsable;
    }

    /** @return a reporter for the current record that stays valid after the scope moves on */
    Located located() {
        return new Located(out, layout, type, seq, position, recordId);
    }

    /**
     * @param rule the rule
     * @param severity the severity this case has
     * @param field the relative path, {@code ""} for the record itself
     * @param args alternating message parameter names and values
     */
    @Override
    public void report(Rule rule, Severity severity, String field, Object... args) {
        if (recordPath == null) {
            recordPath = layout.recordPath(type, position);
        }
        String path = field.isEmpty() ? recordPath : recordPath + "/" + field;
        out.add(rule, severity, seq, type.wireName(), recordId, path, args);
    }
}
