package org.partyorg.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.core.AdministrativeLevel;
import org.partyorg.core.Grid;
import org.partyorg.core.GridKind;
import org.partyorg.core.Leadership;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.MemberTag;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.Sector;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.ServiceTopic;
import org.partyorg.core.Unit;
import org.partyorg.core.UnitKind;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.core.code.GridCode;
import org.partyorg.divisions.Division;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.divisions.TownshipKind;
import org.partyorg.divisions.VillageKind;
import org.partyorg.generator.internal.Days;
import org.partyorg.generator.internal.Leaderships;
import org.partyorg.generator.internal.MemberFactory;
import org.partyorg.generator.internal.MemberFactory.Kind;
import org.partyorg.generator.internal.Names;
import org.partyorg.generator.internal.Profile;
import org.partyorg.generator.internal.Rng;

/**
 * Writes the records of one division at a time, for {@link Walk}: the committees of provinces,
 * prefectures and counties, a county's organs and enterprises (one unit per call), a township's
 * committee, organ branch and units, and a village with its organizations, members, grids,
 * service records and postings.
 *
 * <p>Every unit draws from its own {@link Rng} derived from (seed, division code, unit number), so
 * a village is the same whatever else is generated; only ID numbers depend on what came before in
 * the county (their per-county counters). Each unit is written organizations first, then members,
 * then grids, service records and postings, so a streaming validator resolves most references on
 * arrival.
 *
 * <p>The shapes follow the 2023 统计公报 (docs/guides/fixtures.md) and the rules: branches of 8-49 members (about 22 on
 * average), general branches of 50-99 members in 2-4 branches, Party committees of 100 or more,
 * committees of 3-5 in branches with 7 or more full members, five-year terms elected in 2021 at
 * village level and three-year terms elsewhere, grids of at most 450 households.
 *
 * <p>Mutable, one per run.
 */
final class Writer {
    /** County-level units (organs, schools, hospitals, enterprises) per village-level unit of the county. */
    static final double COUNTY_UNITS_PER_VILLAGE = 1.30;
    /** Township-level units (schools, clinics, enterprises) per village-level unit of the township. */
    static final double TOWNSHIP_UNITS_PER_VILLAGE = 0.54;

    private static final double PROBATIONARY = 0.027;
    private static final double POSTED = 0.25;
    private static final String[] ORGANS = {"委办公室", "人大常委会办公室", "人民政府办公室", "政协办公室", "纪委监委机关", "委组织部",
        "委宣传部", "委统战部", "委政法委员会", "发展和改革局", "教育局", "科技局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
        "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "商务局", "文体广电旅游局",
        "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "林业局", "医疗保障局", "乡村振兴局", "人民法院",
        "人民检察院", "税务局", "总工会", "团委", "妇女联合会"};
    private static final String[] INSTITUTIONS = {"第一中学", "第二中学", "第三中学", "民族中学", "实验小学", "第一小学", "职业技术学校",
        "融媒体中心", "疾病预防控制中心", "图书馆", "农业技术推广中心", "林业技术推广站", "幼儿园", "特殊教育学校", "公共资源交易中心"};
    private static final String[] HOSPITALS = {"人民医院", "中医医院", "妇幼保健院", "第二人民医院", "精神病医院"};
    private static final String[] UNIVERSITIES = {"职业技术学院", "师范学院"};
    private static final String[] STATE_OWNED = {"城市建设投资集团有限公司", "供电局", "水务有限责任公司", "交通建设投资有限公司",
        "农业投资发展有限公司", "国有资本运营有限公司", "烟草专卖局（分公司）", "邮政分公司", "农村信用合作联社", "文化旅游投资有限公司"};
    private static final String[] COMPANY_WORDS = {"兴农", "鑫源", "华通", "恒达", "德润", "盛世", "金穗", "绿源", "安康", "宏远", "通达",
        "嘉禾", "信诚", "瑞丰", "永安", "新航"};
    private static final String[] EMERGING = {"商贸有限公司", "建材有限公司", "农业开发有限公司", "电子商务有限公司", "物流有限公司",
        "旅游开发有限公司", "茶业有限公司", "食品有限公司", "律师事务所", "个体劳动者协会", "快递物流行业", "网约配送行业", "会计师事务所",
        "养殖专业合作社", "物业服务有限公司"};
    private static final String[] TOWNSHIP_INSTITUTIONS = {"中心学校", "中学", "卫生院", "中心小学", "农业服务中心", "便民服务中心",
        "综合文化站", "村镇建设服务中心"};
    private static final String[] SENDING_ORGANS = {"财政局", "农业农村局", "林业局", "交通运输局", "自然资源局", "卫生健康局", "教育局",
        "住房和城乡建设局", "人力资源和社会保障局", "水务局", "发展和改革局", "市场监督管理局"};
    private static final String[] SENDING_PROVINCIAL = {"农业农村厅", "交通运输厅", "自然资源厅", "卫生健康委员会", "财政厅", "教育厅",
        "林业局", "水利厅"};
    private static final List<MemberTag> WEALTH = List.of(MemberTag.WEALTH_LEADER);
    private static final List<MemberTag> RETURNED = List.of(MemberTag.RETURNED_TALENT);
    private static final List<MemberTag> GRADUATE = List.of(MemberTag.COLLEGE_GRADUATE);
    private static final List<MemberTag> NO_TAGS = List.of();

