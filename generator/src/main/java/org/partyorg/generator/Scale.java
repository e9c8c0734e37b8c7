package org.partyorg.generator;

/**
 * How much a {@link Generator} makes. Every scale below {@link #NATIONAL} lies in Guizhou and is
 * built on the real NBS 2023 divisions.
 */
public enum Scale {
    /** One village or community (chosen by the seed), with the chain of committees above it. */
    VILLAGE,
    /** One township, town or street (chosen by the seed) with all its villages and units. */
    TOWNSHIP,
    /** One county (chosen by the seed) with its organs, enterprises, townships and villages. */
    COUNTY,
    /** Guizhou: 9 prefectures, 88 counties, 1,510 townships and 17,964 village-level units. */
    PROVINCE,
    /**
     * The whole country: all 620,573 village-level units, about 100 million members and 5.25
     * million organizations. Stream only ({@link Generator#forEach}, {@link Generator#iterator}).
     */
    NATIONAL
}
