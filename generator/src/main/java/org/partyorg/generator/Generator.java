package org.partyorg.generator;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.RecordType;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.divisions.Division;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.generator.internal.MemberFactory;
import org.partyorg.generator.internal.Rng;

/**
 * Synthetic datasets on the real NBS 2023 divisions, as pure functions of (scale, seed): the same
 * arguments give equal records on every machine and every run.
 *
 * <pre>{@code
 * Dataset county = Generator.of(Scale.COUNTY, 42).dataset();
 * Generator.of(Scale.NATIONAL, 1).forEach(sink);          // about 105 million records, constant memory
 * Generation g = Generator.of(Scale.TOWNSHIP, 7).inject("MEM-012", 5).generate();
 * g.manifest().expectedFindings();                       // the 5 MEM-012 findings validation must report
 * }</pre>
 *
 * <p><b>What is generated.</b> Per county: the county committee, its organs, schools, hospitals
 * and enterprises (as branches, general branches or Party committees) under the county committee
 * and two working committees; per township: the township committee (or street working committee)
 * with its organ branch and units; per village-level unit: a branch (fewer than 50 members), a
 * general branch (50-99) or a Party committee (100 or more) with its branches, members, grids with
 * leaders, workers and villager groups, service records, and in a quarter of rural villages a first
 * secretary (sometimes with a predecessor, a renewal or a work team). Members are about 31% women,
 * 58% college or above and 2% probationary; branches hold about 22 members; 42% / 13% / 12% of
 * village secretaries are tagged WEALTH_LEADER / RETURNED_TALENT / COLLEGE_GRADUATE. The data
 * validate with no finding under {@code DatasetValidator.create()}; the national run approaches
 * 100 million members and 5.25 million organizations.
 *
 * <p><b>Order.</b> Records come as the stream form wants them: each organization before its
 * members, members before the grids, service records and postings that name them. A township's
 * committee names officers from its organ branch, which follows it.
 *
 * <p><b>Memory.</b> {@link #forEach}, {@link #iterator} and {@link #stream} hold one unit (a
 * village, an organ) at a time: constant memory at any scale. {@link #dataset()} holds everything
 * and refuses {@link Scale#NATIONAL}.
 *
 * <p><b>Defects.</b> {@link #inject} plants defects of a rule; the {@link Manifest} lists the
 * findings they must produce, no more and no fewer (see {@link #supportedDefects()}).
 *
 * <p>Immutable and thread-safe; every generation runs on the calling thread.
 */
public final class Generator {
    /** 2023-08-18: the date the Guizhou report describes, and the {@code asOf} of every generated dataset. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 8, 18);
    private final Scale scale;
    private final long seed;
    private final String divisionCode;
    private static final String ALONE_WHY = "stop the reader or the rules that need asOf or coverageFrom";
    /** Rule id to count, in catalog order. */
    private final Map<String, Integer> defects;
    private volatile long[] eligible;
    private volatile Generation planted;

    private Generator(Scale scale, long seed, String divisionCode, Map<String, Integer> defects) {
        this.scale = scale;
        this.seed = seed;
        this.divisionCode = divisionCode;
        this.defects = defects;
    }

    /**
     * @param scale how much to generate; below {@link Scale#NATIONAL} the division is in Guizhou
     *     and chosen by the seed
     * @param seed the seed
     * @return the generator
     */
    public static Generator of(Scale scale, long seed) {
        Objects.requireNonNull(scale, "scale");
        return new Generator(scale, seed, null, Map.of());
    }

    /**
     * A generator for one division of the NBS 2023 registry, anywhere in China.
     *
     * @param divisionCode 2, 4, 6, 9 or 12 digits of a province, prefecture, county, township or
     *     village-level unit, e.g. {@code "522631206"} for 口江乡
     * @param seed the seed
     * @return the generator; its scale follows the division's level
     * @throws PartyOrgException if the registry has no such division
     */
    public static Generator at(String divisionCode, long seed) {
        Objects.requireNonNull(divisionCode, "divisionCode");
        Division d = NbsDivisions.nbs2023().find(divisionCode)
                .orElseThrow(() -> new PartyOrgException("no division " + divisionCode + " in the NBS 2023 registry"));
        Scale scale = switch (d.level()) {
            case PROVINCE -> Scale.PROVINCE;
            case PREFECTURE -> throw new PartyOrgException("generators cover a province, county, township or village, not the "
                    + "prefecture " + divisionCode);
            case COUNTY -> Scale.COUNTY;
            case TOWNSHIP -> Scale.TOWNSHIP;
            default -> Scale.VILLAGE;
        };
        return new Generator(scale, seed, d.prefix(), Map.of());
    }