    private final long seed;
    private final NbsDivisions nbs;
    private final MemberFactory factory;
    private final Emitter out;
    private final LocalDate asOf;
    private final int asOfDay;
    private final int villageElection;
    private final int townshipElection;
    private final int branchElection;
    private final int committeeElection;
    private final int postingStart;
    private final int established;

    private String provinceName;
    private String provinceId;
    private String prefectureName;
    private String prefectureId;
    private String countyName;
    private String countyId;
    private DivisionCode countyCode;
    private long countyValue;
    private String organsId;
    private String emergingId;
    private String townshipName;
    private String townshipId;
    private DivisionCode townshipCode;

    Writer(long seed, NbsDivisions nbs, Emitter out, LocalDate asOf) {
        this.seed = seed;
        this.nbs = nbs;
        this.out = out;
        this.asOf = asOf;
        this.factory = new MemberFactory(asOf);
        this.asOfDay = Days.day(asOf);
        this.villageElection = Days.day(LocalDate.of(2021, 1, 4));
        this.townshipElection = Days.day(LocalDate.of(2021, 6, 1));
        this.branchElection = Days.day(asOf.minusYears(3).plusDays(14));
        this.committeeElection = Days.day(asOf.minusYears(5).plusDays(14));
        this.postingStart = Days.day(LocalDate.of(2021, 6, 1));
        this.established = Days.day(LocalDate.of(1950, 1, 1));
    }

    // ---------------------------------------------------------------- committees above the county

    void province(Division p) {
        provinceName = p.name();
        provinceId = "lc" + p.prefix();
        out.organization(new Organization(provinceId, "中共" + provinceName + "委员会", OrgType.LOCAL_COMMITTEE, null, null, p.code(),
                null, null, null, null, null, null));
    }

    void prefecture(Division f) {
        String name = f.name();
        prefectureName = name.equals("市辖区") || name.equals("县") || name.equals("省直辖县级行政区划")
                || name.equals("自治区直辖县级行政区划") ? provinceName : name;
        prefectureId = "lc" + f.prefix();
        out.organization(new Organization(prefectureId, "中共" + prefectureName + "委员会", OrgType.LOCAL_COMMITTEE, null, provinceId,
                f.code(), null, null, null, null, null, null));
    }

    /**
     * @param c the county
     * @param withUnits whether its organs and enterprises are generated
     * @return how many county-level units {@link #countyUnit} should write
     */
    int county(Division c, boolean withUnits) {
        countyName = c.name();
        countyId = "lc" + c.prefix();
        countyCode = c.code();
        countyValue = c.codeValue();
        factory.region(c.prefix());
        out.organization(new Organization(countyId, "中共" + countyName + "委员会", OrgType.LOCAL_COMMITTEE, null, prefectureId,
                countyCode, null, null, null, null, null, null));
        if (!withUnits) {
            return 0;
        }
        organsId = "wc" + c.prefix() + "o";
        emergingId = "wc" + c.prefix() + "e";
        out.organization(new Organization(organsId, "中共" + countyName + "直属机关工作委员会", OrgType.WORKING_COMMITTEE,
                Sector.GOVERNMENT_ORGAN, countyId, countyCode, null, null, null, null, null, null));
        out.organization(new Organization(emergingId, "中共" + countyName + "非公有制经济组织和社会组织工作委员会",
                OrgType.WORKING_COMMITTEE, Sector.EMERGING, countyId, countyCode, null, null, null, null, null, null));
        out.flush();
        Rng rng = Rng.of(seed, countyValue * 7 + 1);
        int villages = nbs.count(c, DivisionLevel.VILLAGE);
        return 3 + (int) Math.round(villages * COUNTY_UNITS_PER_VILLAGE * (0.9 + 0.2 * rng.nextDouble()));
    }

