package org.partyorg.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.GridKind;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
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
import org.partyorg.core.AdministrativeLevel;
import org.partyorg.core.UnitKind;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;

/**
 * A small dataset that breaks no rule at all, for rule tests to break one rule at a time:
 * 黎平县委 → 口江乡党委 → 口江村党支部 with five full members, one grid, one service record and
 * one first secretary.
 *
 * <p>Record indexes: organizations 0 county, 1 township, 2 village branch; members 0-4 in the
 * branch (0 secretary, 1 deputy, 2 first secretary, 3 and 4 plain members).
 */
final class ValidData {
    static final LocalDate AS_OF = LocalDate.of(2023, 8, 18);
    static final String COUNTY = "cty-lp";
    static final String TOWNSHIP = "twp-kj";
    static final String BRANCH = "br-kj";
    static final DivisionCode COUNTY_CODE = DivisionCode.parse("522631000000");
    static final DivisionCode TOWNSHIP_CODE = DivisionCode.parse("522631206000");
    static final DivisionCode VILLAGE_CODE = DivisionCode.parse("522631206200");

    private ValidData() {
    }

    static Dataset dataset() {
        return new Dataset("1.0", AS_OF, null, organizations(), members(), List.of(grid()), List.of(serviceRecord()),
                List.of(posting()));
    }

    static List<Organization> organizations() {
        Organization county = new Organization(COUNTY, "中共黎平县委员会", OrgType.LOCAL_COMMITTEE, null, null, COUNTY_CODE,
                null, null, null, null, null, null);
        Organization township = new Organization(TOWNSHIP, "中共黎平县口江乡委员会", OrgType.BASIC_COMMITTEE, Sector.RURAL, COUNTY,
                TOWNSHIP_CODE, LocalDate.of(1984, 1, 1), null, null,
                new Leadership(LeadershipForm.COMMITTEE, LocalDate.of(2021, 9, 1), 5,
                        List.of(Officer.of("m-0", OfficerRole.SECRETARY))), null, null);
        Organization branch = new Organization(BRANCH, "中共口江村支部委员会", OrgType.BRANCH, Sector.RURAL, TOWNSHIP,
                VILLAGE_CODE, LocalDate.of(1990, 1, 1), null, null,
                new Leadership(LeadershipForm.SECRETARY_ONLY, LocalDate.of(2021, 5, 1), 5,
                        List.of(new Officer("m-0", OfficerRole.SECRETARY, true), Officer.of("m-1", OfficerRole.DEPUTY_SECRETARY))),
                null, null);
        return List.of(county, township, branch);
    }

    static List<Member> members() {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDate born = LocalDate.of(1970 + i, 3, 1 + i);
            Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate admitted = LocalDate.of(2000 + i, 7, 1);
            out.add(new Member("m-" + i, "党员" + i, idNumber("522631", born, sex, i), sex, born, Ethnicity.DONG, null,
                    BRANCH, null, MemberStage.FULL, admitted, admitted.plusYears(1), null, MemberStatus.NORMAL, null, null,
                    PhoneNumber.lenient("1380013800" + i), null));
        }
        return out;
    }

    static Grid grid() {
        return new Grid("g-1", "口江村第一网格", GridCode.lenient("522631206200001"), VILLAGE_CODE, GridKind.COMPREHENSIVE, BRANCH,
                PersonRef.of("党员0", "m-0"), List.of(new PersonRef("网格员甲", null, null, PhoneNumber.lenient("13900139000"))),
                List.of("一组", "二组"), 300, 1100);
    }

    static ServiceRecord serviceRecord() {
        return new ServiceRecord("s-1", "g-1", LocalDate.of(2023, 5, 1), ServiceCategory.VISIT, null, ServiceStatus.RESOLVED,
                LocalDate.of(2023, 5, 2), PersonRef.of("党员0", "m-0"), 3);
    }

    static Posting posting() {
        Member m = members().get(2);
        return new Posting("p-1", new PersonRef(m.name(), m.id(), m.idNumber(), null), PostingRole.FIRST_SECRETARY,
                new SendingUnit("黎平县林业局", null, AdministrativeLevel.COUNTY, UnitKind.GOVERNMENT_ORGAN), BRANCH, VILLAGE_CODE,
                LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), null, PostingStatus.SERVING, null);
    }

    /**
     * @param region a 6-digit address code
     * @param born birth date
     * @param sex MALE or FEMALE
     * @param n a distinguishing number 0..49
     * @return a valid ID number
     */
    static ResidentIdNumber idNumber(String region, LocalDate born, Sex sex, int n) {
        int seq = 10 + n * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = region + born.toString().replace("-", "") + String.format("%03d", seq);
        return ResidentIdNumber.lenient(first17 + ResidentIdNumber.checkCharacter(first17));
    }

    static Dataset organization(Dataset ds, int index, UnaryOperator<Organization> change) {
        return ds.withOrganizations(Mutate.replace(ds.organizations(), index, change));
    }

    static Dataset member(Dataset ds, int index, UnaryOperator<Member> change) {
        return ds.withMembers(Mutate.replace(ds.members(), index, change));
    }

    static Dataset grid(Dataset ds, UnaryOperator<Grid> change) {
        return ds.withGrids(Mutate.replace(ds.grids(), 0, change));
    }

    static Dataset serviceRecord(Dataset ds, UnaryOperator<ServiceRecord> change) {
        return ds.withServiceRecords(Mutate.replace(ds.serviceRecords(), 0, change));
    }

    static Dataset posting(Dataset ds, UnaryOperator<Posting> change) {
        return ds.withPostings(Mutate.replace(ds.postings(), 0, change));
    }

    /** Adds full members to the branch until it holds {@code total} members. */
    static Dataset branchWithMembers(Dataset ds, int total, MemberStage stage) {
        List<Member> members = new ArrayList<>(ds.members());
        for (int i = members.size(); i < total; i++) {
            LocalDate born = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            LocalDate admitted = stage == MemberStage.FULL ? LocalDate.of(2005, 1, 1) : LocalDate.of(2023, 1, 1);
            members.add(new Member("m-" + i, "党员" + i, idNumber("522631", born, Sex.MALE, i % 50), Sex.MALE, born,
                    Ethnicity.HAN, null, BRANCH, null, stage, admitted, stage == MemberStage.FULL ? admitted.plusYears(1) : null,
                    null, MemberStatus.NORMAL, null, null, null, null));
        }
        return ds.withMembers(members);
    }
}
