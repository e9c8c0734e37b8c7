package org.partyorg.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberTag;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.core.code.Sex;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

class GeneratorTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20230818})
    void villagesValidateWithoutAnyFinding(long seed) {
        Dataset ds = Generator.of(Scale.VILLAGE, seed).dataset();

        assertNoFindings(ds);
        assertThat(ds.members()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 14, 42})
    void townshipsValidateWithoutAnyFinding(long seed) {
        assertNoFindings(Generator.of(Scale.TOWNSHIP, seed).dataset());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void countiesValidateWithoutAnyFinding(long seed) {
        Dataset ds = Generator.of(Scale.COUNTY, seed).dataset();

        assertNoFindings(ds);
        // every division code is one of the registry's (IDN-021)
        assertNoFindings(DatasetValidator.create().withOptions(ValidationOptions.defaults().withDivisionRegistry(NbsDivisions.nbs2023())).validate(ds));
    }

    @Test
    void theProvinceStreamsIntoTheValidatorWithoutAnyFinding() {
        Generator g = Generator.of(Scale.PROVINCE, 1);
        ValidatingSink sink = new ValidatingSink(ValidationOptions.defaults().withMaxListedFindings(20));

        Manifest m = g.forEach(sink);

        assertNoFindings(sink.report());
        assertThat(sink.report().records()).isEqualTo(m.records());
        assertThat(m.members()).isBetween(2_500_000L, 3_500_000L);
        assertThat(m.organizations()).isBetween(130_000L, 180_000L);
    }

    @Test
    void theProvinceIsGuizhouWithItsRealDivisions() {
        Coverage c = Generator.of(Scale.PROVINCE, 7).coverage();

        assertThat(c.divisionCode()).isEqualTo("520000000000");
        assertThat(c.name()).isEqualTo("贵州省");
        assertThat(c).extracting(Coverage::provinces, Coverage::prefectures, Coverage::counties, Coverage::townships,
                Coverage::villages).containsExactly(1, 9, 88, 1510, 17964);
    }

    @Test
    void sameSeedSameRecordsOtherSeedOtherRecords() {
        for (Scale scale : List.of(Scale.VILLAGE, Scale.TOWNSHIP, Scale.COUNTY)) {
            Dataset a = Generator.of(scale, 5).dataset();
            Dataset b = Generator.of(scale, 5).dataset();
            Dataset c = Generator.of(scale, 6).dataset();
            assertThat(a).as(scale.name()).isEqualTo(b);
            assertThat(a).as(scale.name()).isNotEqualTo(c);
        }
        assertThat(Generator.of(Scale.COUNTY, 5)).isEqualTo(Generator.of(Scale.COUNTY, 5)).hasSameHashCodeAs(Generator.of(Scale.COUNTY, 5));
    }

    @Test
    void aVillageIsTheSameWhateverElseIsGenerated() {
        Generator township = Generator.at("522631206", 9);
        Generator village = Generator.at("522631206203", 9);
        Set<Organization> inTownship = township.dataset().organizations().stream()
                .filter(o -> o.divisionCode().text().equals("522631206203")).collect(Collectors.toSet());
        Set<Organization> alone = village.dataset().organizations().stream()
                .filter(o -> o.divisionCode().text().equals("522631206203")).collect(Collectors.toSet());

        assertThat(alone).isNotEmpty().isEqualTo(inTownship);
    }

    @Test
    void iteratorStreamAndForEachGiveTheDatasetsRecordsInTheSameOrder() {
        Generator g = Generator.of(Scale.TOWNSHIP, 3);
        Dataset ds = g.dataset();
        List<ExchangeRecord> all = new ArrayList<>();
        g.iterator().forEachRemaining(all::add);

        assertThat(all).hasSize(ds.recordCount());
        assertThat(all.stream().filter(r -> r instanceof Organization).toList()).isEqualTo(ds.organizations());
        assertThat(all.stream().filter(r -> r instanceof Member).toList()).isEqualTo(ds.members());
        assertThat(all.stream().filter(r -> r instanceof Grid).toList()).isEqualTo(ds.grids());
        assertThat(all.stream().filter(r -> r instanceof ServiceRecord).toList()).isEqualTo(ds.serviceRecords());
        assertThat(all.stream().filter(r -> r instanceof Posting).toList()).isEqualTo(ds.postings());
        assertThat(all.stream().filter(r -> r instanceof Application).toList()).isEqualTo(ds.applications());
        assertThat(all.stream().filter(r -> r instanceof Meeting).toList()).isEqualTo(ds.meetings()).isNotEmpty();
        assertThat(all.stream().filter(r -> r instanceof DuesPayment).toList()).isEqualTo(ds.duesPayments()).isNotEmpty();
        assertThat(all.stream().filter(r -> r instanceof Transfer).toList()).isEqualTo(ds.transfers());
        assertThat(all.stream().filter(r -> r instanceof Election).toList()).isEqualTo(ds.elections()).isNotEmpty();
        assertThat(g.stream().toList()).isEqualTo(all);
        // the manifest counts the 1.0 records, whose document paths defects point at
        assertThat(g.manifest().records()).isEqualTo(all.stream().filter(r -> !((ExchangeRecord) r).recordType().isSince11()).count());
    }

    @Test
    void everyScaleButTheNationOneHoldsAYearOfBranchLifeDeterministicallyAndValid() {
        Generator g = Generator.of(Scale.VILLAGE, 11);
        Dataset ds = g.dataset();
        assertThat(g.hasWorkingLife()).isTrue();
        assertThat(ds.schemaVersion()).isEqualTo("1.1");
        assertThat(ds.coverageFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(ds.elections()).isNotEmpty();
        assertThat(ds.meetings()).isNotEmpty();
        assertThat(ds.duesPayments()).isNotEmpty();
        assertThat(ds.applications()).isNotEmpty();
        assertNoFindings(ds);
        assertThat(Generator.of(Scale.VILLAGE, 11).dataset()).isEqualTo(ds);
        assertThat(Generator.of(Scale.NATIONAL, 1).hasWorkingLife()).isFalse();
        assertThat(Generator.of(Scale.VILLAGE, 11).inject("MEM-012", 1).hasWorkingLife()).isTrue();
        assertThat(Generator.of(Scale.PROVINCE, 11).inject("MEM-012", 1).hasWorkingLife()).isFalse(); // planted as it streams
    }

    @Test
    void streamOrderPutsOrganizationsBeforeTheirMembersAndMembersBeforeWhatNamesThem() {
        Set<String> orgs = new HashSet<>();
        Set<String> members = new HashSet<>();
        Set<String> grids = new HashSet<>();
        int officersAhead = 0;
        for (Iterator<ExchangeRecord> it = Generator.of(Scale.COUNTY, 4).iterator(); it.hasNext(); ) {
            ExchangeRecord r = it.next();
            if (r instanceof Organization o) {
                if (o.parentId() != null) {
                    assertThat(orgs).as("parent of %s", o.id()).contains(o.parentId());
                }
                orgs.add(o.id());
                if (o.leadership() != null) {
                    officersAhead += o.leadership().officers().size();
                }
            } else if (r instanceof Member m) {
                assertThat(orgs).as("organization of %s", m.id()).contains(m.orgId());
                members.add(m.id());
            } else if (r instanceof Grid g) {
                assertThat(orgs).contains(g.leadOrgId());
                assertThat(members).contains(g.leader().memberId());
                g.workers().stream().filter(w -> w.memberId() != null).forEach(w -> assertThat(members).contains(w.memberId()));
                grids.add(g.id());
            } else if (r instanceof ServiceRecord s) {
                assertThat(grids).contains(s.gridId());
            } else if (r instanceof Posting p) {
                assertThat(orgs).contains(p.hostOrgId());
                if (p.person().memberId() != null) {
                    assertThat(members).contains(p.person().memberId());
                }
            }
        }
        assertThat(officersAhead).isPositive();
    }

    @Test
    void shapesFollowTheNationalFiguresAtCountyScale() {
        for (long seed : new long[] {1, 2, 3}) {
            Dataset ds = Generator.of(Scale.COUNTY, seed).dataset();
            long members = ds.members().size();
            long women = ds.members().stream().filter(m -> m.sex() == Sex.FEMALE).count();
            long college = ds.members().stream().filter(m -> m.education() != null && m.education().isCollegeOrAbove()).count();
            long probationary = ds.members().stream().filter(m -> m.stage() == MemberStage.PROBATIONARY).count();
            long branches = ds.organizations().stream().filter(o -> o.orgType().isBranch()).count();

            assertThat((double) women / members).as("women, seed %d", seed).isBetween(0.27, 0.35);
            assertThat((double) college / members).as("college or above, seed %d", seed).isBetween(0.52, 0.64);
            assertThat((double) probationary / members).as("probationary, seed %d", seed).isBetween(0.012, 0.03);
            assertThat((double) members / branches).as("members per branch, seed %d", seed).isBetween(19.0, 25.0);
            assertThat(ds.grids()).allSatisfy(g -> assertThat(g.households()).isBetween(100, 500));
            assertThat(ds.postings()).isNotEmpty();
        }
    }

    @Test
    void villageSecretariesCarryTheTagsOfTheReport() {
        Set<String> secretaries = new HashSet<>();
        List<Member> tagged = new ArrayList<>();
        Generator.of(Scale.PROVINCE, 1).forEach(new RecordSink() {
            @Override
            public void organization(Organization o) {
                if (o.id().startsWith("v") && o.id().length() == 13) {
                    secretaries.add(o.leadership().officers().get(0).memberId());
                }
            }

            @Override
            public void member(Member m) {
                if (secretaries.contains(m.id())) {
                    tagged.add(m);
                }
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
        });

        assertThat(tagged).hasSize(17_964);
        assertThat(share(tagged, MemberTag.WEALTH_LEADER)).isBetween(0.39, 0.45);
        assertThat(share(tagged, MemberTag.RETURNED_TALENT)).isBetween(0.11, 0.15);
        assertThat(share(tagged, MemberTag.COLLEGE_GRADUATE)).isBetween(0.10, 0.14);
        assertThat(tagged.stream().filter(m -> m.tags().contains(MemberTag.COLLEGE_GRADUATE)))
                .allSatisfy(m -> assertThat(m.education().isCollegeOrAbove()).isTrue());
    }

    @Test
    void organizationsFitTheirTypes() {
        Dataset ds = Generator.of(Scale.COUNTY, 8).dataset();

        assertThat(ds.organizations()).extracting(Organization::orgType).contains(OrgType.LOCAL_COMMITTEE, OrgType.WORKING_COMMITTEE,
                OrgType.BASIC_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH);
        assertThat(ds.organizations().stream().filter(o -> o.orgType() == OrgType.LOCAL_COMMITTEE).count()).isEqualTo(3);
        assertThat(ds.organizations().stream().filter(o -> o.orgType().isBasicLevel()))
                .allSatisfy(o -> assertThat(o.leadership()).as(o.id()).isNotNull());
    }

    @Test
    void idNumbersAreValidUniqueAndRegisteredInTheCounty() {
        Generator g = Generator.of(Scale.COUNTY, 2);
        String county = g.coverage().divisionCode().substring(0, 6);
        Dataset ds = g.dataset();
        Set<String> numbers = new HashSet<>();
        for (Member m : ds.members()) {
            assertThat(m.idNumber().text()).startsWith(county);
            assertThat(m.idNumber().isValid(Generator.AS_OF)).isTrue();
            assertThat(numbers.add(m.idNumber().text())).isTrue();
        }
        for (Posting p : ds.postings()) {
            assertThat(p.person().idNumber().isValid(Generator.AS_OF)).isTrue();
        }
    }

    @Test
    void nationalCoversEveryVillageLevelUnitAndStreamsLazily() {
        Generator g = Generator.of(Scale.NATIONAL, 1);

        assertThat(g.coverage().villages()).isEqualTo(620_573).isEqualTo(NbsDivisions.nbs2023().count(DivisionLevel.VILLAGE));
        assertThat(g.coverage().counties()).isEqualTo(2978);
        assertThat(g.coverage().provinces()).isEqualTo(31);

        List<ExchangeRecord> first = g.stream().limit(100_000).toList();
        assertThat(first).hasSize(100_000);
        assertThat(first.get(0)).isInstanceOfSatisfying(Organization.class, o -> {
            assertThat(o.orgType()).isEqualTo(OrgType.LOCAL_COMMITTEE);
            assertThat(o.divisionCode().text()).isEqualTo("110000000000");
        });
        assertThat(first.stream().filter(r -> r instanceof Member).count()).isGreaterThan(80_000);
        // the sample ends mid-unit, so only the rules that need the whole unit may complain
        Dataset sample = new Dataset("1.0", Generator.AS_OF, null, filter(first, Organization.class), filter(first, Member.class),
                List.of(), List.of(), List.of());
        Set<String> needWholeUnits = Set.of("ORG-010", "ORG-012", "ORG-020", "ORG-021", "ORG-026");
        assertThat(DatasetValidator.create().validate(sample).select(f -> !needWholeUnits.contains(f.ruleId()))).isEmpty();
    }

    @Test
    void nationalIsStreamOnly() {
        assertThatThrownBy(() -> Generator.of(Scale.NATIONAL, 1).dataset())
                .isInstanceOf(PartyOrgException.class).hasMessageContaining("stream only");
    }

    @Test
    void anyDivisionCanBeGenerated() {
        Generator koujiang = Generator.at("522631206", 3);

        assertThat(koujiang.scale()).isEqualTo(Scale.TOWNSHIP);
        assertThat(koujiang.coverage().villages()).isEqualTo(7);
        assertThat(koujiang.coverage().name()).endsWith("黎平县 口江乡");
        Dataset ds = koujiang.dataset();
        assertNoFindings(ds);
        assertThat(ds.organizations()).extracting(o -> o.divisionCode().text())
                .contains("522631206200", "522631206202", "522631206203", "522631206205", "522631206206", "522631206207",
                        "522631206208");
        assertNoFindings(Generator.at("110101", 1).dataset());
        assertThatThrownBy(() -> Generator.at("529999", 1)).isInstanceOf(PartyOrgException.class).hasMessageContaining("529999");
        assertThatThrownBy(() -> Generator.at("5226", 1)).isInstanceOf(PartyOrgException.class).hasMessageContaining("prefecture");
    }

    @Test
    void placesWithAZeroCountySegmentValidate() {
        // 东莞市 has no county segment: NBS codes such as 441900003001 (well-formed since format 1.1)
        Dataset ds = Generator.at("441900003", 1).dataset();

        assertNoFindings(ds);
        assertThat(ds.grids()).isNotEmpty();
        assertThat(ds.members()).isNotEmpty();
    }

    @Test
    void headerAndEndFrameTheRecords() {
        List<String> events = new ArrayList<>();
        Generator.of(Scale.VILLAGE, 1).forEach(new RecordSink() {
            @Override
            public void header(String schemaVersion, LocalDate asOf) {
                events.add("header " + schemaVersion + " " + asOf);
            }

            @Override
            public void organization(Organization organization) {
                events.add("record");
            }

            @Override
            public void member(Member member) {
                events.add("record");
            }

            @Override
            public void grid(Grid grid) {
                events.add("record");
            }

            @Override
            public void serviceRecord(ServiceRecord serviceRecord) {
                events.add("record");
            }

            @Override
            public void posting(Posting posting) {
                events.add("record");
            }

            @Override
            public void end() {
                events.add("end");
            }
        });

        assertThat(events.get(0)).isEqualTo("header 1.1 2023-08-18");
        assertThat(events.get(events.size() - 1)).isEqualTo("end");
        assertThat(events.subList(1, events.size() - 1)).containsOnly("record");
    }

    private static double share(List<Member> members, MemberTag tag) {
        return members.stream().filter(m -> m.tags().contains(tag)).count() / (double) members.size();
    }

    private static <T> List<T> filter(List<ExchangeRecord> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The generator's promise: not one finding, whatever the severity (the failure lists them). */
    private static void assertNoFindings(Dataset ds) {
        assertNoFindings(DatasetValidator.create().validate(ds));
    }

    private static void assertNoFindings(ValidationReport report) {
        assertThat(report.findings()).as("findings").isEmpty();
        assertThat(report.errors() + report.warnings() + report.infos()).as("counted findings").isZero();
    }
}