    void countyUnit(int k) {
        Rng rng = Rng.of(seed, countyValue * 4099 + 1000 + k);
        Profile profile;
        double r = rng.nextDouble();
        if (k < ORGANS.length && k < 3 || r < 0.40) {
            profile = Profile.ORGAN;
        } else if (r < 0.65) {
            profile = Profile.INSTITUTION;
        } else if (r < 0.77) {
            profile = Profile.STATE_OWNED;
        } else if (r < 0.83) {
            profile = Profile.HOSPITAL;
        } else if (r < 0.98) {
            profile = Profile.EMERGING;
        } else {
            profile = Profile.UNIVERSITY;
        }
        String name;
        String parent = countyId;
        UnitKind kind;
        switch (profile) {
            case ORGAN -> {
                name = countyName + numbered(ORGANS, k);
                parent = organsId;
                kind = UnitKind.GOVERNMENT_ORGAN;
            }
            case INSTITUTION -> {
                name = countyName + numbered(INSTITUTIONS, k);
                kind = UnitKind.PUBLIC_INSTITUTION;
            }
            case STATE_OWNED -> {
                name = countyName + numbered(STATE_OWNED, k);
                kind = UnitKind.STATE_OWNED_ENTERPRISE;
            }
            case HOSPITAL -> {
                name = countyName + numbered(HOSPITALS, k);
                kind = UnitKind.PUBLIC_INSTITUTION;
            }
            case UNIVERSITY -> {
                name = countyName + numbered(UNIVERSITIES, k);
                kind = UnitKind.PUBLIC_INSTITUTION;
            }
            default -> {
                name = countyName + rng.pick(COMPANY_WORDS) + rng.pick(EMERGING);
                parent = emergingId;
                kind = UnitKind.PRIVATE_ENTERPRISE;
            }
        }
        unit(rng, "cu" + countyCode.text().substring(0, 6) + "-" + k, parent, countyCode, name, profile, kind);
        out.flush();
    }

    // ---------------------------------------------------------------- townships

    void township(Division t, boolean withUnits) {
        townshipName = t.name();
        String nine = t.code().text().substring(0, 9);
        townshipId = "tw" + nine;
        townshipCode = t.code().isWellFormed() ? t.code() : countyCode;
        Rng rng = Rng.of(seed, t.codeValue() * 7 + 2);
        TownshipKind kind = t.townshipKind().orElse(TownshipKind.OTHER);
        boolean committee = kind == TownshipKind.TOWN || kind == TownshipKind.TOWNSHIP;
        String organBranchId = townshipId + "g";
        int organSize = rng.between(15, 40);
        if (committee) {
            int officers = rng.between(7, 9);
            List<String> ids = new ArrayList<>(officers);
            for (int i = 0; i < officers; i++) {
                ids.add(Leaderships.memberId(organBranchId, i));
            }
            Leadership leadership = Leaderships.committee(ids, Days.date(townshipElection + rng.nextInt(150)), 5, null);
            out.organization(new Organization(townshipId, "中共" + countyName + townshipName + "委员会", OrgType.BASIC_COMMITTEE,
                    Sector.RURAL, countyId, townshipCode, date(rng, established, 20_000), null, null, leadership, null, null));
        } else {
            out.organization(new Organization(townshipId, "中共" + countyName + townshipName + "工作委员会", OrgType.WORKING_COMMITTEE,
                    kind == TownshipKind.STREET ? Sector.URBAN : Sector.OTHER, countyId, townshipCode, null, null, null, null, null,
                    null));
        }
        Cluster organs = new Cluster(organBranchId, countyName + townshipName + "机关", OrgType.BRANCH, Profile.ORGAN, townshipId,
                townshipCode);
        organs.sizes = new int[] {organSize};
        organs.reserve = 9;
        organs.hostUnits = List.of(new Unit(countyName + townshipName + (committee ? "人民政府" : "办事处"), null,
                UnitKind.GOVERNMENT_ORGAN));
        cluster(rng, organs);
        if (withUnits) {
            int villages = nbs.count(t, DivisionLevel.VILLAGE);
            int units = (int) Math.round(villages * TOWNSHIP_UNITS_PER_VILLAGE * (0.8 + 0.4 * rng.nextDouble()));
            for (int k = 0; k < units; k++) {
                Rng u = Rng.of(seed, t.codeValue() * 4099 + 3000 + k);
                double r = u.nextDouble();
                Profile profile = r < 0.40 ? Profile.INSTITUTION : r < 0.55 ? Profile.HOSPITAL : r < 0.90 ? Profile.EMERGING
                        : Profile.STATE_OWNED;
                String name = switch (profile) {
                    case INSTITUTION -> townshipName + numbered(TOWNSHIP_INSTITUTIONS, k);
                    case HOSPITAL -> townshipName + "卫生院" + (k == 0 ? "" : "（" + (k + 1) + "）");
                    case EMERGING -> townshipName + u.pick(COMPANY_WORDS) + u.pick(EMERGING);
                    default -> townshipName + u.pick(STATE_OWNED);
                };
                UnitKind kind2 = profile == Profile.EMERGING ? UnitKind.PRIVATE_ENTERPRISE
                        : profile == Profile.STATE_OWNED ? UnitKind.STATE_OWNED_ENTERPRISE : UnitKind.PUBLIC_INSTITUTION;
                unit(u, "tu" + nine + "-" + k, townshipId, townshipCode, countyName + name, profile, kind2);
            }
        }
        out.flush();
    }

