package org.partyorg.generator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;

/**
 * Which records of one run get which defect. A first, counting run ({@link #counting}) learns how
 * many records each defect may go to; the planting run then spreads the N victims evenly over
 * them (the k-th at eligible record {@code (2k+1)E/2N}). A record gets at most one defect; one
 * that another defect took passes its turn to the next eligible record.
 *
 * <p>The changes draw no random numbers, so the generated records are the same with or without
 * defects, apart from the planted ones. Mutable, one per run.
 */
final class Defects {
    private final Map<Defect, Integer> wanted;
    private final boolean counting;
    private final LocalDate asOf;
    private final long[] eligible;
    private final long[] seen = new long[Defect.values().length];
    private final int[] planted = new int[Defect.values().length];
    private Defect last;
    private Defect lastExtra;

    private Defects(Map<Defect, Integer> wanted, boolean counting, LocalDate asOf, long[] eligible) {
        this.wanted = wanted;
        this.counting = counting;
        this.asOf = asOf;
        this.eligible = eligible;
    }

    static Defects counting(Map<Defect, Integer> wanted, LocalDate asOf) {
        return new Defects(wanted, true, asOf, null);
    }

    static Defects planting(Map<Defect, Integer> wanted, LocalDate asOf, long[] eligible) {
        return new Defects(wanted, false, asOf, eligible);
    }

    /** @return how many records each defect could go to (after a counting run) */
    long[] seen() {
        return seen.clone();
    }

    /** @return how many of each defect were planted */
    Map<Defect, Integer> planted() {
        Map<Defect, Integer> out = new EnumMap<>(Defect.class);
        for (Defect d : wanted.keySet()) {
            out.put(d, planted[d.ordinal()]);
        }
        return out;
    }

    /** @return the defect planted by the last call, or null */
    Defect last() {
        return last;
    }

    /** @return the defect whose added record should follow the member of the last call, or null */
    Defect lastExtra() {
        return lastExtra;
    }

    /**
     * Offers a record to the defects of a target and returns the defect that takes it, if any.
     * Every eligible defect counts the record, taken or not, so that the planting run sees the
     * records the counting run saw.
     *
     * @param alreadyTaken whether another target's defect took the record
     */
    private Defect take(Defect.Target target, Object record, boolean alreadyTaken) {
        Defect taken = null;
        for (Map.Entry<Defect, Integer> e : wanted.entrySet()) {
            Defect d = e.getKey();
            if (d.target() != target || !eligible(d, record)) {
                continue;
            }
            int i = d.ordinal();
            long index = seen[i]++;
            if (counting || alreadyTaken || taken != null || planted[i] >= e.getValue()) {
                continue;
            }
            long due = ((2L * planted[i] + 1) * eligible[i]) / (2L * e.getValue());
            if (index >= due) {
                planted[i]++;
                taken = d;
            }
        }
        return taken;
    }

    private boolean eligible(Defect d, Object record) {
        if (d == Defect.MEM_013) {
            Member m = (Member) record;
            return !m.admittedOn().plusYears(2).plusDays(30).isAfter(asOf);
        }
        if (d == Defect.PST_006) {
            return ((Posting) record).startDate().isBefore(asOf.minusDays(1));
        }
        return true;
    }

    // ---------------------------------------------------------------- per-record defects

    Member member(Member m, boolean plain, int serial) {
        last = null;
        lastExtra = null;
        if (!plain) {
            return m;
        }
        Defect d = take(Defect.Target.MEMBER, m, false);
        lastExtra = take(Defect.Target.MEMBER_EXTRA, m, d != null);
        last = d;
        if (d == null) {
            return m;
        }
        ResidentIdNumber id = m.idNumber();
        LocalDate birth = m.birthDate();
        Sex sex = m.sex();
        LocalDate admitted = m.admittedOn();
        LocalDate full = m.fullMemberOn();
        LocalDate since = m.statusSince();
        PhoneNumber phone = m.phone();
        switch (d) {
            case IDN_001 -> id = ResidentIdNumber.lenient(id.text().substring(0, 17));
            case IDN_002 -> id = IdNumbers.withWrongCheckCharacter(id);
            case IDN_005 -> birth = birth.minusDays(1);
            case IDN_006 -> sex = sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            case IDN_030 -> phone = PhoneNumber.lenient("0851" + (1_000_000 + serial % 9_000_000));
            case MEM_010 -> {
                admitted = birth.plusYears(17).plusDays(100);
                full = admitted.plusYears(1);
            }
            case MEM_011 -> full = null;
            case MEM_012 -> full = admitted.plusMonths(6);
            case MEM_013 -> full = admitted.plusYears(2).plusDays(30);
            case MEM_016 -> since = asOf.plusDays(10);
            default -> throw new IllegalStateException(d.name());
        }
        return new Member(m.id(), m.name(), id, sex, birth, m.ethnicity(), m.education(), m.orgId(), m.partyGroupId(), m.stage(),
                admitted, full, m.probationExtendedTo(), m.status(), since, m.occupation(), phone, m.tags());
    }

    Organization organization(Organization o) {
        last = null;
        if (o.orgType() != OrgType.BRANCH || o.leadership() == null || o.dissolvedOn() != null) {
            return o;
        }
        last = take(Defect.Target.BRANCH, o, false);
        if (last == null) {
            return o;
        }
        return o.withLeadership(null);
    }

    Grid grid(Grid g, int serial) {
        Defect d = take(Defect.Target.GRID, g, false);
        last = d;
        if (d == null) {
            return g;
        }
        int households = g.households();
        Integer population = g.population();
        if (d == Defect.GRID_004) {
            households = 501 + serial % 300;
            population = Math.min(2500, households * 3);
        } else {
            population = 2501 + serial % 500;
        }
        return new Grid(g.id(), g.name(), g.code(), g.divisionCode(), g.kind(), g.leadOrgId(), g.leader(), g.workers(),
                g.villagerGroups(), households, population);
    }

    ServiceRecord serviceRecord(ServiceRecord r) {
        Defect.Target target = r.status() == ServiceStatus.OPEN ? Defect.Target.OPEN_SERVICE : Defect.Target.RESOLVED_SERVICE;
        Defect d = take(target, r, false);
        last = d;
        if (d == null) {
            return r;
        }
        LocalDate date = r.date();
        LocalDate resolved = r.resolvedOn();
        switch (d) {
            case SVC_002 -> date = asOf.plusDays(3);
            case SVC_003 -> resolved = null;
            case SVC_004 -> resolved = date.minusDays(1);
            default -> throw new IllegalStateException(d.name());
        }
        return new ServiceRecord(r.id(), r.gridId(), date, r.category(), r.topic(), r.status(), resolved, r.worker(),
                r.households());
    }

    Posting posting(Posting p) {
        last = null;
        if (p.status() != PostingStatus.SERVING) {
            return p;
        }
        Defect d = take(Defect.Target.SERVING_POSTING, p, false);
        last = d;
        if (d == null) {
            return p;
        }
        if (d == Defect.PST_004) {
            return new Posting(p.id(), p.person(), p.role(), p.sendingUnit(), p.hostOrgId(), p.divisionCode(), p.startDate(),
                    p.startDate().plusYears(1), p.endDate(), p.status(), p.previousPostingId());
        }
        return new Posting(p.id(), p.person(), p.role(), p.sendingUnit(), p.hostOrgId(), p.divisionCode(), p.startDate(),
                p.plannedEndDate(), asOf.minusDays(1), p.status(), p.previousPostingId());
    }
}
