package org.partyorg.generator.internal;

import org.partyorg.core.code.Ethnicity;

/**
 * The ethnic mix of members by place: mostly Han nationally (about 7.7% minorities, docs/guides/fixtures.md
 * §7.1), with the minorities of the provinces and prefectures where they live (Guizhou: 苗, 布依,
 * 侗, 土家, 彝, 仡佬, 水; 黔东南: mostly 苗 and 侗).
 */
final class Ethnicities {
    private static final Ethnicities DEFAULT = new Ethnicities(new Ethnicity[] {Ethnicity.HUI, Ethnicity.MANCHU, Ethnicity.ZHUANG},
            new double[] {0.01, 0.01, 0.01});

    private final Ethnicity[] groups;
    private final double[] upTo;

    private Ethnicities(Ethnicity[] groups, double[] shares) {
        this.groups = groups;
        this.upTo = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            upTo[i] = sum;
        }
    }

    static Ethnicities forRegion(String region) {
        String province = region.substring(0, 2);
        String prefecture = region.substring(0, 4);
        switch (prefecture) {
            case "5226": // 黔东南苗族侗族自治州
                return new Ethnicities(new Ethnicity[] {Ethnicity.MIAO, Ethnicity.DONG, Ethnicity.SUI, Ethnicity.BUYEI},
                        new double[] {0.40, 0.32, 0.02, 0.02});
            case "5227": // 黔南布依族苗族自治州
            case "5223": // 黔西南布依族苗族自治州
                return new Ethnicities(new Ethnicity[] {Ethnicity.BUYEI, Ethnicity.MIAO, Ethnicity.SUI},
                        new double[] {0.30, 0.12, 0.04});
            default:
                break;
        }
        switch (province) {
            case "52":
                return new Ethnicities(new Ethnicity[] {Ethnicity.MIAO, Ethnicity.BUYEI, Ethnicity.DONG, Ethnicity.TUJIA, Ethnicity.YI,
                    Ethnicity.GELAO, Ethnicity.SUI}, new double[] {0.10, 0.06, 0.04, 0.06, 0.03, 0.03, 0.01});
            case "45":
                return new Ethnicities(new Ethnicity[] {Ethnicity.ZHUANG, Ethnicity.YAO}, new double[] {0.30, 0.03});
            case "53":
                return new Ethnicities(new Ethnicity[] {Ethnicity.YI, Ethnicity.BAI, Ethnicity.HANI, Ethnicity.DAI},
                        new double[] {0.10, 0.03, 0.03, 0.02});
            case "54":
                return new Ethnicities(new Ethnicity[] {Ethnicity.TIBETAN}, new double[] {0.80});
            case "65":
                return new Ethnicities(new Ethnicity[] {Ethnicity.UYGHUR, Ethnicity.KAZAKH, Ethnicity.HUI},
                        new double[] {0.35, 0.06, 0.03});
            case "15":
                return new Ethnicities(new Ethnicity[] {Ethnicity.MONGOL, Ethnicity.MANCHU}, new double[] {0.20, 0.02});
            case "64":
                return new Ethnicities(new Ethnicity[] {Ethnicity.HUI}, new double[] {0.30});
            case "63":
                return new Ethnicities(new Ethnicity[] {Ethnicity.TIBETAN, Ethnicity.HUI, Ethnicity.TU}, new double[] {0.20, 0.15, 0.03});
            case "22":
                return new Ethnicities(new Ethnicity[] {Ethnicity.KOREAN, Ethnicity.MANCHU}, new double[] {0.03, 0.04});
            case "21":
                return new Ethnicities(new Ethnicity[] {Ethnicity.MANCHU, Ethnicity.MONGOL}, new double[] {0.10, 0.01});
            case "43":
                return new Ethnicities(new Ethnicity[] {Ethnicity.TUJIA, Ethnicity.MIAO, Ethnicity.DONG},
                        new double[] {0.05, 0.03, 0.01});
            case "46":
                return new Ethnicities(new Ethnicity[] {Ethnicity.LI}, new double[] {0.12});
            case "51":
                return new Ethnicities(new Ethnicity[] {Ethnicity.YI, Ethnicity.TIBETAN, Ethnicity.QIANG},
                        new double[] {0.04, 0.02, 0.01});
            default:
                return DEFAULT;
        }
    }

    Ethnicity pick(Rng rng) {
        double r = rng.nextDouble();
        for (int i = 0; i < upTo.length; i++) {
            if (r < upTo[i]) {
                return groups[i];
            }
        }
        return Ethnicity.HAN;
    }
}