    // ---------------------------------------------------------------- villages

    void village(Division v) {
        Rng rng = Rng.of(seed, v.codeValue() * 7 + 3);
        DivisionCode code = v.code().isWellFormed() ? v.code() : townshipCode;
        boolean villageLevel = code.isVillageLevel();
        boolean community = v.villageKind().orElse(VillageKind.OTHER) == VillageKind.RESIDENTS_COMMITTEE;
        Profile profile = community ? Profile.URBAN : Profile.RURAL;
        String shortName = shortName(v.name());
        String twelve = v.code().text();

        int n;
        double r = rng.nextDouble();
        if (r < 0.60) {
            n = rng.between(10, 49);
        } else if (r < 0.88) {
            n = rng.between(50, 99);
        } else {
            n = rng.between(100, 200);
        }
        OrgType type;
        int[] sizes;
        if (n < 50) {
            type = OrgType.BRANCH;
            sizes = new int[] {n};
        } else if (n < 100) {
            type = OrgType.GENERAL_BRANCH;
            sizes = split(rng, n, Math.max(2, Math.min(4, (int) Math.round(n / 22.0))));
        } else {
            type = OrgType.BASIC_COMMITTEE;
            sizes = split(rng, n, (int) Math.round(n / 22.0));
        }
        String suffix = type == OrgType.BRANCH ? "支部委员会" : type == OrgType.GENERAL_BRANCH ? "总支部委员会" : "委员会";
        Cluster c = new Cluster("v" + twelve, townshipName + shortName, type, profile, townshipId, code);
        c.topName = "中共" + countyName + townshipName + shortName + suffix;
        c.sizes = sizes;
        c.village = true;
        c.villageLevel = villageLevel;
        c.hostUnits = List.of(new Unit(v.name(), null, community ? UnitKind.RESIDENTS_COMMITTEE : UnitKind.VILLAGE_COMMITTEE));
        c.villageDirector = villageLevel ? rng.chance(0.9) : null;
        double t = rng.nextDouble();
        if (t < 0.42) {
            c.secretaryTags = WEALTH;
        } else if (t < 0.55) {
            c.secretaryTags = RETURNED;
        } else if (t < 0.67) {
            c.secretaryTags = GRADUATE;
            c.secretaryCollege = true;
        } else {
            c.secretaryTags = NO_TAGS;
        }

        // a first secretary in a share of rural villages, a member of the village's (first) branch
        boolean posted = villageLevel && !community && rng.chance(POSTED);
        LocalDate start = null;
        int renewal = 0;
        if (posted) {
            start = Days.date(postingStart + rng.nextInt(750));
            double p = rng.nextDouble();
            renewal = p < 0.10 ? 2 : p < 0.40 ? 1 : 0; // 2: the same person again (再驻村), 1: a predecessor
            factory.firstSecretaryStart(renewal == 2 ? start.minusYears(2) : start);
            c.firstSecretary = 5;
        }
        cluster(rng, c);
        if (villageLevel) {
            grids(rng, v, code, c, shortName, community);
        }
        if (posted) {
            postings(rng, twelve, code, c, start, renewal);
        }
        out.flush();
    }

