package org.partyorg.generator.internal;

import org.partyorg.core.Occupation;
import org.partyorg.core.Sector;

/**
 * Who the members of a kind of unit are: shares of women, of college education (大专及以上),
 * of mobile members, ages and occupations. The shares are set so that a county's mix of villages,
 * communities, organs and enterprises comes out near the national figures of the 2023 统计公报 (docs/guides/fixtures.md)
 * (women about 31%, college or above about 58%).
 */
public enum Profile {
    /** Villagers' committees (村). */
    RURAL(Sector.RURAL, 0.24, 0.18, 0.07, 0.40,
            new Occupation[] {Occupation.FARMER, Occupation.FARMER, Occupation.FARMER, Occupation.FARMER, Occupation.FARMER,
                Occupation.RETIRED, Occupation.WORKER, Occupation.OTHER}),
    /** Residents' committees (社区). */
    URBAN(Sector.URBAN, 0.38, 0.45, 0.03, 0.45,
            new Occupation[] {Occupation.RETIRED, Occupation.RETIRED, Occupation.RETIRED, Occupation.OTHER, Occupation.WORKER,
                Occupation.MANAGER}),
    /** Party and government organs (机关). */
    ORGAN(Sector.GOVERNMENT_ORGAN, 0.29, 0.90, 0.0, 0.08,
            new Occupation[] {Occupation.PUBLIC_SERVANT, Occupation.PUBLIC_SERVANT, Occupation.PUBLIC_SERVANT, Occupation.PUBLIC_SERVANT,
                Occupation.RETIRED}),
    /** Schools and other public institutions (事业单位). */
    INSTITUTION(Sector.OTHER, 0.38, 0.82, 0.0, 0.10,
            new Occupation[] {Occupation.PROFESSIONAL, Occupation.PROFESSIONAL, Occupation.PROFESSIONAL, Occupation.MANAGER,
                Occupation.RETIRED}),
    /** Public hospitals. */
    HOSPITAL(Sector.PUBLIC_HOSPITAL, 0.48, 0.88, 0.0, 0.08,
            new Occupation[] {Occupation.PROFESSIONAL, Occupation.PROFESSIONAL, Occupation.PROFESSIONAL, Occupation.MANAGER}),
    /** Universities. */
    UNIVERSITY(Sector.UNIVERSITY, 0.40, 0.97, 0.0, 0.05,
            new Occupation[] {Occupation.PROFESSIONAL, Occupation.PROFESSIONAL, Occupation.STUDENT, Occupation.STUDENT,
                Occupation.MANAGER}),
    /** State-owned enterprises. */
    STATE_OWNED(Sector.STATE_OWNED_ENTERPRISE, 0.22, 0.60, 0.01, 0.08,
            new Occupation[] {Occupation.WORKER, Occupation.WORKER, Occupation.PROFESSIONAL, Occupation.MANAGER,
                Occupation.RETIRED}),
    /** Non-public enterprises, social organizations, new forms of work (新兴领域). */
    EMERGING(Sector.EMERGING, 0.31, 0.45, 0.04, 0.03,
            new Occupation[] {Occupation.WORKER, Occupation.MANAGER, Occupation.PROFESSIONAL, Occupation.OTHER});

    private final Sector sector;
    private final double female;
    private final double college;
    private final double mobile;
    private final double old;
    private final Occupation[] occupations;

    Profile(Sector sector, double female, double college, double mobile, double old, Occupation[] occupations) {
        this.sector = sector;
        this.female = female;
        this.college = college;
        this.mobile = mobile;
        this.old = old;
        this.occupations = occupations;
    }

    /** @return the sector of the organizations of such units */
    public Sector sector() {
        return sector;
    }

    /** @return the share of women */
    public double female() {
        return female;
    }

    /** @return the share with college education or above */
    public double college() {
        return college;
    }

    /** @return the share of mobile members (流动党员) */
    public double mobile() {
        return mobile;
    }

    /** @return the share aged 61 or more */
    public double old() {
        return old;
    }

    /** @return occupations to draw from (repeats weight them) */
    Occupation[] occupations() {
        return occupations;
    }
}
