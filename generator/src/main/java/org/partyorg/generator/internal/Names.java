package org.partyorg.generator.internal;

import org.partyorg.core.code.PhoneNumber;

/**
 * Invented Chinese personal names (a common surname and one or two given-name characters drawn
 * at random) and mainland mobile numbers. The names belong to nobody in particular; any likeness
 * to a real person is chance, as with any common name.
 */
public final class Names {
    private static final char[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万"
            + "钱严覃武戴莫孔向汤杨吴龙石潘王李张陈刘罗").toCharArray();
    private static final char[] MALE = ("伟强军杰勇涛明超华建平刚林辉鹏飞斌波磊宇浩凯健俊帆帅旭宁龙国志文德成海山云兴荣"
            + "进昌发贵福全忠永祥松柏江河峰光明亮胜利新春生元乾坤正阳远航坚毅锋锐").toCharArray();
    private static final char[] FEMALE = ("芳娜敏静丽艳娟霞燕玲婷雪琳颖倩梅兰萍红慧莉凤洁秀英华琴素云霏月桂花香玉珍"
            + "佳欣悦蓉琼瑶彩霓凡晴岚思雨薇菲婕妍").toCharArray();
    private static final char[] DIGITS = "0123456789".toCharArray();

    private Names() {
    }

    /**
     * @param rng the random source
     * @param female whether to draw from women's given names
     * @return a name of two or three characters
     */
    public static String person(Rng rng, boolean female) {
        char[] given = female ? FEMALE : MALE;
        if (rng.nextInt(10) < 3) {
            return new String(new char[] {SURNAMES[rng.nextInt(SURNAMES.length)], given[rng.nextInt(given.length)]});
        }
        return new String(new char[] {SURNAMES[rng.nextInt(SURNAMES.length)], given[rng.nextInt(given.length)],
            given[rng.nextInt(given.length)]});
    }

    /**
     * @param rng the random source
     * @return a mainland mobile number {@code 1[3-9]} + 9 digits
     */
    public static PhoneNumber phone(Rng rng) {
        char[] c = new char[11];
        c[0] = '1';
        c[1] = (char) ('3' + rng.nextInt(7));
        long bits = rng.nextLong() >>> 1;
        for (int i = 2; i < 11; i++) {
            c[i] = DIGITS[(int) (bits % 10)];
            bits /= 10;
        }
        return PhoneNumber.lenient(new String(c));
    }

    /**
     * @param n 1..99
     * @return the number in Chinese numerals (一, 十二, 二十)
     */
    public static String chineseNumber(int n) {
        String units = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(units.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : units.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + units.charAt(n % 10);
    }
}