    private void grids(Rng rng, Division v, DivisionCode code, Cluster c, String shortName, boolean community) {
        int households = community ? rng.between(400, 2800) : rng.between(150, 1100);
        int count = Math.max(1, (households + 449) / 450);
        int[] perGrid = split(rng, households, count);
        int groups = community ? 0 : Math.max(count, rng.between(4, 12));
        int group = 0;
        int k = c.branchIds.length;
        String twelve = v.code().text();
        for (int j = 0; j < count; j++) {
            String id = "g" + twelve + "-" + (j + 1);
            int b = j % k;
            int officer = (j / k) % 5;
            PersonRef leader = new PersonRef(c.names[b][officer], Leaderships.memberId(c.branchIds[b], officer), null, null);
            List<PersonRef> workers = new ArrayList<>(2);
            int b2 = (j + 1) % k;
            int plainCount = c.names[b2].length - 5;
            if (plainCount > 0) {
                int i = 5 + (j % plainCount);
                workers.add(new PersonRef(c.names[b2][i], Leaderships.memberId(c.branchIds[b2], i), null, null));
            }
            if (workers.isEmpty() || rng.chance(0.5)) {
                workers.add(new PersonRef(Names.person(rng, rng.chance(0.5)), null, null, Names.phone(rng)));
            }
            List<String> groupNames = List.of();
            if (groups > 0) {
                int take = groups / count + (j < groups % count ? 1 : 0);
                String[] names = new String[take];
                for (int g = 0; g < take; g++) {
                    names[g] = Names.chineseNumber(++group) + "组";
                }
                groupNames = List.of(names);
            }
            int population = perGrid[j] * rng.between(28, 36) / 10;
            out.grid(new Grid(id, shortName + "第" + Names.chineseNumber(j + 1) + "网格", GridCode.lenient(twelve + three(j + 1)),
                    code, GridKind.COMPREHENSIVE, c.topId, leader, workers, groupNames, perGrid[j], population));
            int records = rng.nextInt(4);
            for (int s = 0; s < records; s++) {
                out.serviceRecord(serviceRecord(rng, id + "-" + (s + 1), id, s % 2 == 0 ? leader : workers.get(0)));
            }
        }
    }

    private ServiceRecord serviceRecord(Rng rng, String id, String gridId, PersonRef worker) {
        int day = asOfDay - rng.between(1, 180);
        double r = rng.nextDouble();
        ServiceCategory category;
        ServiceTopic topic;
        ServiceStatus status = ServiceStatus.RESOLVED;
        int resolved = day;
        if (r < 0.50) {
            category = ServiceCategory.VISIT;
            topic = rng.chance(0.5) ? null : rng.chance(0.5) ? ServiceTopic.LIVELIHOOD : ServiceTopic.ELDERLY_CARE;
        } else if (r < 0.75) {
            category = ServiceCategory.ISSUE;
            double t = rng.nextDouble();
            topic = t < 0.45 ? ServiceTopic.ENVIRONMENT : t < 0.65 ? ServiceTopic.SAFETY : t < 0.85 ? ServiceTopic.LIVELIHOOD
                    : t < 0.95 ? ServiceTopic.ELDERLY_CARE : ServiceTopic.OTHER;
            if (rng.chance(0.2)) {
                status = ServiceStatus.OPEN;
            } else {
                resolved = Math.min(asOfDay, day + rng.nextInt(21));
            }
        } else if (r < 0.83) {
            category = ServiceCategory.MEDIATION;
            topic = ServiceTopic.DISPUTE;
            if (rng.chance(0.15)) {
                status = ServiceStatus.OPEN;
            } else {
                resolved = Math.min(asOfDay, day + rng.nextInt(31));
            }
        } else if (r < 0.93) {
            category = ServiceCategory.POLICY_PUBLICITY;
            topic = null;
        } else {
            category = ServiceCategory.VOLUNTEER_SERVICE;
            topic = rng.chance(0.5) ? ServiceTopic.ENVIRONMENT : ServiceTopic.ELDERLY_CARE;
        }
        return new ServiceRecord(id, gridId, Days.date(day), category, topic, status,
                status == ServiceStatus.RESOLVED ? Days.date(resolved) : null, worker, rng.between(1, 12));
    }

