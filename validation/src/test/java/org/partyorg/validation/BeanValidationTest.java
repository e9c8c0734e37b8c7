package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Unit;
import org.partyorg.core.UnitKind;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.validation.beanvalidation.RuleViolation;

/** Bean Validation and the bulk validators call the same rules, so they agree. */
class BeanValidationTest {
    /** Rules that need more than one record, which a single record's constraints cannot see. */
    private static final Set<String> CROSS_RECORD = Set.of("DOC-016", "IDN-040", "IDN-021", "ORG-001", "ORG-002", "ORG-003",
            "ORG-010", "ORG-011", "ORG-012", "ORG-020", "ORG-021", "ORG-026", "ORG-031", "ORG-032", "MEM-001", "MEM-002",
            "MEM-003", "MEM-004", "GRID-002", "GRID-003", "GRID-006", "GRID-007", "SVC-001", "PST-001", "PST-002", "PST-003",
            "PST-007", "PST-008", "PST-009");

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .clockProvider(() -> Clock.fixed(ValidData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .buildValidatorFactory().getValidator();

    /** Datasets each breaking several per-record rules, in every record type. */
    static List<Dataset> broken() {
        Dataset v = ValidData.dataset();
        return List.of(
                ValidData.member(v, 3, m -> with(with(with(with(m, "admittedOn", LocalDate.of(1980, 1, 1)), "phone", PhoneNumber.lenient("1")),
                        "name", null), "statusSince", LocalDate.of(2030, 1, 1))),
                ValidData.member(v, 3, m -> with(with(m, "idNumber", ResidentIdNumber.lenient("52263119730304003X")), "fullMemberOn", null)),
                ValidData.member(v, 3, m -> with(m, "sex", Sex.MALE)),
                ValidData.organization(v, 2, o -> with(with(with(o.withLeadership(with(o.leadership(), "termYears", 9)), "id", "bad id"),
                        "hostUnits", List.of(new Unit(null, CreditCode.lenient("91350100M0001TGQXM"), UnitKind.OTHER))),
                        "divisionCode", DivisionCode.lenient("5226"))),
                ValidData.grid(v, g -> with(with(with(g, "households", 800), "code", GridCode.lenient("1")), "leader",
                        new PersonRef(null, null, ResidentIdNumber.lenient("1"), PhoneNumber.lenient("2")))),
                ValidData.serviceRecord(v, r -> with(with(r, "resolvedOn", LocalDate.of(2022, 1, 1)), "date", LocalDate.of(2024, 1, 1))),
                ValidData.posting(v, p -> with(with(p, "plannedEndDate", LocalDate.of(2021, 1, 1)), "sendingUnit",
                        with(p.sendingUnit(), "creditCode", CreditCode.lenient("ABC")))));
    }

    @Test
    void beanValidationAndTheDatasetValidatorAgreeOnEveryPerRecordRule() {
        for (Dataset ds : broken()) {
            ValidationReport report = RuleAssert.validate(ds);
            List<?>[] sections = {ds.organizations(), ds.members(), ds.grids(), ds.serviceRecords(), ds.postings()};
            String[] names = {"organizations", "members", "grids", "serviceRecords", "postings"};
            for (int s = 0; s < sections.length; s++) {
                for (int i = 0; i < sections[s].size(); i++) {
                    String prefix = "/" + names[s] + "/" + i;
                    Set<String> bulk = report.findings().stream()
                            .filter(f -> !CROSS_RECORD.contains(f.ruleId()))
                            .filter(f -> f.path().equals(prefix) || f.path().startsWith(prefix + "/"))
                            .map(f -> f.ruleId() + " " + f.severity() + " " + f.path().substring(prefix.length()))
                            .collect(Collectors.toSet());
                    Set<String> bean = VALIDATOR.validate(sections[s].get(i)).stream()
                            .map(BeanValidationTest::describe).collect(Collectors.toSet());
                    assertThat(bean).as("record %s", prefix).isEqualTo(bulk);
                }
            }
        }
        assertThat(broken()).allSatisfy(ds -> assertThat(RuleAssert.validate(ds).findings()).isNotEmpty());
    }

    @SuppressWarnings("unchecked")
    static RuleViolation payload(ConstraintViolation<?> v) {
        HibernateConstraintViolation<Object> hv = v.unwrap(HibernateConstraintViolation.class);
        return hv.getDynamicPayload(RuleViolation.class);
    }

    private static String describe(ConstraintViolation<?> v) {
        RuleViolation payload = payload(v);
        String pointer = v.getPropertyPath().toString().isEmpty() ? ""
                : "/" + v.getPropertyPath().toString().replace("[", ".").replace("]", "").replace('.', '/');
        return payload.ruleId() + " " + payload.severity() + " " + pointer;
    }

    @Test
    void messagesAreInterpolatedWithTheFindingsValues() {
        Member m = with(ValidData.members().get(3), "admittedOn", LocalDate.of(1980, 1, 1));
        Set<ConstraintViolation<Member>> violations = VALIDATOR.validate(m);
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.getMessage()).isEqualTo("Admitted on 1980-01-01, before turning 18 on 1991-03-04");
            assertThat(v.getPropertyPath().toString()).isEqualTo("admittedOn");
        });
    }

    @Test
    void worksWithTheDefaultValidatorFactoryAndAStringField() {
        record Form(@org.partyorg.core.constraints.ValidResidentIdNumber String idNumber,
                @org.partyorg.core.constraints.ValidMobilePhone String phone) {
        }
        Validator standard = Validation.buildDefaultValidatorFactory().getValidator();
        Set<ConstraintViolation<Form>> violations = standard.validate(new Form("11010519491231002X", "13800138000"));
        assertThat(violations).isEmpty();
        Set<ConstraintViolation<Form>> bad = standard.validate(new Form("110105194912310021", "1380013800"));
        assertThat(bad).extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("idNumber", "phone");
        assertThat(bad).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("110105194912310021").doesNotContain("1380013800"));
    }

    @Test
    void aDatasetConstraintRunsEveryRuleAsOfTheDatasetsDate() {
        Dataset ds = EngineTest.broken();
        Set<ConstraintViolation<Dataset>> violations = VALIDATOR.validate(ds);
        ValidationReport report = RuleAssert.validate(ds);
        assertThat(violations.stream().map(v -> payload(v).ruleId()).sorted().toList())
                .isEqualTo(report.findings().stream().map(Finding::ruleId).sorted().toList());
        assertThat(VALIDATOR.validate(ValidData.dataset())).isEmpty();
        // each violation carries its own finding's values, interpolated in the validator's locale
        ValidationReport english = DatasetValidator.create().withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH)).validate(ds);
        assertThat(violations.stream().map(ConstraintViolation::getMessage).sorted().toList())
                .isEqualTo(english.findings().stream().map(Finding::message).sorted().toList());
    }
}
