package org.partyorg.core.code;

import java.util.Optional;

/**
 * The 56 ethnic groups, GB/T 3304-1991 (exchanged as the two-digit code {@code "01"}..{@code "56"}).
 */
public enum Ethnicity implements NationalCode {
    /** 01 汉族. */
    HAN("01", "汉族"),
    /** 02 蒙古族. */
    MONGOL("02", "蒙古族"),
    /** 03 回族. */
    HUI("03", "回族"),
    /** 04 藏族. */
    TIBETAN("04", "藏族"),
    /** 05 维吾尔族. */
    UYGHUR("05", "维吾尔族"),
    /** 06 苗族. */
    MIAO("06", "苗族"),
    /** 07 彝族. */
    YI("07", "彝族"),
    /** 08 壮族. */
    ZHUANG("08", "壮族"),
    /** 09 布依族. */
    BUYEI("09", "布依族"),
    /** 10 朝鲜族. */
    KOREAN("10", "朝鲜族"),
    /** 11 满族. */
    MANCHU("11", "满族"),
    /** 12 侗族. */
    DONG("12", "侗族"),
    /** 13 瑶族. */
    YAO("13", "瑶族"),
    /** 14 白族. */
    BAI("14", "白族"),
    /** 15 土家族. */
    TUJIA("15", "土家族"),
    /** 16 哈尼族. */
    HANI("16", "哈尼族"),
    /** 17 哈萨克族. */
    KAZAKH("17", "哈萨克族"),
    /** 18 傣族. */
    DAI("18", "傣族"),
    /** 19 黎族. */
    LI("19", "黎族"),
    /** 20 傈僳族. */
    LISU("20", "傈僳族"),
    /** 21 佤族. */
    VA("21", "佤族"),
    /** 22 畲族. */
    SHE("22", "畲族"),
    /** 23 高山族. */
    GAOSHAN("23", "高山族"),
    /** 24 拉祜族. */
    LAHU("24", "拉祜族"),
    /** 25 水族. */
    SUI("25", "水族"),
    /** 26 东乡族. */
    DONGXIANG("26", "东乡族"),
    /** 27 纳西族. */
    NAXI("27", "纳西族"),
    /** 28 景颇族. */
    JINGPO("28", "景颇族"),
    /** 29 柯尔克孜族. */
    KYRGYZ("29", "柯尔克孜族"),
    /** 30 土族. */
    TU("30", "土族"),
    /** 31 达斡尔族. */
    DAUR("31", "达斡尔族"),
    /** 32 仫佬族. */
    MULAM("32", "仫佬族"),
    /** 33 羌族. */
    QIANG("33", "羌族"),
    /** 34 布朗族. */
    BLANG("34", "布朗族"),
    /** 35 撒拉族. */
    SALAR("35", "撒拉族"),
    /** 36 毛南族. */
    MAONAN("36", "毛南族"),
    /** 37 仡佬族. */
    GELAO("37", "仡佬族"),
    /** 38 锡伯族. */
    XIBE("38", "锡伯族"),
    /** 39 阿昌族. */
    ACHANG("39", "阿昌族"),
    /** 40 普米族. */
    PUMI("40", "普米族"),
    /** 41 塔吉克族. */
    TAJIK("41", "塔吉克族"),
    /** 42 怒族. */
    NU("42", "怒族"),
    /** 43 乌孜别克族. */
    UZBEK("43", "乌孜别克族"),
    /** 44 俄罗斯族. */
    RUSSIAN("44", "俄罗斯族"),
    /** 45 鄂温克族. */
    EVENKI("45", "鄂温克族"),
    /** 46 德昂族. */
    DEANG("46", "德昂族"),
    /** 47 保安族. */
    BONAN("47", "保安族"),
    /** 48 裕固族. */
    YUGUR("48", "裕固族"),
    /** 49 京族. */
    GIN("49", "京族"),
    /** 50 塔塔尔族. */
    TATAR("50", "塔塔尔族"),
    /** 51 独龙族. */
    DERUNG("51", "独龙族"),
    /** 52 鄂伦春族. */
    OROQEN("52", "鄂伦春族"),
    /** 53 赫哲族. */
    HEZHEN("53", "赫哲族"),
    /** 54 门巴族. */
    MONBA("54", "门巴族"),
    /** 55 珞巴族. */
    LHOBA("55", "珞巴族"),
    /** 56 基诺族. */
    JINO("56", "基诺族");

    private final String code;
    private final String chineseName;

    Ethnicity(String code, String chineseName) {
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
     * @param code a GB/T 3304 code, may be null
     * @return the group with that code, or empty
     */
    public static Optional<Ethnicity> findByCode(String code) {
        // codes are "01".."56" in declaration order: index directly instead of scanning
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        char a = code.charAt(0);
        char b = code.charAt(1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return Optional.empty();
        }
        int n = (a - '0') * 10 + (b - '0');
        Ethnicity[] all = VALUES;
        return n >= 1 && n <= all.length ? Optional.of(all[n - 1]) : Optional.empty();
    }

    /**
     * @param code a GB/T 3304 code
     * @return the group with that code
     * @throws InvalidCodeException if the code is not in the list
     */
    public static Ethnicity ofCode(String code) {
        return findByCode(code).orElseThrow(() -> NationalCode.unknown("ethnicity (GB/T 3304)", code));
    }

    private static final Ethnicity[] VALUES = values();
}
