package org.partyorg.core.stats;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A band of age, as the Party's statistics of its members group them (30岁及以下, 31-35岁, ...,
 * 71岁及以上). Age is in whole years on the dataset's reference date.
 */
public enum AgeBand {
    /** 30岁及以下. */
    UP_TO_30("30岁及以下", 30),
    /** 31-35岁. */
    FROM_31_TO_35("31-35岁", 35),
    /** 36-40岁. */
    FROM_36_TO_40("36-40岁", 40),
    /** 41-45岁. */
    FROM_41_TO_45("41-45岁", 45),
    /** 46-50岁. */
    FROM_46_TO_50("46-50岁", 50),
    /** 51-55岁. */
    FROM_51_TO_55("51-55岁", 55),
    /** 56-60岁. */
    FROM_56_TO_60("56-60岁", 60),
    /** 61-70岁. */
    FROM_61_TO_70("61-70岁", 70),
    /** 71岁及以上. */
    OVER_70("71岁及以上", Integer.MAX_VALUE);

    private static final AgeBand[] BANDS = values();
    private final String chineseName;
    private final int oldest;

    AgeBand(String chineseName, int oldest) {
        this.chineseName = chineseName;
        this.oldest = oldest;
    }

    /** @return the Chinese name, such as {@code 31-35岁} */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @param birthDate a date of birth, may be null
     * @param asOf the reference date, may be null
     * @return the band of the whole years from birth to asOf (a birthday on asOf counts); empty when
     *     either date is null or birth is after asOf
     */
    public static Optional<AgeBand> of(LocalDate birthDate, LocalDate asOf) {
        if (birthDate == null || asOf == null || birthDate.isAfter(asOf)) {
            return Optional.empty();
        }
        int age = Period.between(birthDate, asOf).getYears();
        for (AgeBand band : BANDS) {
            if (age <= band.oldest) {
                return Optional.of(band);
            }
        }
        throw new AssertionError(age);
    }
}
