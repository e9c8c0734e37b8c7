package org.partyorg.divisions;

/**
 * The kind of a village-level division (村级), read from the range of its 3-digit village
 * segment (digits 10-12 of the code) as the NBS coding rules (国统字〔2009〕91号) assign them.
 *
 * <p>The range says what the unit is counted as, not how it is named: about 2,300 units in the
 * 200-399 range have 社区 or 居委会 in their names, and 4xx/5xx units (e.g. 522632210500 摆拉村委会) are
 * {@link #OTHER} whatever their name. In the 2023 data: 124,649 residents' committees, 487,144
 * villagers' committees and 8,780 others nationally; in Guizhou 4,275, 13,687 and 2.
 */
public enum VillageKind {
    /** 居民委员会 / 社区 (urban residents' committee): segment 001-199. */
    RESIDENTS_COMMITTEE("居委会"),
    /** 村民委员会 (villagers' committee): segment 200-399. */
    VILLAGE_COMMITTEE("村委会"),
    /** Anything else: 400-599 "similar" units, and the placeholder 000 (350527000000 金门县). */
    OTHER("其他");

    private final String chineseName;

    VillageKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name of the kind, e.g. 村委会 */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @param segment the 3-digit village segment as a number
     * @return its kind; values outside the ranges above are {@link #OTHER}
     */
    static VillageKind ofSegment(int segment) {
        if (segment >= 1 && segment <= 199) {
            return RESIDENTS_COMMITTEE;
        } else if (segment >= 200 && segment <= 399) {
            return VILLAGE_COMMITTEE;
        }
        return OTHER;
    }
}
