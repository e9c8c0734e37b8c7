package org.partyorg.generator.internal;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.MemberTag;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;

/**
 * Makes member records that break no rule, fast: every date is epoch-day arithmetic on shared
 * {@link LocalDate} instances ({@link Days}), ID numbers come from an {@link IdAllocator}, and no
 * text is formatted. One instance serves one region at a time ({@link #region}).
 *
 * <p>The date arithmetic is conservative: "18 years" is taken as 6,575 days and "one year" as
 * 366 days, never less than {@code plusYears} gives, so MEM-010 and MEM-012 cannot fire.
 *
 * <p>Mutable and not thread-safe.
 */
public final class MemberFactory {
    /** What a member is for: the kind decides the stage, status and dates. */
    public enum Kind {
        /** Anyone: may be probationary (if the caller asks), mobile or out of contact. */
        PLAIN,
        /** Will hold office: a FULL member with status NORMAL, aged 28 to 60. */
        OFFICER,
        /** Admitted within the last year, not yet full. */
        PROBATIONARY,
        /** A first secretary: FULL, NORMAL, full member well before {@link #firstSecretaryStart}. */
        FIRST_SECRETARY
    }

    private static final int EIGHTEEN_YEARS = 18 * 365 + 5;
    private static final int YEAR = 366;
    private static final int NONE = Integer.MIN_VALUE;
    private static final Education[] COLLEGE = {
        Education.UNDERGRADUATE_GRADUATED, Education.UNDERGRADUATE_GRADUATED, Education.UNDERGRADUATE_GRADUATED,
        Education.UNDERGRADUATE_GRADUATED, Education.JUNIOR_COLLEGE_GRADUATED, Education.JUNIOR_COLLEGE_GRADUATED,
        Education.JUNIOR_COLLEGE_GRADUATED, Education.MASTER_GRADUATED, Education.DOCTORATE_GRADUATED
    };
    private static final Education[] BELOW_COLLEGE = {
        Education.HIGH_SCHOOL_GRADUATED, Education.HIGH_SCHOOL_GRADUATED, Education.JUNIOR_HIGH_SCHOOL_GRADUATED,
        Education.JUNIOR_HIGH_SCHOOL_GRADUATED, Education.JUNIOR_HIGH_SCHOOL_GRADUATED, Education.SECONDARY_SPECIALIZED_GRADUATED,
        Education.VOCATIONAL_HIGH_SCHOOL_GRADUATED, Education.PRIMARY_SCHOOL_GRADUATED, Education.TECHNICAL_SCHOOL_GRADUATED
    };
    private static final List<MemberTag> NO_TAGS = List.of();
    private static final List<MemberTag> VETERAN = List.of(MemberTag.VETERAN);
    private static final List<MemberTag> MIGRANT = List.of(MemberTag.MIGRANT_WORKER);

    private final int asOfDay;
    private final int[] asOfMinusYears = new int[101];
    private final IdAllocator ids;
    private Ethnicities ethnicities;
    private int firstSecretaryLatestAdmission;
    private int lastBirthDay;

    /**
     * @param asOf the dataset's reference date
     */
    public MemberFactory(LocalDate asOf) {
        this.asOfDay = Days.day(asOf);
        for (int a = 0; a <= 100; a++) {
            asOfMinusYears[a] = Days.day(asOf.minusYears(a));
        }
        this.ids = new IdAllocator("000000");
        this.ethnicities = Ethnicities.forRegion("000000");
        this.firstSecretaryLatestAdmission = asOfDay - 3 * YEAR;
    }

    /**
     * Starts a region (county): ID numbers restart their counters, the ethnic mix follows the place.
     *
     * @param region the 6-digit county code
     */
    public void region(String region) {
        ids.reset(region);
        ethnicities = Ethnicities.forRegion(region);
    }

    /**
     * Sets when the next first secretaries' postings start: they are made full members at least two
     * years before.
     *
     * @param start the posting's start
     */
    public void firstSecretaryStart(LocalDate start) {
        firstSecretaryLatestAdmission = Days.day(start) - 2 * YEAR - 30;
    }

    /** @return the allocator of the current region, for ID numbers of people who are not members */
    public IdAllocator ids() {
        return ids;
    }

    /** @return the day the reference date falls on */
    public int asOfDay() {
        return asOfDay;
    }

