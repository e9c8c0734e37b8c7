package org.partyorg.validation.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.partyorg.core.code.CodeProblem;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Masking;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.internal.Texts;
import org.partyorg.validation.Rule;

/**
 * Field checks shared by the per-record rules: required fields and lengths (DOC-010, DOC-014)
 * and the code fields (IDN rules). Each returns whether the value is usable, so that "one bad value
 * yields one finding": a value that fails its check is unknown to every other rule.
 */
public final class Checks {
    /** Longest {@code id}, docs/format.md Conventions. */
    public static final int MAX_ID_LENGTH = 64;

    private Checks() {
    }

    /**
     * @param id an {@code id} value
     * @return whether it is 1..64 characters of {@code [A-Za-z0-9._:-]}
     */
    public static boolean isWellFormedId(String id) {
        int n = id.length();
        if (n == 0 || n > MAX_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 128 || !ID_CHARS[c]) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] ID_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ID_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
        }
    }

    /**
     * DOC-010, unless the reader already reported the field as unreadable.
     *
     * @param s the scope
     * @param value the value
     * @param field the relative path
     * @return whether the value is present
     */
    static boolean required(RecordScope s, Object value, String field) {
        if (value == null) {
            if (!s.isFlagged(field)) {
                s.report(Rule.DOC_010, field, "field", field);
            }
            return false;
        }
        return true;
    }

    /**
     * The record's {@code id}: required (DOC-010) and of the id pattern (DOC-014).
     *
     * @param s the scope
     * @param id the id
     * @return whether the id is usable for references and duplicate detection
     */
    static boolean id(RecordScope s, String id) {
        if (!required(s, id, "id")) {
            return false;
        }
        // the scope knows the current record's id already (Bean Validation's scope does not)
        boolean usable = id.equals(s.recordId()) ? s.isIdUsable() : isWellFormedId(id);
        if (!usable) {
            s.report(Rule.DOC_014, "id", "field", "id", "value", shorten(id), "constraint", "1..64 [A-Za-z0-9._:-]");
            return false;
        }
        return true;
    }

    /**
     * Money (format 1.1): at least 0 and at most two decimals, else DOC-014, as the reader judges it
     * in a file; here for records built in code.
     *
     * @return the value, or null when it breaks that (unknown to the other rules)
     */
    static BigDecimal money(RecordScope s, BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || (value.signum() != 0 && value.stripTrailingZeros().scale() > 2))) {
            s.report(Rule.DOC_014, field, "field", field, "value", shorten(value.toString()), "constraint", "≥ 0, at most 2 decimals");
            return null;
        }
        return value;
    }

    /**
     * A required text with a length range.
     *
     * @param s the scope
     * @param value the text
     * @param max the longest allowed length (the shortest is 1)
     * @param field the relative path
     */
    static void requiredText(RecordScope s, String value, int max, String field) {
        if (required(s, value, field)) {
            int n = value.codePointCount(0, value.length());
            if (n < 1 || n > max) {
                s.report(Rule.DOC_014, field, "field", field, "value", shorten(value), "constraint", "1.." + max);
            }
        }
    }

    /**
     * A count that may not be negative (DOC-014).
     *
     * @param s the scope
     * @param value the count, may be null
     * @param field the relative path
     * @return the count when usable (present and not negative), else null
     */
    static Integer count(RecordScope s, Integer value, String field) {
        if (value != null && value < 0) {
            s.report(Rule.DOC_014, field, "field", field, "value", value, "constraint", ">= 0");
            return null;
        }
        return value;
    }

    /**
     * IDN-001..IDN-004 in order, stopping at the first failure, then IDN-007.
     *
     * @param s the scope
     * @param id the ID number, may be null
     * @param field the relative path
     */
    public static void idNumber(RecordScope s, ResidentIdNumber id, String field) {
        if (id == null) {
            return;
        }
        CodeProblem problem = id.problem(s.asOf()).orElse(null);
        if (problem == null) {
            if (id.hasLowercaseCheckCharacter()) {
                s.report(Rule.IDN_007, field, "value", id.masked());
            }
            return;
        }
        Rule rule = switch (problem) {
            case ID_NUMBER_FORMAT -> Rule.IDN_001;
            case ID_NUMBER_CHECKSUM -> Rule.IDN_002;
            case ID_NUMBER_BIRTH_DATE -> Rule.IDN_003;
            default -> Rule.IDN_004;
        };
        s.report(rule, field, "value", id.masked());
    }

    /**
     * @param id an ID number, may be null
     * @param asOf the reference date, may be null
     * @return whether the number is usable by other rules (passes IDN-001..IDN-004)
     */
    static boolean usable(ResidentIdNumber id, LocalDate asOf) {
        return id != null && id.isValid(asOf);
    }

    /**
     * IDN-030.
     *
     * @param s the scope
     * @param phone the phone, may be null
     * @param field the relative path
     */
    public static void phone(RecordScope s, PhoneNumber phone, String field) {
        if (phone != null && !phone.isValid()) {
            s.report(Rule.IDN_030, field, "value", phone.masked());
        }
    }

    /**
     * IDN-010, else IDN-011.
     *
     * @param s the scope
     * @param code the code, may be null
     * @param field the relative path
     */
    public static void creditCode(RecordScope s, CreditCode code, String field) {
        if (code == null) {
            return;
        }
        if (!code.isWellFormed()) {
            s.report(Rule.IDN_010, field, "value", shorten(code.text()));
        } else if (!code.hasValidChecksum()) {
            s.report(Rule.IDN_011, field, "value", shorten(code.text()), "expected", CreditCode.checkCharacter(code.text()));
        }
    }

    /**
     * IDN-020, and IDN-021 when a registry is configured.
     *
     * @param s the scope
     * @param code the code, may be null
     * @param field the relative path
     */
    public static void divisionCode(RecordScope s, DivisionCode code, String field) {
        if (code == null) {
            return;
        }
        if (!code.isWellFormed()) {
            s.report(Rule.IDN_020, field, "value", shorten(code.text()));
            return;
        }
        s.options().divisionRegistry().ifPresent(registry -> {
            if (!registry.contains(code)) {
                s.report(Rule.IDN_021, field, "value", code.text(), "registry", registry.edition());
            }
        });
    }

    /**
     * @param code a division code, may be null
     * @return the code when usable by other rules (well-formed), else null
     */
    static DivisionCode usable(DivisionCode code) {
        return code != null && code.isWellFormed() ? code : null;
    }

    /**
     * @param text a value for a message
     * @return the value with anything that looks like an ID or phone number masked (a misplaced
     *     one, e.g. a phone typed into a date or code field), cut to 80 characters
     */
    static String shorten(String text) {
        String masked = Masking.scrubPersonal(text);
        return Texts.shorten(masked, 80);
    }

    /**
     * {@code date.plusYears(years)} that saturates instead of failing on absurd terms: a term of
     * 999,999,999 years, or one year added to such a term's end, is {@link LocalDate#MAX}.
     *
     * @param date a date
     * @param years years to add
     * @return the date, or {@link LocalDate#MAX} or {@link LocalDate#MIN} when out of range
     */
    static LocalDate plusYears(LocalDate date, long years) {
        long year = date.getYear() + years;
        if (year > Year.MAX_VALUE) {
            return LocalDate.MAX;
        }
        if (year < Year.MIN_VALUE) {
            return LocalDate.MIN;
        }
        return date.plusYears(years);
    }

    /**
     * Compares {@code date} with {@code base.plusYears(years)} without building the latter when the
     * years alone decide (nearly always: the stream validator asks this several times per member).
     *
     * @param date a date
     * @param base another
     * @param years years to add to {@code base}
     * @return negative, zero or positive as {@code date} is before, on or after {@code base + years}
     */
    static int compareToPlusYears(LocalDate date, LocalDate base, int years) {
        int diff = date.getYear() - base.getYear();
        if (diff != years) {
            return diff < years ? -1 : 1;
        }
        return date.compareTo(base.plusYears(years));
    }

    /**
     * @param approvalRef an approval reference
     * @return whether it is absent (null or blank)
     */
    static boolean noApproval(String approvalRef) {
        return approvalRef == null || approvalRef.isBlank();
    }
}
