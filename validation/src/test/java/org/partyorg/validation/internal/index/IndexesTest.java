package org.partyorg.validation.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The primitive indexes agree with the java.util collections they replace, also after many growths and
 * on colliding keys, and stay compact.
 */
class IndexesTest {

    /** Random keys in every segment, sequential keys in one, and keys that all land on the same slot. */
    private static long[] keys() {
        Random random = new Random(11);
        long[] keys = new long[30_000];
        for (int i = 0; i < 10_000; i++) {
            keys[i] = random.nextLong() | 1;
            keys[10_000 + i] = i + 1;
            keys[20_000 + i] = (i + 1L) << 20;
        }
        return keys;
    }

    @Test
    void longIntMapAgreesWithAHashMap() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> expected = new HashMap<>();
        long before = map.memoryBytes();
        long[] keys = keys();
        for (int i = 0; i < keys.length; i++) {
            int previous = map.put(keys[i], i);
            Integer old = expected.put(keys[i], i);
            assertThat(previous).isEqualTo(old == null ? LongIntMap.MISSING : old);
        }
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(map.memoryBytes()).isGreaterThan(before);
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
            assertThat(map.containsKey(e.getKey())).isTrue();
        }
        assertThat(map.get(3L << 40)).isEqualTo(LongIntMap.MISSING);
        assertThat(map.containsKey(-7)).isFalse();
        // put replaces, putIfAbsent keeps
        assertThat(map.put(keys[0], -5)).isEqualTo(expected.get(keys[0]));
        assertThat(map.get(keys[0])).isEqualTo(-5);
        assertThat(map.putIfAbsent(keys[0], 99)).isEqualTo(-5);
        assertThat(map.get(keys[0])).isEqualTo(-5);
        assertThat(map.putIfAbsent(42L << 50, 99)).isEqualTo(LongIntMap.MISSING);
        assertThat(map.get(42L << 50)).isEqualTo(99);
        assertThat(map.size()).isEqualTo(expected.size() + 1);
        assertThat(map.toString()).contains(Long.toString(map.size()));
        assertThatThrownBy(() -> map.put(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longSetAgreesWithAHashSet() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        long before = set.memoryBytes();
        for (long key : keys()) {
            assertThat(set.add(key)).isEqualTo(expected.add(key));
        }
        for (long key : keys()) {
            assertThat(set.add(key)).isFalse();
            assertThat(set.contains(key)).isTrue();
        }
        assertThat(set.size()).isEqualTo(expected.size());
        assertThat(set.memoryBytes()).isGreaterThan(before);
        assertThat(set.contains(3L << 40)).isFalse();
        assertThat(set.contains(-7)).isFalse();
    }

    @Test
    void longIntMapMixesPutAndPutIfAbsentThroughManyGrowthsAndStaysCompact() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 300_000; i++) {
            long key = Hashing.mix(random.nextInt(200_000) + 1L);
            int value = random.nextInt(1000);
            if (random.nextBoolean()) {
                Integer expected = reference.putIfAbsent(key, value);
                assertThat(map.putIfAbsent(key, value)).isEqualTo(expected == null ? LongIntMap.MISSING : expected);
            } else {
                Integer expected = reference.put(key, value);
                assertThat(map.put(key, value)).isEqualTo(expected == null ? LongIntMap.MISSING : expected);
            }
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        assertThat(map.get(Hashing.mix(999_999_999L))).isEqualTo(LongIntMap.MISSING);
        assertThat(map.containsKey(reference.keySet().iterator().next())).isTrue();
        // grown when 85% full: between about 1.18 and 1.8 slots a key at this size, 12 bytes a slot
        assertThat(map.memoryBytes()).isBetween(reference.size() * 12L * 117 / 100, reference.size() * 12L * 18 / 10);
        assertThatThrownBy(() -> map.put(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longIntMapPrefetchOfAnyKeyChangesNothing() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(43);
        long[] extremes = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 3L << 40};
        for (int i = 0; i < 100_000; i++) {
            long key = Hashing.mix(random.nextInt(50_000) + 1L);
            // prefetch the key itself, one not in the map, and keys no caller would have, as the map grows
            map.prefetch(key);
            map.prefetch(Hashing.mix(random.nextLong()));
            map.prefetch(extremes[i % extremes.length]);
            Integer expected = reference.putIfAbsent(key, i);
            assertThat(map.putIfAbsent(key, i)).isEqualTo(expected == null ? LongIntMap.MISSING : expected);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    }

    @Test
    void longSetMixesPackedNumbersAndStaysCompact() {
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        for (long key = 1; key < 200_000; key += 3) { // packed numbers, not hashes: the set mixes them
            assertThat(set.add(key)).isEqualTo(reference.add(key));
            assertThat(set.add(key)).isFalse();
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (long key = 1; key < 200_000; key++) {
            assertThat(set.contains(key)).isEqualTo(reference.contains(key));
        }
        assertThat(set.memoryBytes()).isBetween(reference.size() * 8L * 117 / 100, reference.size() * 8L * 18 / 10);
    }

    @Test
    void hashesDifferForNearbyIdsAndAreNeverZero() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long h = Hashing.hash64("m-" + i);
            assertThat(h).isNotZero();
            assertThat(seen.add(h)).isTrue();
        }
        assertThat(Hashing.hash64("ab", "c")).isNotEqualTo(Hashing.hash64("a", "bc"));
    }

    @Test
    void divisionNumbersKnowTheLevelOfACode() {
        assertThat(DivisionNumbers.prefixLength(520000000000L)).isEqualTo(2);
        assertThat(DivisionNumbers.prefixLength(522600000000L)).isEqualTo(4);
        assertThat(DivisionNumbers.prefixLength(522631000000L)).isEqualTo(6);
        assertThat(DivisionNumbers.prefixLength(522631206000L)).isEqualTo(9);
        assertThat(DivisionNumbers.prefixLength(522631206200L)).isEqualTo(12);
        assertThat(DivisionNumbers.prefixLength(0L)).isZero();
        assertThat(DivisionNumbers.contains(522600000000L, 522631206200L)).isTrue();
        assertThat(DivisionNumbers.contains(522600000000L, 522731206200L)).isFalse();
        assertThat(DivisionNumbers.contains(522631206000L, 522632206200L)).isFalse();
        assertThat(DivisionNumbers.township(522631206200L)).isEqualTo(522631206000L);
        assertThat(DivisionNumbers.isVillageLevel(522631206200L)).isTrue();
        assertThat(DivisionNumbers.isVillageLevel(522631206000L)).isFalse();
    }

    @Test
    void orgTableCountsUncertainMembersOnlyOnceThereAreAnyAndThroughGrowth() {
        OrgTable table = new OrgTable();
        for (int i = 0; i < 4; i++) {
            table.newSlot();
        }
        assertThat(table.hasUncertainMembers()).isFalse();
        assertThat(table.maybeMembers(3)).isZero();
        table.countUncertainMember(3, true, true);
        table.countUncertainMember(3, false, true);
        for (int i = 4; i < 100; i++) { // grows past the first arrays several times
            table.newSlot();
        }
        table.countUncertainMember(99, true, false);
        assertThat(table.hasUncertainMembers()).isTrue();
        assertThat(table.maybeFullMembers(3)).isEqualTo(1);
        assertThat(table.maybeMembers(3)).isEqualTo(2);
        assertThat(table.maybeFullMembers(99)).isEqualTo(1);
        assertThat(table.maybeMembers(99)).isZero();
        assertThat(table.maybeMembers(50)).isZero();
    }
}
