package org.partyorg.generator;

import java.time.LocalDate;
import java.util.Objects;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;

/**
 * Makes synthetic but valid 公民身份号码 (GB 11643-1999): a 6-digit region code, the birth date,
 * a 3-digit sequence whose parity encodes the sex, and the MOD 11-2 check character.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /**
     * @param region the 6-digit county code of household registration, e.g. {@code 522631}
     * @param birthDate the birth date (years 1000-9999)
     * @param sex {@link Sex#MALE} or {@link Sex#FEMALE}
     * @param serial 0..499: which of the 500 numbers of that sex born that day in that region
     * @return a valid number whose 17th digit is odd for men and even for women
     * @throws PartyOrgException if an argument is out of range
     */
    public static ResidentIdNumber of(String region, LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (sex != Sex.MALE && sex != Sex.FEMALE) {
            throw new PartyOrgException("an ID number encodes only MALE or FEMALE, not " + sex);
        }
        if (serial < 0 || serial > 499) {
            throw new PartyOrgException("serial must be 0..499: " + serial);
        }
        int year = birthDate.getYear();
        if (year < 1000 || year > 9999) {
            throw new PartyOrgException("birth year out of range: " + year);
        }
        int ymd = year * 10_000 + birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth();
        return make(region, ymd, serial * 2 + (sex == Sex.MALE ? 1 : 0));
    }

    /**
     * The fast path behind {@link #of}: no checks beyond the region's shape.
     *
     * @param region 6 digits
     * @param ymd the birth date as {@code yyyymmdd}
     * @param sequence 0..999, odd for men
     * @return the number
     * @throws PartyOrgException if the region is not 6 digits
     */
    public static ResidentIdNumber make(CharSequence region, int ymd, int sequence) {
        if (region.length() != 6) {
            throw new PartyOrgException("region must be 6 digits: " + region);
        }
        char[] c = new char[18];
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            char ch = region.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new PartyOrgException("region must be 6 digits: " + region);
            }
            c[i] = ch;
        }
        int v = ymd;
        for (int i = 13; i >= 6; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        c[14] = (char) ('0' + sequence / 100);
        c[15] = (char) ('0' + sequence / 10 % 10);
        c[16] = (char) ('0' + sequence % 10);
        for (int i = 0; i < 17; i++) {
            sum += (c[i] - '0') * WEIGHTS[i];
        }
        c[17] = CHECK[sum % 11];
        return ResidentIdNumber.lenient(new String(c));
    }

    /**
     * @param id a number of 17 digits and a check character
     * @return the same number with a wrong check character (for tests of IDN-002)
     */
    public static ResidentIdNumber withWrongCheckCharacter(ResidentIdNumber id) {
        String text = id.text();
        char right = ResidentIdNumber.checkCharacter(text);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right - 1);
        return ResidentIdNumber.lenient(text.substring(0, 17) + wrong);
    }
}
