package org.partyorg.divisions;

/**
 * The kind of a township-level division (乡级), read from the range of its 3-digit township
 * segment (digits 7-9 of the code) as GB/T 10114 assigns them.
 *
 * <p>In the 2023 data: 9,066 streets, 21,377 towns, 8,198 townships and 2,711 others
 * nationally; in Guizhou 365, 831 and 314, and no others.
 */
public enum TownshipKind {
    /** 街道 (sub-district): segment 001-099. */
    STREET("街道"),
    /** 镇 (town): segment 100-199. */
    TOWN("镇"),
    /** 乡 (township, including ethnic townships and 苏木): segment 200-399. */
    TOWNSHIP("乡"),
    /**
     * Anything else: 400-599 are units combining government and enterprise (政企合一: development
     * zones, farms, forestry bureaus); the 2023 data also has one placeholder with segment 000
     * (350527000 金门县).
     */
    OTHER("其他");

    private final String chineseName;

    TownshipKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name of the kind, e.g. 街道 */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @param segment the 3-digit township segment as a number
     * @return its kind; values outside the ranges above (including negative ones) are {@link #OTHER}
     */
    static TownshipKind ofSegment(int segment) {
        if (segment >= 1 && segment <= 99) {
            return STREET;
        } else if (segment >= 100 && segment <= 199) {
            return TOWN;
        } else if (segment >= 200 && segment <= 399) {
            return TOWNSHIP;
        }
        return OTHER;
    }
}