    private void postings(Rng rng, String twelve, DivisionCode code, Cluster c, LocalDate start, int renewal) {
        Member fs = c.firstSecretaryMember;
        PersonRef person = new PersonRef(fs.name(), fs.id(), fs.idNumber(), fs.phone());
        SendingUnit unit = sendingUnit(rng);
        LocalDate planned = start.plusYears(rng.chance(0.5) ? 2 : 3);
        String previous = null;
        if (renewal > 0) {
            LocalDate before = start.minusYears(renewal == 2 ? 2 : rng.between(2, 3));
            PersonRef who = person;
            SendingUnit from = unit;
            if (renewal == 1) {
                boolean female = rng.chance(0.3);
                who = new PersonRef(Names.person(rng, female), null, factory.personIdNumber(rng, female, rng.between(30, 55)),
                        Names.phone(rng));
                from = sendingUnit(rng);
            }
            String id = "p" + twelve + "-0";
            out.posting(new Posting(id, who, PostingRole.FIRST_SECRETARY, from, c.topId, code, before, before.plusYears(2), start,
                    PostingStatus.COMPLETED, null));
            previous = renewal == 2 ? id : null;
        }
        out.posting(new Posting("p" + twelve + "-1", person, PostingRole.FIRST_SECRETARY, unit, c.topId, code, start, planned, null,
                PostingStatus.SERVING, previous));
        if (rng.chance(0.3)) {
            for (int i = 2; i <= 3; i++) {
                boolean female = rng.chance(0.35);
                PersonRef member = new PersonRef(Names.person(rng, female), null,
                        factory.personIdNumber(rng, female, rng.between(24, 50)), Names.phone(rng));
                out.posting(new Posting("p" + twelve + "-" + i, member, PostingRole.TEAM_MEMBER, unit, c.topId, code, start, planned,
                        null, PostingStatus.SERVING, null));
            }
        }
    }

    private SendingUnit sendingUnit(Rng rng) {
        double r = rng.nextDouble();
        if (r < 0.40) {
            return new SendingUnit(countyName + rng.pick(SENDING_ORGANS), null, AdministrativeLevel.COUNTY, UnitKind.GOVERNMENT_ORGAN);
        } else if (r < 0.65) {
            return new SendingUnit(prefectureName + rng.pick(SENDING_ORGANS), null, AdministrativeLevel.PREFECTURE,
                    UnitKind.GOVERNMENT_ORGAN);
        } else if (r < 0.85) {
            return new SendingUnit(provinceName + rng.pick(SENDING_PROVINCIAL), null, AdministrativeLevel.PROVINCIAL,
                    UnitKind.GOVERNMENT_ORGAN);
        }
        return new SendingUnit(prefectureName + rng.pick(STATE_OWNED), null, AdministrativeLevel.PREFECTURE,
                UnitKind.STATE_OWNED_ENTERPRISE);
    }

    // ---------------------------------------------------------------- units (organs, schools, enterprises)

