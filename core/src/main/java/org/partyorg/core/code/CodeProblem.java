package org.partyorg.core.code;

/**
 * What is wrong with a code value, as a machine-readable reason.
 *
 * <p>Value types report the first problem of a graded check (well-formed, then checksum, then
 * plausible), in the order the constants are declared for each code kind.
 */
public enum CodeProblem {
    /** 身份证号 is not 17 digits followed by a digit or X. */
    ID_NUMBER_FORMAT,
    /** 身份证号 check character does not match ISO 7064 MOD 11-2. */
    ID_NUMBER_CHECKSUM,
    /** 身份证号 birth-date segment is not a real date, or lies after the reference date. */
    ID_NUMBER_BIRTH_DATE,
    /** 身份证号 starts with no valid province code. */
    ID_NUMBER_REGION,
    /** 统一社会信用代码 does not have the GB 32100 shape. */
    CREDIT_CODE_FORMAT,
    /** 统一社会信用代码 check character is wrong (some early pilot codes are legal yet fail it). */
    CREDIT_CODE_CHECKSUM,
    /** Division code is not 12 digits, or a zero segment is followed by a non-zero one. */
    DIVISION_CODE_FORMAT,
    /** Grid code is not 15 digits. */
    GRID_CODE_FORMAT,
    /** Grid code does not start with the grid's division code. */
    GRID_CODE_DIVISION,
    /** Phone is not a mainland mobile number ({@code 1[3-9]} and 9 more digits). */
    PHONE_FORMAT,
    /** A code is not in its national code list (sex, ethnicity, education). */
    UNKNOWN_CODE
}
