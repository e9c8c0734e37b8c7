package org.partyorg.validation;

import static org.partyorg.validation.Mutate.with;
import static org.partyorg.validation.RuleAssert.assertClean;
import static org.partyorg.validation.RuleAssert.assertFindings;
import static org.partyorg.validation.RuleAssert.finding;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;
import static org.partyorg.validation.ValidData.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Unit;
import org.partyorg.core.UnitKind;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.core.spi.DivisionRegistry;

/** IDN rules: one test per rule that triggers it, and near misses that must not. */
class IdentifierRulesTest {
    private final Dataset valid = ValidData.dataset();

    private Dataset memberIdNumber(String text) {
        return member(valid, 3, m -> with(m, "idNumber", ResidentIdNumber.lenient(text)));
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void idn001NotSeventeenDigitsAndACheckCharacter() {
        assertFindings(memberIdNumber("52263119730304001"), finding("IDN-001", ERROR, "/members/3/idNumber"));
        assertFindings(memberIdNumber("5226311973030400AX"), finding("IDN-001", ERROR, "/members/3/idNumber"));
        Dataset personRef = ValidData.grid(valid, g -> with(g, "leader",
                new PersonRef("党员0", "m-0", ResidentIdNumber.lenient("123"), null)));
        assertFindings(personRef, finding("IDN-001", ERROR, "/grids/0/leader/idNumber"));
    }

    @Test
    void idn002WrongCheckCharacterAndNothingElseAboutTheNumber() {
        String good = ValidData.members().get(3).idNumber().text();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        // the birth date and sex comparisons (IDN-005, IDN-006) are skipped for a bad number
        assertFindings(memberIdNumber(good.substring(0, 17) + wrong), finding("IDN-002", ERROR, "/members/3/idNumber"));
    }

    @Test
    void idn003BirthDateNotRealOrAfterAsOf() {
        assertFindings(memberIdNumber(withCheck("52263119730230031")), finding("IDN-003", ERROR, "/members/3/idNumber"));
        Dataset bornLater = ValidData.serviceRecord(valid, r -> with(r, "worker",
                new PersonRef("张三", null, ResidentIdNumber.lenient(withCheck("52263120230819001")), null)));
        assertFindings(bornLater, finding("IDN-003", ERROR, "/serviceRecords/0/worker/idNumber"));
        Dataset bornOnAsOf = ValidData.serviceRecord(valid, r -> with(r, "worker",
                new PersonRef("张三", null, ResidentIdNumber.lenient(withCheck("52263120230818001")), null)));
        assertClean(bornOnAsOf);
    }

    @Test
    void idn004NoValidProvinceCode() {
        assertFindings(memberIdNumber(withCheck("99263119730304031")), finding("IDN-004", ERROR, "/members/3/idNumber"));
        assertFindings(memberIdNumber(withCheck("16263119730304031")), finding("IDN-004", ERROR, "/members/3/idNumber"));
    }

    @Test
    void idn005BirthDateDiffersFromTheIdNumber() {
        assertFindings(member(valid, 3, m -> with(m, "birthDate", LocalDate.of(1973, 3, 5))),
                finding("IDN-005", ERROR, "/members/3/birthDate"));
    }

    @Test
    void idn006SexDiffersFromTheIdNumber() {
        assertFindings(member(valid, 3, m -> with(m, "sex", Sex.MALE)), finding("IDN-006", ERROR, "/members/3/sex"));
        // 0 and 9 (unknown, unstated) are not compared
        assertClean(member(valid, 3, m -> with(m, "sex", Sex.UNSTATED)));
    }

    @Test
    void idn007LowercaseX() {
        String upper = idNumberEndingInX();
        Dataset ds = ValidData.serviceRecord(valid, r -> with(r, "worker",
                new PersonRef("张三", null, ResidentIdNumber.lenient(upper.substring(0, 17) + "x"), null)));
        assertFindings(ds, finding("IDN-007", WARNING, "/serviceRecords/0/worker/idNumber"));
        assertClean(ValidData.serviceRecord(valid, r -> with(r, "worker",
                new PersonRef("张三", null, ResidentIdNumber.lenient(upper), null))));
    }

    static String idNumberEndingInX() {
        for (int seq = 100; seq < 999; seq++) {
            String first17 = "52263119800101" + seq;
            if (ResidentIdNumber.checkCharacter(first17) == 'X') {
                return first17 + 'X';
            }
        }
        throw new AssertionError("no X found");
    }

    private Dataset hostUnitCode(String code) {
        return ValidData.organization(valid, 2, o -> with(o, "hostUnits",
                List.of(new Unit("口江村民委员会", CreditCode.lenient(code), UnitKind.VILLAGE_COMMITTEE))));
    }

    @Test
    void idn010CreditCodeShape() {
        assertFindings(hostUnitCode("54522631MA6DGXYZ"), finding("IDN-010", ERROR, "/organizations/2/hostUnits/0/creditCode"));
        assertFindings(hostUnitCode("5452A631MA6DGXYZ12"), finding("IDN-010", ERROR, "/organizations/2/hostUnits/0/creditCode"));
    }

    @Test
    void idn011CreditCodeCheckCharacterIsAWarning() {
        assertFindings(hostUnitCode("91350100M0001TGQXM"), finding("IDN-011", WARNING, "/organizations/2/hostUnits/0/creditCode"));
        assertClean(hostUnitCode("914403001922038216"));
        Dataset sendingUnit = ValidData.posting(valid, p -> with(p, "sendingUnit",
                with(p.sendingUnit(), "creditCode", CreditCode.lenient("91350211M0000XUF46"))));
        assertFindings(sendingUnit, finding("IDN-011", WARNING, "/postings/0/sendingUnit/creditCode"));
    }

    @Test
    void idn020DivisionCodeShape() {
        assertFindings(ValidData.organization(valid, 2, o -> with(o, "divisionCode", DivisionCode.lenient("52263120620"))),
                finding("IDN-020", ERROR, "/organizations/2/divisionCode"));
        assertFindings(ValidData.posting(valid, p -> with(p, "divisionCode", DivisionCode.lenient("522631000200"))),
                finding("IDN-020", ERROR, "/postings/0/divisionCode"));
    }

    @Test
    void idn021OnlyWithARegistry() {
        Dataset unknownVillage = ValidData.posting(valid, p -> with(p, "divisionCode", DivisionCode.lenient("522631206200")));
        DivisionRegistry registry = new DivisionRegistry() {
            @Override
            public boolean contains(DivisionCode code) {
                return !code.text().equals("522631206200");
            }

            @Override
            public Optional<String> name(DivisionCode code) {
                return Optional.empty();
            }

            @Override
            public String edition() {
                return "test";
            }
        };
        assertClean(unknownVillage);
        ValidationReport report = DatasetValidator.create().withOptions(ValidationOptions.defaults().withDivisionRegistry(registry)).validate(unknownVillage);
        Assertions.assertThat(report.findings())
                .extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(finding("IDN-021", WARNING, "/organizations/2/divisionCode"),
                        finding("IDN-021", WARNING, "/grids/0/divisionCode"),
                        finding("IDN-021", WARNING, "/postings/0/divisionCode"));
    }

    @Test
    void idn022GridCode() {
        assertFindings(ValidData.grid(valid, g -> with(g, "code", GridCode.lenient("522631206202001"))),
                finding("IDN-022", ERROR, "/grids/0/code"));
        assertFindings(ValidData.grid(valid, g -> with(g, "code", GridCode.lenient("52263120620001"))),
                finding("IDN-022", ERROR, "/grids/0/code"));
    }

    @Test
    void idn030NotAMobileNumber() {
        assertFindings(member(valid, 3, m -> with(m, "phone", PhoneNumber.lenient("0855-1234567"))),
                finding("IDN-030", WARNING, "/members/3/phone"));
        assertFindings(ValidData.grid(valid, g -> with(g, "workers",
                        List.of(new PersonRef("网格员甲", null, null, PhoneNumber.lenient("12900139000"))))),
                finding("IDN-030", WARNING, "/grids/0/workers/0/phone"));
    }

    @Test
    void idn040TwoLiveMembersShareAnIdNumberAndTheLaterOneIsReported() {
        var m3 = ValidData.members().get(3);
        Dataset ds = member(valid, 4, m -> with(with(with(m, "idNumber", m3.idNumber()), "birthDate", m3.birthDate()), "sex", m3.sex()));
        assertFindings(ds, finding("IDN-040", ERROR, "/members/4/idNumber"));
        // a record of someone who left is history, not a second membership
        assertClean(member(ds, 3, m -> with(m, "status", MemberStatus.LEFT)));
        // a lowercase x is the same number
        String x = idNumberEndingInX();
        Dataset lower = ValidData.serviceRecord(valid, r -> r);
        var a = with(with(with(m3, "idNumber", ResidentIdNumber.lenient(x)), "birthDate", LocalDate.of(1980, 1, 1)), "sex",
                ResidentIdNumber.lenient(x).sex().orElseThrow());
        a = with(a, "id", "m-8");
        var b = with(with(a, "id", "m-9"), "idNumber", ResidentIdNumber.lenient(x.substring(0, 17) + "x"));
        // two of the five leave, so that the branch stays under 7 full members
        lower = member(member(lower, 3, m -> with(m, "status", MemberStatus.DECEASED)), 4, m -> with(m, "status", MemberStatus.LEFT));
        lower = lower.withMembers(Mutate.plus(lower.members(), a, b));
        assertFindings(lower, finding("IDN-007", WARNING, "/members/6/idNumber"), finding("IDN-040", ERROR, "/members/6/idNumber"));
    }
}