    private void unit(Rng rng, String id, String parentId, DivisionCode division, String name, Profile profile, UnitKind kind) {
        Cluster c = new Cluster(id, name, OrgType.BRANCH, profile, parentId, division);
        c.hostUnits = List.of(new Unit(name, null, kind));
        double r = rng.nextDouble();
        if (r < 0.78) {
            c.sizes = new int[] {rng.between(8, 32)};
            if (profile == Profile.EMERGING && rng.chance(0.25)) {
                c.type = OrgType.JOINT_BRANCH;
                int units = rng.between(2, 4);
                Unit[] hosts = new Unit[units];
                hosts[0] = c.hostUnits.get(0);
                for (int i = 1; i < units; i++) {
                    hosts[i] = new Unit(countyName + rng.pick(COMPANY_WORDS) + rng.pick(EMERGING), null, kind);
                }
                c.hostUnits = List.of(hosts);
                c.topName = "中共" + name + "等" + units + "家单位联合支部委员会";
            }
        } else if (r < 0.83) {
            c.type = OrgType.GENERAL_BRANCH;
            int k = rng.between(2, 4);
            c.sizes = new int[k];
            for (int j = 0; j < k; j++) {
                c.sizes[j] = k == 2 ? rng.between(25, 45) : k == 3 ? rng.between(17, 33) : rng.between(13, 24);
            }
        } else {
            c.type = OrgType.BASIC_COMMITTEE;
            int k = rng.between(6, 15);
            c.sizes = new int[k];
            int sum = 0;
            for (int j = 0; j < k; j++) {
                c.sizes[j] = rng.between(8, 32);
            }
            if (k >= 11) {
                c.generalBranch = 3;
                for (int j = 0; j < 3; j++) {
                    c.sizes[j] = rng.between(17, 33);
                }
            }
            for (int s : c.sizes) {
                sum += s;
            }
            for (int j = k - 1; sum < 100; j = j == c.generalBranch ? k - 1 : j - 1) {
                int add = Math.min(100 - sum, 45 - c.sizes[j]);
                c.sizes[j] += add;
                sum += add;
            }
        }
        cluster(rng, c);
    }

    // ---------------------------------------------------------------- clusters: an organization and its branches

    /** An organization with its branches (itself, for a branch), planned before any record is written. */
    private static final class Cluster {
        final String topId;
        final String baseName;
        final Profile profile;
        final String parentId;
        final DivisionCode division;
        OrgType type;
        String topName;
        int[] sizes;
        int generalBranch;
        int reserve = 5;
        int firstSecretary = -1;
        boolean village;
        boolean villageLevel;
        Boolean villageDirector;
        List<MemberTag> secretaryTags;
        boolean secretaryCollege;
        List<Unit> hostUnits;
        String[] branchIds;
        String[][] names;
        Member firstSecretaryMember;

        Cluster(String topId, String baseName, OrgType type, Profile profile, String parentId, DivisionCode division) {
            this.topId = topId;
            this.baseName = baseName;
            this.type = type;
            this.profile = profile;
            this.parentId = parentId;
            this.division = division;
        }
    }