    /**
     * A birth day of someone {@code age} years old on the reference date.
     *
     * @param rng the random source
     * @param age in whole years, 0..99
     * @return the epoch day
     */
    public int birthDay(Rng rng, int age) {
        return asOfMinusYears[age] - rng.between(1, 360);
    }

    /**
     * @return the birth day of the last member or person made (the allocator may move it a little)
     */
    public int lastBirthDay() {
        return lastBirthDay;
    }

    /**
     * A valid ID number for someone who is not a member record (a posted work-team member).
     *
     * @param rng the random source
     * @param female the sex
     * @param age the age in years
     * @return the number
     */
    public ResidentIdNumber personIdNumber(Rng rng, boolean female, int age) {
        ResidentIdNumber id = ids.next(birthDay(rng, age), !female);
        lastBirthDay = ids.lastDay();
        return id;
    }

    /**
     * Makes a member.
     *
     * @param rng the random source
     * @param id the member id
     * @param orgId the organization
     * @param profile who the unit's members are
     * @param kind what the member is for
     * @param tags tags to carry (an unmodifiable list; null for random ones)
     * @param college whether to force college education
     * @return a member that breaks no per-record rule
     */
    public Member make(Rng rng, String id, String orgId, Profile profile, Kind kind, List<MemberTag> tags, boolean college) {
        boolean female = rng.chance(profile.female());
        int age = age(rng, profile, kind);
        ResidentIdNumber idNumber = ids.next(birthDay(rng, age), !female);
        int birth = ids.lastDay();
        lastBirthDay = birth;
        int adult = birth + EIGHTEEN_YEARS;

        MemberStage stage;
        int admitted;
        int full;
        if (kind == Kind.PROBATIONARY) {
            stage = MemberStage.PROBATIONARY;
            admitted = Math.max(adult, asOfDay - rng.between(1, 360));
            full = NONE;
        } else {
            stage = MemberStage.FULL;
            int latest = kind == Kind.FIRST_SECRETARY ? firstSecretaryLatestAdmission : asOfDay - YEAR - 45;
            int span = Math.min(latest - adult, 30 * 365);
            admitted = span <= 0 ? adult : adult + rng.nextInt(span + 1);
            full = admitted + YEAR + (kind == Kind.FIRST_SECRETARY ? 0 : rng.nextInt(46));
        }

        MemberStatus status = MemberStatus.NORMAL;
        LocalDate statusSince = null;
        if (kind == Kind.PLAIN) {
            double r = rng.nextDouble();
            if (r < profile.mobile()) {
                status = MemberStatus.MOBILE;
                statusSince = Days.date(Math.max(admitted, asOfDay - rng.between(30, 1000)));
            } else if (r < profile.mobile() + 0.002) {
                status = MemberStatus.LOST_CONTACT;
                statusSince = Days.date(Math.max(admitted, asOfDay - rng.between(10, 150)));
            }
        }

        Education education = college || rng.chance(profile.college())
                ? COLLEGE[rng.nextInt(COLLEGE.length)] : BELOW_COLLEGE[rng.nextInt(BELOW_COLLEGE.length)];
        Ethnicity ethnicity = ethnicities.pick(rng);
        PhoneNumber phone = rng.nextInt(100) < 85 ? Names.phone(rng) : null;
        List<MemberTag> memberTags = tags;
        if (memberTags == null) {
            if (status == MemberStatus.MOBILE && profile == Profile.RURAL) {
                memberTags = MIGRANT;
            } else if (!female && rng.nextInt(100) < 6) {
                memberTags = VETERAN;
            } else {
                memberTags = NO_TAGS;
            }
        }
        return new Member(id, Names.person(rng, female), idNumber, female ? Sex.FEMALE : Sex.MALE, Days.date(birth), ethnicity,
                education, orgId, null, stage, Days.date(admitted), full == NONE ? null : Days.date(full), null, status, statusSince,
                profile.occupations()[rng.nextInt(profile.occupations().length)], phone, memberTags);
    }

    private static int age(Rng rng, Profile profile, Kind kind) {
        switch (kind) {
            case OFFICER:
                return rng.between(28, 58);
            case FIRST_SECRETARY:
                return rng.between(28, 50);
            case PROBATIONARY:
                return rng.between(20, 40);
            default:
                break;
        }
        double r = rng.nextDouble();
        if (r < 0.12) {
            return rng.between(20, 30);
        } else if (r < 1.0 - profile.old()) {
            return rng.between(31, 60);
        }
        return rng.between(61, 88);
    }
}
