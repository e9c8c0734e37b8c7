package org.partyorg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;

class RecordsTest {

    @Test
    void absentListsAreEmpty() {
        Dataset ds = new Dataset("1.0", LocalDate.of(2023, 8, 18), null, null, null, null, null, null);
        assertThat(ds.organizations()).isEmpty();
        assertThat(ds.members()).isEmpty();
        assertThat(ds.grids()).isEmpty();
        assertThat(ds.serviceRecords()).isEmpty();
        assertThat(ds.postings()).isEmpty();
        Organization o = new Organization("a", "n", OrgType.BRANCH, Sector.RURAL, null, null, null, null, null, null, null, null);
        assertThat(o.hostUnits()).isEmpty();
        assertThat(o.honors()).isEmpty();
        assertThat(new Leadership(null, null, null, null).officers()).isEmpty();
        assertThat(new Grid("g", "n", null, null, null, null, null, null, null, null, null).workers()).isEmpty();
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<MemberTag> tags = new ArrayList<>(List.of(MemberTag.VETERAN));
        Member m = new Member("m", "n", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, tags);
        tags.add(MemberTag.VOLUNTEER);
        assertThat(m.tags()).containsExactly(MemberTag.VETERAN);
        assertThatThrownBy(() -> m.tags().add(MemberTag.VOLUNTEER)).isInstanceOf(UnsupportedOperationException.class);

        List<Organization> orgs = new ArrayList<>();
        Dataset ds = Dataset.empty(LocalDate.of(2023, 1, 1)).withOrganizations(orgs);
        orgs.add(new Organization("a", null, null, null, null, null, null, null, null, null, null, null));
        assertThat(ds.organizations()).isEmpty();
    }

    @Test
    void toStringNeverShowsAFullIdNumberOrPhone() {
        Member m = new Member("m", "张三", ResidentIdNumber.lenient("11010519491231002X"), null, null, null, null, "b", null,
                null, null, null, null, null, null, null, PhoneNumber.lenient("13800138000"), null);
        assertThat(m.toString()).doesNotContain("11010519491231002X").doesNotContain("13800138000")
                .contains("110105********002X").contains("*******8000");
        PersonRef p = new PersonRef("李四", null, ResidentIdNumber.lenient("440524188001010014"), PhoneNumber.lenient("13900139000"));
        assertThat(p.toString()).doesNotContain("440524188001010014").doesNotContain("13900139000");
    }

    @Test
    void orgTypeKnowsItsAllowedParentsAndLevel() {
        assertThat(OrgType.PARTY_GROUP.mayHaveParent(OrgType.BRANCH)).isTrue();
        assertThat(OrgType.PARTY_GROUP.mayHaveParent(OrgType.GENERAL_BRANCH)).isFalse();
        assertThat(OrgType.BRANCH.mayHaveParent(OrgType.GENERAL_BRANCH)).isTrue();
        assertThat(OrgType.GENERAL_BRANCH.mayHaveParent(OrgType.GENERAL_BRANCH)).isFalse();
        assertThat(OrgType.LEADERSHIP_GROUP.mayHaveParent(OrgType.LOCAL_COMMITTEE)).isTrue();
        assertThat(OrgType.TEMPORARY_BRANCH.isBasicLevel()).isTrue();
        assertThat(OrgType.LEADERSHIP_GROUP.isBasicLevel()).isFalse();
        assertThat(MemberStatus.SUSPENDED.isLive()).isTrue();
        assertThat(MemberStatus.SUSPENDED.countsInSize()).isFalse();
        assertThat(MemberStatus.LEFT.isLive()).isFalse();
        assertThat(LeadershipForm.APPOINTED.isElected()).isFalse();
    }

    @Test
    void organizationDissolution() {
        Organization o = new Organization("a", "n", OrgType.BRANCH, Sector.RURAL, null, null, null, LocalDate.of(2023, 1, 1),
                null, null, null, null);
        assertThat(o.isDissolvedOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(o.isDissolvedOn(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(o.withDissolvedOn(null).isDissolvedOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aRecordConsumerReceivesEachRecordByItsType() {
        List<String> seen = new ArrayList<>();
        RecordConsumer consumer = RecordConsumer.of(r -> seen.add(r.getClass().getSimpleName()));
        Dataset ds = Dataset.empty(LocalDate.of(2023, 8, 18))
                .withPostings(List.of(new Posting("p", null, null, null, null, null, null, null, null, null, null)))
                .withMembers(List.of(new Member("m", null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null)))
                .withOrganizations(List.of(new Organization("o", null, null, null, null, null, null, null, null, null, null, null)));
        consumer.acceptAll(ds);
        assertThat(seen).containsExactly("Organization", "Member", "Posting");
        consumer.accept(new Grid("g", null, null, null, null, null, null, null, null, null, null));
        assertThat(seen).endsWith("Grid");
        consumer.accept(new Election("e", null, null, null, null, null, null, null, null, null, null));
        assertThat(seen).endsWith("Election");
        assertThatThrownBy(() -> consumer.accept(null)).isInstanceOf(NullPointerException.class);
    }
}
