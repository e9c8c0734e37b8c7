package org.partyorg.generator;

/**
 * Which real divisions a generator covers, known before anything is generated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param divisionCode the 12-digit code of the division generated ({@code 000000000000} for the nation)
 * @param name its full name, e.g. 贵州省 黔东南苗族侗族自治州 黎平县
 * @param provinces provinces covered
 * @param prefectures prefecture-level units covered
 * @param counties county-level units covered
 * @param townships township-level units covered
 * @param villages village-level units covered (村委会, 居委会)
 */
public record Coverage(String divisionCode, String name, int provinces, int prefectures, int counties, int townships,
        int villages) {
}
