package org.partyorg.core.code;

import java.util.Optional;

/**
 * Sex, GB/T 2261.1-2003 (exchanged as its code, {@code "0" "1" "2" "9"}).
 */
public enum Sex implements NationalCode {
    /** 0 未知的性别. */
    UNKNOWN("0", "未知的性别"),
    /** 1 男性. */
    MALE("1", "男性"),
    /** 2 女性. */
    FEMALE("2", "女性"),
    /** 9 未说明的性别. */
    UNSTATED("9", "未说明的性别");

    private final String code;
    private final String chineseName;

    Sex(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * @param code a GB/T 2261.1 code, may be null
     * @return the sex with that code, or empty
     */
    public static Optional<Sex> findByCode(String code) {
        return NationalCode.find(values(), code);
    }

    /**
     * @param code a GB/T 2261.1 code
     * @return the sex with that code
     * @throws InvalidCodeException if the code is not in the list
     */
    public static Sex ofCode(String code) {
        return findByCode(code).orElseThrow(() -> NationalCode.unknown("sex (GB/T 2261.1)", code));
    }
}
