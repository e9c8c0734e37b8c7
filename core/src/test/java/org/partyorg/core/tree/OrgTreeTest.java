package org.partyorg.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;

class OrgTreeTest {

    static Organization org(String id, String parentId) {
        return new Organization(id, "org " + id, OrgType.BRANCH, null, parentId, null, null, null, null, null, null, null);
    }

    @Test
    void navigatesASmallTree() {
        OrgTree tree = OrgTree.of(List.of(org("a", null), org("b", "a"), org("c", "a"), org("d", "b"), org("e", "zz")));
        assertThat(tree.find("b")).map(Organization::id).contains("b");
        assertThat(tree.find("nope")).isEmpty();
        assertThat(tree.parent("d")).map(Organization::id).contains("b");
        assertThat(tree.parent("a")).isEmpty();
        assertThat(ids(tree.children("a"))).containsExactly("b", "c");
        assertThat(ids(tree.ancestors("d"))).containsExactly("b", "a");
        assertThat(ids(tree.descendants("a"))).containsExactly("b", "d", "c");
        assertThat(tree.depth("d")).hasValue(2);
        assertThat(tree.depth("e")).hasValue(0);
        assertThat(ids(tree.roots())).containsExactly("a");
        assertThat(ids(tree.danglingParents())).containsExactly("e");
        assertThat(tree.cycles()).isEmpty();
    }

    @Test
    void aMillionDeepChainNeedsNoRecursion() {
        int n = 1_000_000;
        List<Organization> orgs = new ArrayList<>(n);
        orgs.add(org("o0", null));
        for (int i = 1; i < n; i++) {
            orgs.add(org("o" + i, "o" + (i - 1)));
        }
        OrgTree tree = OrgTree.of(orgs);
        assertThat(tree.depth("o" + (n - 1))).hasValue(n - 1);
        assertThat(tree.ancestors("o" + (n - 1))).hasSize(n - 1);
        assertThat(tree.descendants("o0")).hasSize(n - 1);
        assertThat(tree.cycles()).isEmpty();
        List<Member> members = List.of(member("m1", "o" + (n - 1)), member("m2", "o" + (n / 2)));
        MemberCounts counts = tree.memberCounts(members);
        assertThat(counts.subtree("o0")).hasValueSatisfying(t -> assertThat(t.members()).isEqualTo(2));
        assertThat(counts.subtree("o" + (n / 2 + 1))).hasValueSatisfying(t -> assertThat(t.members()).isEqualTo(1));
    }

    @Test
    void aMillionLongCycleIsReportedNotFollowedForever() {
        int n = 1_000_000;
        List<Organization> orgs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            orgs.add(org("o" + i, "o" + ((i + 1) % n)));
        }
        OrgTree tree = OrgTree.of(orgs);
        assertThat(tree.cycles()).hasSize(1);
        assertThat(tree.cycles().get(0)).hasSize(n);
        assertThat(tree.isOnCycle("o7")).isTrue();
        assertThat(tree.depth("o7")).isEmpty();
        assertThat(tree.ancestors("o0")).hasSize(n - 1);
        assertThat(tree.descendants("o0")).hasSize(n - 1);
    }

    @Test
    void cyclesAndWhatHangsBelowThem() {
        // x -> y -> z -> x, and w below z, and a separate self-loop s
        OrgTree tree = OrgTree.of(List.of(org("x", "y"), org("y", "z"), org("z", "x"), org("w", "z"), org("s", "s"), org("r", null)));
        assertThat(tree.cycles()).extracting(OrgTreeTest::ids).containsExactly(List.of("x", "y", "z"), List.of("s"));
        assertThat(tree.isOnCycle("w")).isFalse();
        assertThat(tree.depth("w")).isEmpty();
        assertThat(ids(tree.ancestors("w"))).containsExactly("z", "x", "y");
        assertThat(ids(tree.descendants("x"))).containsExactlyInAnyOrder("z", "y", "w");
        assertThat(tree.depth("r")).hasValue(0);
    }

    @Test
    void duplicateIdsResolveToTheFirst() {
        OrgTree tree = OrgTree.of(List.of(org("a", null), org("a", null), org("b", "a")));
        assertThat(tree.children("a")).hasSize(1);
        assertThat(tree.organizations()).hasSize(3);
    }

    @Test
    void memberCountsByStageAndStatus() {
        OrgTree tree = OrgTree.of(List.of(org("a", null), org("b", "a")));
        List<Member> members = List.of(
                member("1", "b"), member("2", "b"),
                new Member("3", "n", null, null, null, null, null, "b", null, MemberStage.PROBATIONARY, null, null, null, MemberStatus.MOBILE, null, null, null, null),
                new Member("4", "n", null, null, null, null, null, "b", null, MemberStage.FULL, null, null, null, MemberStatus.SUSPENDED, null, null, null, null),
                new Member("5", "n", null, null, null, null, null, "a", null, MemberStage.FULL, null, null, null, MemberStatus.DECEASED, null, null, null, null),
                member("6", "unknown"));
        MemberCounts counts = tree.memberCounts(members);
        MemberTally b = counts.direct("b").orElseThrow();
        assertThat(b.fullMembers()).isEqualTo(2);
        assertThat(b.members()).isEqualTo(3);
        assertThat(b.live()).isEqualTo(4);
        assertThat(b.count(MemberStage.FULL, MemberStatus.SUSPENDED)).isEqualTo(1);
        MemberTally a = counts.subtree("a").orElseThrow();
        assertThat(a.members()).isEqualTo(3);
        assertThat(a.count(MemberStage.FULL, MemberStatus.DECEASED)).isEqualTo(1);
        assertThat(counts.direct("a").orElseThrow().members()).isZero();
        assertThat(counts.direct("zz")).isEmpty();
    }

    static Member member(String id, String orgId) {
        return new Member(id, "n", null, null, null, null, null, orgId, null, MemberStage.FULL, null, null, null,
                MemberStatus.NORMAL, null, null, null, null);
    }

    static List<String> ids(List<Organization> orgs) {
        return orgs.stream().map(Organization::id).toList();
    }
}
