package org.partyorg.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.Sector;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.generator.internal.Days;
import org.partyorg.generator.internal.IdAllocator;
import org.partyorg.generator.internal.MemberFactory;
import org.partyorg.generator.internal.Rng;
import org.partyorg.generator.internal.WorkingLife;
import org.partyorg.validation.Rule;

/**
 * Passes records to the sink, counts them (their indexes are the document paths), and lets the
 * run's {@link Defects} change or add records, noting the findings they must produce. Added
 * records wait until the end of the unit being written ({@link #flush}). Mutable, one per run.
 */
final class Emitter {
    private final RecordSink sink;
    private final Defects defects;
    private final LocalDate asOf;
    private final List<ExpectedFinding> expected = new ArrayList<>();
    private final List<Organization> extraOrgs = new ArrayList<>();
    private final List<Member> extraMembers = new ArrayList<>();
    private final List<Defect> extraMemberDefects = new ArrayList<>();
    private long organizations;
    private long members;
    private long grids;
    private long serviceRecords;
    private long postings;
    private long ordinal;
    private int serial;
    // format 1.1: each unit's organizations and members, for its working life (null: none is made)
    private final Life life;
    private final List<Organization> unitOrgs = new ArrayList<>();
    private final List<Member> unitMembers = new ArrayList<>();
    private long units;

    /**
     * What the emitter needs to add a unit's working life (format 1.1) when it ends.
     *
     * @param coverageFrom the first day of the coverage
     * @param seed the generator's seed
     * @param people makes the applicants' ID numbers
     */
    record Life(LocalDate coverageFrom, long seed, MemberFactory people) {
    }

    Emitter(RecordSink sink, Defects defects, LocalDate asOf) {
        this(sink, defects, asOf, null);
    }

    Emitter(RecordSink sink, Defects defects, LocalDate asOf, Life life) {
        this.sink = sink;
        this.defects = defects;
        this.asOf = asOf;
        this.life = life;
    }

    void organization(Organization o) {
        if (defects != null) {
            o = defects.organization(o);
            note(defects.last(), o.id(), organizations);
        }
        sink.organization(o);
        organizations++;
        ordinal++;
        if (life != null) {
            unitOrgs.add(o);
        }
    }

    /**
     * @param m the member
     * @param plain whether it is a plain full member (no office, no posting, status NORMAL), which
     *     defects may change
     * @param ids the allocator of the member's region, for the ID numbers of added records
     * @param division the unit's division, for added organizations
     */
    void member(Member m, boolean plain, IdAllocator ids, DivisionCode division) {
        Defect extra = null;
        if (defects != null) {
            m = defects.member(m, plain, serial++);
            note(defects.last(), m.id(), members);
            extra = defects.lastExtra();
        }
        sink.member(m);
        members++;
        ordinal++;
        if (life != null) {
            unitMembers.add(m);
        }
        if (extra != null) {
            addExtra(extra, m, ids, division);
        }
    }

    void grid(Grid g) {
        if (defects != null) {
            g = defects.grid(g, serial++);
            note(defects.last(), g.id(), grids);
        }
        sink.grid(g);
        grids++;
        ordinal++;
    }

    void serviceRecord(ServiceRecord r) {
        if (defects != null) {
            r = defects.serviceRecord(r);
            note(defects.last(), r.id(), serviceRecords);
        }
        sink.serviceRecord(r);
        serviceRecords++;
        ordinal++;
    }

    void posting(Posting p) {
        if (defects != null) {
            p = defects.posting(p);
            note(defects.last(), p.id(), postings);
        }
        sink.posting(p);
        postings++;
        ordinal++;
    }

    /** Emits the records that defects added while the unit was written. */
    void flush() {
        for (Organization o : extraOrgs) {
            expected.add(expectation(Defect.ORG_001, o.id(), organizations));
            sink.organization(o);
            organizations++;
            ordinal++;
        }
        for (int i = 0; i < extraMembers.size(); i++) {
            Member m = extraMembers.get(i);
            expected.add(expectation(extraMemberDefects.get(i), m.id(), members));
            sink.member(m);
            members++;
            ordinal++;
        }
        extraOrgs.clear();
        extraMembers.clear();
        extraMemberDefects.clear();
        if (life != null && !unitOrgs.isEmpty()) {
            // the unit's year of branch life, from its own records: valid with them by construction
            Dataset unit = new Dataset(Dataset.CURRENT_SCHEMA_VERSION, asOf, null, unitOrgs, unitMembers, null, null, null);
            Dataset lived = new WorkingLife(unit, life.coverageFrom(), Rng.of(life.seed(), 1_000_003L + units++), life.people())
                    .dataset(2);
            for (RecordType type : RecordType.values()) {
                if (type.isSince11()) {
                    lived.records(type).forEach(sink::accept);
                }
            }
        }
        unitOrgs.clear();
        unitMembers.clear();
    }

    Manifest manifest() {
        return new Manifest(organizations, members, grids, serviceRecords, postings, expected);
    }

    private void addExtra(Defect d, Member m, IdAllocator ids, DivisionCode division) {
        int n = extraOrgs.size() + extraMembers.size();
        switch (d) {
            case ORG_001 -> {
                String id = "x" + ordinal + "o";
                extraOrgs.add(new Organization(id, "中共已撤销支部委员会" + id, OrgType.BRANCH, Sector.OTHER, "missing-" + id, division,
                        LocalDate.of(2001, 3, 1), LocalDate.of(2019, 6, 30), null, null, null, null));
            }
            case MEM_001 -> extraMembers.add(copy(m, m.id() + "x" + n, "missing-" + m.orgId(), fresh(m, ids), m.status(),
                    m.statusSince()));
            case DOC_016 -> extraMembers.add(copy(m, m.id(), m.orgId(), fresh(m, ids), MemberStatus.LEFT, asOf.minusDays(100)));
            case IDN_040 -> extraMembers.add(copy(m, m.id() + "d" + n, m.orgId(), m.idNumber(), MemberStatus.SUSPENDED,
                    asOf.minusDays(60)));
            default -> throw new IllegalStateException(d.name());
        }
        if (d != Defect.ORG_001) {
            extraMemberDefects.add(d);
        }
    }

    /** A new ID number for a copy of {@code m}: same sex and (almost) the same birth day. */
    private static ResidentIdNumber fresh(Member m, IdAllocator ids) {
        return ids.next(Days.day(m.birthDate()), m.sex() == Sex.MALE);
    }

    private static Member copy(Member m, String id, String orgId, ResidentIdNumber idNumber, MemberStatus status,
            LocalDate since) {
        LocalDate birth = idNumber.birthDate().orElse(m.birthDate());
        return new Member(id, m.name(), idNumber, m.sex(), birth, m.ethnicity(), m.education(), orgId, null, m.stage(),
                m.admittedOn(), m.fullMemberOn(), null, status, since, m.occupation(), m.phone(), m.tags());
    }

    private void note(Defect d, String recordId, long index) {
        if (d != null) {
            expected.add(expectation(d, recordId, index));
        }
    }

    private ExpectedFinding expectation(Defect d, String recordId, long index) {
        Rule rule = Rule.ofId(d.ruleId());
        return new ExpectedFinding(d.ruleId(), rule.severity(), d.findingType(), recordId, d.field(), index, ordinal);
    }
}