    private void cluster(Rng rng, Cluster c) {
        int k = c.sizes.length;
        boolean single = c.type == OrgType.BRANCH || c.type == OrgType.JOINT_BRANCH;
        c.branchIds = new String[k];
        for (int j = 0; j < k; j++) {
            c.branchIds[j] = single ? c.topId : c.topId + "b" + (j + 1);
        }
        int[] probationary = new int[k];
        for (int j = 0; j < k; j++) {
            for (int i = reserve(c, j); i < c.sizes[j]; i++) {
                if (rng.chance(PROBATIONARY)) {
                    probationary[j]++;
                }
            }
        }
        boolean fiveYears = c.villageLevel;
        LocalDate electedOn = fiveYears ? Days.date(villageElection + rng.nextInt(170)) : branchElected(rng);
        int term = fiveYears ? 5 : 3;
        LocalDate establishedOn = date(rng, established, 23_000);
        String topName = c.topName != null ? c.topName
                : "中共" + c.baseName + (c.type == OrgType.BRANCH ? "支部委员会" : c.type == OrgType.GENERAL_BRANCH ? "总支部委员会"
                        : "委员会");
        Sector sector = c.profile.sector();

        Leadership leadership;
        if (single) {
            int full = c.sizes[0] - probationary[0];
            leadership = Leaderships.branch(c.topId, full, full >= 7 ? rng.between(3, 5) : rng.between(1, 2), electedOn, term,
                    c.villageDirector);
        } else if (c.type == OrgType.GENERAL_BRANCH) {
            leadership = Leaderships.committee(officers(c.branchIds, 0, k, rng.between(3, 5)), electedOn, term, c.villageDirector);
        } else {
            LocalDate committeeElected = fiveYears ? electedOn : Days.date(committeeElection + rng.nextInt(1300));
            leadership = Leaderships.committee(officers(c.branchIds, 0, k, rng.between(5, 9)), committeeElected, 5,
                    c.villageDirector);
        }
        out.organization(new Organization(c.topId, topName, c.type, sector, c.parentId, c.division, establishedOn, null, c.hostUnits,
                leadership, null, null));
        String generalBranchId = c.topId + "g1";
        if (c.generalBranch > 0) {
            out.organization(new Organization(generalBranchId, "中共" + c.baseName + "第一总支部委员会", OrgType.GENERAL_BRANCH, sector,
                    c.topId, c.division, date(rng, Days.day(establishedOn), 8000), null, null,
                    Leaderships.committee(officers(c.branchIds, 0, c.generalBranch, rng.between(3, 5)),
                            fiveYears ? electedOn : branchElected(rng), term, null), null, null));
        }
        if (!single) {
            for (int j = 0; j < k; j++) {
                int full = c.sizes[j] - probationary[j];
                out.organization(new Organization(c.branchIds[j], "中共" + c.baseName + "第" + Names.chineseNumber(j + 1) + "支部委员会",
                        OrgType.BRANCH, sector, j < c.generalBranch ? generalBranchId : c.topId, c.division,
                        date(rng, Days.day(establishedOn), 8000), null, null,
                        Leaderships.branch(c.branchIds[j], full, full >= 7 ? rng.between(3, 5) : rng.between(1, 2),
                                fiveYears ? electedOn : branchElected(rng), term, null), null, null));
            }
        }
        if (c.village) {
            c.names = new String[k][];
        }
        for (int j = 0; j < k; j++) {
            String branchId = c.branchIds[j];
            int size = c.sizes[j];
            int reserve = Math.min(c.reserve, size);
            int firstProbationary = size - probationary[j];
            if (c.village) {
                c.names[j] = new String[size];
            }
            for (int i = 0; i < size; i++) {
                Kind kind = i < reserve ? Kind.OFFICER
                        : j == 0 && i == c.firstSecretary ? Kind.FIRST_SECRETARY
                        : i >= firstProbationary ? Kind.PROBATIONARY : Kind.PLAIN;
                boolean secretary = j == 0 && i == 0 && c.secretaryTags != null;
                Member m = factory.make(rng, Leaderships.memberId(branchId, i), branchId, c.profile, kind,
                        secretary ? c.secretaryTags : null, secretary && c.secretaryCollege);
                boolean plain = kind == Kind.PLAIN && m.status() == MemberStatus.NORMAL;
                out.member(m, plain, factory.ids(), c.division);
                if (c.village) {
                    c.names[j][i] = m.name();
                }
                if (kind == Kind.FIRST_SECRETARY) {
                    c.firstSecretaryMember = m;
                }
            }
        }
    }

    private int reserve(Cluster c, int j) {
        return Math.min(c.sizes[j], j == 0 && c.firstSecretary >= 0 ? Math.max(c.reserve, c.firstSecretary + 1) : c.reserve);
    }

    /** Officers drawn from the first (reserved) members of branches {@code from..to-1}, round robin. */
    private static List<String> officers(String[] branchIds, int from, int to, int count) {
        int k = to - from;
        List<String> ids = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            ids.add(Leaderships.memberId(branchIds[from + j % k], j / k));
        }
        return ids;
    }

    // ---------------------------------------------------------------- small helpers

    private LocalDate branchElected(Rng rng) {
        return Days.date(branchElection + rng.nextInt(asOfDay - 60 - branchElection));
    }

    /** A founding date from {@code from} up to about eight years before {@code asOf}. */
    private LocalDate date(Rng rng, int from, int span) {
        int latest = asOfDay - 3000;
        return Days.date(from >= latest ? latest : from + rng.nextInt(Math.min(span, latest - from)));
    }

    /** Splits {@code total} into {@code parts} near-equal parts, jittered by up to 3 each way. */
    private static int[] split(Rng rng, int total, int parts) {
        int[] out = new int[parts];
        for (int j = 0; j < parts; j++) {
            out[j] = total / parts + (j < total % parts ? 1 : 0);
        }
        for (int j = 0; j + 1 < parts; j += 2) {
            int d = rng.between(-3, 3);
            out[j] += d;
            out[j + 1] -= d;
        }
        return out;
    }

    private static String numbered(String[] names, int k) {
        String name = names[k % names.length];
        return k < names.length ? name : name + "（" + (k / names.length + 1) + "）";
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
    }

    /** 口江村村民委员会 → 口江村; 封家湾社区居民委员会 → 封家湾社区. */
    static String shortName(String name) {
        for (String suffix : new String[] {"村民委员会", "居民委员会", "村委会", "居委会"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