    /** @return the scale */
    public Scale scale() {
        return scale;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /**
     * @return {@code "1.1"} when the generation holds a year of branch life (format 1.1), else
     *     {@code "1.0"}: see {@link #hasWorkingLife()}
     */
    public String schemaVersion() {
        return hasWorkingLife() ? Dataset.SCHEMA_VERSION_1_1 : Dataset.CURRENT_SCHEMA_VERSION;
    }

    /**
     * Whether the generation holds format 1.1 records: for every unit, the election of each elected
     * leadership, the meetings every branch holds over the coverage, every paying member's monthly
     * dues, two applications per village branch (and the admitted one of each probationary member
     * admitted within the coverage) and two transfers, all valid. Every scale holds them except
     * {@link Scale#NATIONAL}, which stays the 1.0 export of the benchmarks (its 100 million members
     * would add 1.2 billion dues payments a year); and a province with planted defects, which plants
     * them as it streams (see {@link #inject}).
     *
     * @return whether 1.1 records are generated
     */
    public boolean hasWorkingLife() {
        return scale != Scale.NATIONAL && (defects.isEmpty() || plantsInMemory());
    }

    /** Up to a county, defects are planted in the whole dataset held in memory; above, as the records stream by. */
    private boolean plantsInMemory() {
        return scale.compareTo(Scale.COUNTY) <= 0;
    }

    /**
     * @return the first day of the 1.1 coverage: January 1st of the year before asOf's, so that a
     *     whole calendar year (for the yearly meetings) and every month since are covered
     */
    public LocalDate coverageFrom() {
        return LocalDate.of(asOf().getYear() - 1, 1, 1);
    }

    private Emitter.Life life() {
        if (!hasWorkingLife()) {
            return null;
        }
        // applicants get numbers of a region no generated member lives in
        MemberFactory people = new MemberFactory(asOf());
        people.region("710100");
        return new Emitter.Life(coverageFrom(), seed, people);
    }

    /** @return the reference date, {@link #AS_OF} */
    public LocalDate asOf() {
        return AS_OF;
    }

    /**
     * @return the rule ids {@link #inject} supports up to {@link Scale#COUNTY}: every rule of the
     *     catalog, in catalog order
     */
    public static List<String> supportedDefects() {
        return List.copyOf(plantableDefects().keySet());
    }

    /**
     * @return for each rule {@link #inject} supports up to {@link Scale#COUNTY}, in catalog order, a
     *     one-line description of what is planted
     */
    public static Map<String, String> plantableDefects() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Planting p : Plantings.all()) {
            out.put(p.ruleId(), p.description());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @return the rule ids {@link #inject} supports at {@link Scale#PROVINCE} and {@link Scale#NATIONAL},
     *     where defects are planted as the records stream by, in catalog order
     */
    public static List<String> streamedDefects() {
        List<String> ids = new ArrayList<>();
        for (Defect d : Defect.values()) {
            ids.add(d.ruleId());
        }
        ids.sort(null);
        return Collections.unmodifiableList(ids);
    }

    /**
     * Plants defects of a rule. Each planted defect yields exactly the findings the {@link Manifest}
     * lists for it, usually one finding of that rule on the changed or added record, and nothing
     * else. Calls for different rules add up; a second call for the same rule replaces the count.
     *
     * <p>Up to {@link Scale#COUNTY} every rule of the catalog can be planted ({@link #plantableDefects()}):
     * the dataset is generated whole, then changed. Some defects live only in the written forms (a
     * repeated key, a wrong JSON type, a date that does not exist): write them with
     * {@link Generation#writeDocument} or {@link Generation#writeStream}; {@link Generation#dataset()}
     * holds what a reader makes of them. DOC-001 and DOC-018 stop the reader, DOC-003 (no asOf) and
     * DOC-020 (no coverageFrom) stop the rules that need them, so these four are planted once and alone. IDN-021 is reported only by validation with a division registry. At
     * {@link Scale#PROVINCE} and {@link Scale#NATIONAL} the {@link #streamedDefects()} are planted as the
     * records stream by, in constant memory, and the generation holds no format 1.1 records.
     *
     * @param ruleId a rule id, in any case, e.g. {@code "MEM-012"} or {@code "mem-012"}
     * @param count how many, at least 1; generation fails, naming the largest possible count, if the
     *     dataset has too few suitable records
     * @return a generator that plants them
     * @throws PartyOrgException if the rule cannot be planted at this scale, or the count is not positive
     */
    public Generator inject(String ruleId, int count) {
        Objects.requireNonNull(ruleId, "ruleId");
        String id = ruleId.strip().toUpperCase(Locale.ROOT);
        if (plantsInMemory()) {
            Planting p = Plantings.byRuleId(id).orElseThrow(() -> new PartyOrgException("cannot plant defects of rule " + ruleId
                    + ": no such rule (partyorg generate --list-defects lists the " + Plantings.all().size() + " that can be)"));
            if (p.alone() && count > 1) {
                throw new PartyOrgException(id + " " + ALONE_WHY + ", so it is planted once: the count must be 1, not " + count);
            }
            boolean aloneBefore = defects.keySet().stream().anyMatch(r -> !r.equals(id) && Plantings.byRuleId(r).orElseThrow().alone());
            if (aloneBefore || p.alone() && defects.keySet().stream().anyMatch(r -> !r.equals(id))) {
                throw new PartyOrgException("DOC-001, DOC-003, DOC-018 and DOC-020 " + ALONE_WHY + ", so they are planted alone, "
                        + "not with other defects");
            }
        } else if (Defect.byRuleId(id).isEmpty()) {
            throw new PartyOrgException("cannot plant defects of rule " + ruleId + " at the " + scale + " scale, where defects are "
                    + "planted as the records stream by; supported: " + String.join(", ", streamedDefects())
                    + " (every rule can be planted up to the COUNTY scale)");
        }
        if (count < 1) {
            throw new PartyOrgException("the number of defects must be positive: " + count);
        }
        Map<String, Integer> copy = new LinkedHashMap<>(defects);
        copy.put(id, count);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String rule : catalogOrder()) {
            if (copy.containsKey(rule)) {
                ordered.put(rule, copy.get(rule));
            }
        }
        return new Generator(scale, seed, divisionCode, Collections.unmodifiableMap(ordered));
    }

    private List<String> catalogOrder() {
        return plantsInMemory() ? Plantings.all().stream().map(Planting::ruleId).toList() : streamedDefects();
    }

    /** @return the planted defects: rule id to count, in catalog order */
    public Map<String, Integer> defects() {
        return defects;
    }

    /** @return the divisions this generator covers, known without generating */
    public Coverage coverage() {
        NbsDivisions nbs = NbsDivisions.nbs2023();
        List<Division> path = focusPath(nbs);
        if (path.isEmpty()) {
            return new Coverage("000000000000", "中华人民共和国", nbs.count(DivisionLevel.PROVINCE), nbs.count(DivisionLevel.PREFECTURE),
                    nbs.count(DivisionLevel.COUNTY), nbs.count(DivisionLevel.TOWNSHIP), nbs.count(DivisionLevel.VILLAGE));
        }
        Division focus = path.get(path.size() - 1);
        return new Coverage(focus.code().text(), nbs.fullName(focus), 1, count(nbs, focus, DivisionLevel.PREFECTURE),
                count(nbs, focus, DivisionLevel.COUNTY), count(nbs, focus, DivisionLevel.TOWNSHIP),
                count(nbs, focus, DivisionLevel.VILLAGE));
    }

    /** The divisions of a level the focus covers: those inside it, or 1 for itself and the one above it. */
    private static int count(NbsDivisions nbs, Division focus, DivisionLevel level) {
        return focus.level().compareTo(level) >= 0 ? 1 : nbs.count(focus, level);
    }

    /**
     * Generates the whole dataset in memory.
     *
     * @return the dataset (immutable)
     * @throws PartyOrgException for {@link Scale#NATIONAL} (stream it with {@link #forEach}), or
     *     when the dataset has too few records for the planted defects
     */
    public Dataset dataset() {
        return generate().dataset();
    }

    /**
     * Generates the whole dataset in memory, with its manifest, in one pass.
     *
     * @return the dataset and manifest
     * @throws PartyOrgException for {@link Scale#NATIONAL}, or when the dataset has too few
     *     records for the planted defects
     */
    public Generation generate() {
        if (scale == Scale.NATIONAL) {
            throw new PartyOrgException("the NATIONAL scale (about 105 million records) is stream only: use forEach, iterator or "
                    + "stream instead of dataset()");
        }
        if (!defects.isEmpty() && plantsInMemory()) {
            return planted();
        }
        Collector collector = new Collector();
        Manifest manifest = forEach(collector);
        Dataset dataset = new Dataset(schemaVersion(), asOf(), hasWorkingLife() ? coverageFrom() : null,
                new Source("partyorg-fixtures Generator " + scale + " seed " + seed, null), collector.organizations, collector.members,
                collector.grids, collector.serviceRecords, collector.postings, collector.applications, collector.meetings,
                collector.duesPayments, collector.transfers, collector.elections);
        return new Generation(dataset, manifest);
    }

    /**
     * Streams every record to the sink, in order, holding one unit at a time.
     *
     * @param sink receives the header, the records and the end
     * @return the manifest
     * @throws PartyOrgException when the dataset has too few records for the planted defects
     */
    public Manifest forEach(RecordSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (!defects.isEmpty() && plantsInMemory()) {
            Generation g = planted();
            sink.header(schemaVersion(), asOf());
            for (RecordType type : RecordType.values()) {
                g.dataset().records(type).forEach(sink::accept);
            }
            sink.end();
            return g.manifest();
        }
        Defects planting = plantingDefects();
        Emitter emitter = new Emitter(sink, planting, asOf(), life());
        Walk walk = walk(emitter);
        sink.header(schemaVersion(), asOf());
        while (walk.step()) {
            // one unit per step
        }
        sink.end();
        checkPlanted(planting);
        return emitter.manifest();
    }

    /**
     * Counts what a generation makes, without keeping it (one full pass).
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return forEach(new Counter());
    }

    /**
     * @return the records in order, generated lazily one unit at a time: organizations, members,
     *     grids, service records and postings, and the format 1.1 records where
     *     {@link #hasWorkingLife()}
     */
    public Iterator<ExchangeRecord> iterator() {
        if (!defects.isEmpty() && plantsInMemory()) {
            Buffer all = new Buffer();
            forEach(all);
            return Collections.unmodifiableList(new ArrayList<>(all.records)).iterator();
        }
        Defects planting = plantingDefects();
        Buffer buffer = new Buffer();
        Walk walk = walk(new Emitter(buffer, planting, asOf(), life()));
        return new Iterator<>() {
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (buffer.records.isEmpty() && !ended) {
                    if (!walk.step()) {
                        ended = true;
                        checkPlanted(planting);
                    }
                }
                return !buffer.records.isEmpty();
            }

            @Override
            public ExchangeRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.records.poll();
            }
        };
    }

    /** @return the records in order as a sequential, lazy stream (see {@link #iterator()}) */
    public Stream<ExchangeRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private Walk walk(Emitter emitter) {
        NbsDivisions nbs = NbsDivisions.nbs2023();
        return new Walk(nbs, new Writer(seed, nbs, emitter, asOf()), focusPath(nbs));
    }

    private List<Division> focusPath(NbsDivisions nbs) {
        if (scale == Scale.NATIONAL) {
            return List.of();
        }
        Division focus;
        if (divisionCode != null) {
            focus = nbs.find(divisionCode).orElseThrow();
        } else {
            Division guizhou = nbs.find("52").orElseThrow();
            DivisionLevel level = switch (scale) {
                case PROVINCE -> DivisionLevel.PROVINCE;
                case COUNTY -> DivisionLevel.COUNTY;
                case TOWNSHIP -> DivisionLevel.TOWNSHIP;
                default -> DivisionLevel.VILLAGE;
            };
            List<Division> candidates = nbs.divisions(guizhou, level);
            focus = candidates.get((int) Math.floorMod(Rng.mix(seed + level.ordinal()), (long) candidates.size()));
        }
        return nbs.path(focus);
    }

    /** Generates the clean dataset, plants the defects in it, and keeps the result (a generator is immutable). */
    private Generation planted() {
        Generation g = planted;
        if (g == null) {
            Dataset clean = new Generator(scale, seed, divisionCode, Map.of()).dataset();
            Planter planter = null;
            int contexts = 0;
            while (planter == null) {
                planter = new Planter(clean);
                for (Map.Entry<String, Integer> e : defects.entrySet()) {
                    Planting p = Plantings.byRuleId(e.getKey()).orElseThrow();
                    int room = planter.room(p);
                    if (room < e.getValue() && PlantingContext.canAdd(p, clean) && contexts++ < 2 * defects.size()) {
                        // the smallest valid context that makes room, then plant again from the start
                        clean = PlantingContext.add(clean, p, e.getValue() - room);
                        planter = null;
                        break;
                    }
                    planter.plant(p, e.getValue(), describe());
                }
            }
            g = Generation.planted(planter.data());
            planted = g;
        }
        return g;
    }

    private Defects plantingDefects() {
        if (defects.isEmpty()) {
            return null;
        }
        Map<Defect, Integer> defects = new EnumMap<>(Defect.class);
        this.defects.forEach((rule, n) -> defects.put(Defect.byRuleId(rule).orElseThrow(), n));
        long[] counts = eligible;
        if (counts == null) {
            Defects counting = Defects.counting(defects, asOf());
            Walk walk = walk(new Emitter(new Counter(), counting, asOf()));
            while (walk.step()) {
                // counting only
            }
            counts = counting.seen();
            for (Map.Entry<Defect, Integer> e : defects.entrySet()) {
                long available = counts[e.getKey().ordinal()];
                if (available < e.getValue()) {
                    throw new PartyOrgException(describe() + " has room for " + available + " " + e.getKey().ruleId()
                            + " defects, fewer than the " + e.getValue() + " asked for; use a larger scale or at most " + available);
                }
            }
            eligible = counts;
        }
        return Defects.planting(defects, asOf(), counts);
    }

    private void checkPlanted(Defects planting) {
        if (planting == null) {
            return;
        }
        planting.planted().forEach((d, n) -> {
            if (n < defects.get(d.ruleId())) {
                throw new PartyOrgException(describe() + " could plant only " + n + " of " + defects.get(d.ruleId()) + " " + d.ruleId()
                        + " defects");
            }
        });
    }

    private String describe() {
        return "the " + scale + " generator with seed " + seed + (divisionCode == null ? "" : " at " + divisionCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Generator g && g.scale == scale && g.seed == seed && Objects.equals(g.divisionCode, divisionCode)
                && g.defects.equals(defects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, seed, divisionCode, defects);
    }

    @Override
    public String toString() {
        return "Generator[" + scale + ", seed " + seed + (divisionCode == null ? "" : ", at " + divisionCode)
                + (defects.isEmpty() ? "" : ", defects " + defects()) + "]";
    }

    /** Keeps every record, for {@link #generate()}. */
    private static final class Collector implements RecordSink {
        final List<Organization> organizations = new ArrayList<>();
        final List<Member> members = new ArrayList<>();
        final List<Grid> grids = new ArrayList<>();
        final List<ServiceRecord> serviceRecords = new ArrayList<>();
        final List<Posting> postings = new ArrayList<>();
        final List<Application> applications = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        final List<DuesPayment> duesPayments = new ArrayList<>();
        final List<Transfer> transfers = new ArrayList<>();
        final List<Election> elections = new ArrayList<>();

        @Override
        public void application(Application a) {
            applications.add(a);
        }

        @Override
        public void meeting(Meeting m) {
            meetings.add(m);
        }

        @Override
        public void duesPayment(DuesPayment d) {
            duesPayments.add(d);
        }

        @Override
        public void transfer(Transfer t) {
            transfers.add(t);
        }

        @Override
        public void election(Election e) {
            elections.add(e);
        }

        @Override
        public void organization(Organization o) {
            organizations.add(o);
        }

        @Override
        public void member(Member m) {
            members.add(m);
        }

        @Override
        public void grid(Grid g) {
            grids.add(g);
        }

        @Override
        public void serviceRecord(ServiceRecord r) {
            serviceRecords.add(r);
        }

        @Override
        public void posting(Posting p) {
            postings.add(p);
        }
    }

    /** Keeps nothing (the emitter counts). */
    private static final class Counter implements RecordSink {
        @Override
        public void organization(Organization o) {
        }

        @Override
        public void member(Member m) {
        }

        @Override
        public void grid(Grid g) {
        }

        @Override
        public void serviceRecord(ServiceRecord r) {
        }

        @Override
        public void posting(Posting p) {
        }
    }

    /** Holds the records of one step for the iterator. */
    private static final class Buffer implements RecordSink {
        final ArrayDeque<ExchangeRecord> records = new ArrayDeque<>();

        @Override
        public void accept(ExchangeRecord r) {
            records.add(r);
        }

        @Override
        public void application(Application a) {
            records.add(a);
        }

        @Override
        public void meeting(Meeting m) {
            records.add(m);
        }

        @Override
        public void duesPayment(DuesPayment d) {
            records.add(d);
        }

        @Override
        public void transfer(Transfer t) {
            records.add(t);
        }

        @Override
        public void election(Election e) {
            records.add(e);
        }

        @Override
        public void organization(Organization o) {
            records.add(o);
        }

        @Override
        public void member(Member m) {
            records.add(m);
        }

        @Override
        public void grid(Grid g) {
            records.add(g);
        }

        @Override
        public void serviceRecord(ServiceRecord r) {
            records.add(r);
        }

        @Override
        public void posting(Posting p) {
            records.add(p);
        }
    }
}
