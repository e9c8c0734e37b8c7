package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.validation.beanvalidation.RuleViolation;

/** The examples of docs/guides/bean-validation.md. */
class BeanValidationGuideTest {
    private static ValidatorFactory factory;
    private static Validator validator;
    private static final Dataset MISTAKES = DatasetReader.create()
            .read(Path.of("docs/examples/koujiang-village-mistakes.json")).orThrow();

    @BeforeAll
    static void standalone() {
        // tag::bv-standalone[]
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .clockProvider(new ReportingDateClock(LocalDate.of(2023, 8, 18)))
                .buildValidatorFactory();
        Validator validator = factory.getValidator();   // thread-safe: build once, share
        // end::bv-standalone[]
        BeanValidationGuideTest.factory = factory;
        BeanValidationGuideTest.validator = validator;
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    // tag::bv-rule[]
    /** The partyorg rule behind a violation; null for the constraints of other libraries. */
    static RuleViolation rule(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
        return hv.getDynamicPayload(RuleViolation.class);
    }
    // end::bv-rule[]

    @Test
    void aMember() {
        Stdout stdout = Stdout.capture();
        // tag::bv-member[]
        Member member = MISTAKES.members().get(4);   // admitted before turning 18
        for (ConstraintViolation<Member> v : validator.validate(member)) {
            RuleViolation rule = rule(v);
            System.out.println(v.getPropertyPath() + ": " + rule.severity() + " " + rule.ruleId() + " " + v.getMessage());
        }
        // end::bv-member[]
        stdout.stopAndCompare("bv-member");
        assertThat(validator.validate(MISTAKES.members().get(3))).isEmpty();
    }

    @Test
    void anApplicationsOwnClass() {
        Stdout stdout = Stdout.capture();
        // tag::bv-own-form[]
        Registration form = new Registration("52263119700301011X", "1380013800", "522631206200", null);
        Set<ConstraintViolation<Registration>> violations = validator.validate(form);
        for (ConstraintViolation<Registration> v : violations) {
            System.out.println(v.getPropertyPath() + ": " + rule(v) + " " + v.getMessage());
        }
        // end::bv-own-form[]
        stdout.stopAndCompare("bv-own-form");
        assertThat(violations).hasSize(1);
    }

    @Test
    void aWholeDataset() {
        Stdout stdout = Stdout.capture();
        // tag::bv-dataset[]
        Set<ConstraintViolation<Dataset>> violations = validator.validate(MISTAKES);   // as of MISTAKES.asOf()
        List<RuleViolation> rules = violations.stream()
                .map(BeanValidationGuideTest::rule)
                .sorted(Comparator.comparing(RuleViolation::path))
                .toList();
        rules.forEach(System.out::println);
        boolean rejected = rules.stream().anyMatch(r -> r.severity() == Severity.ERROR);
        // end::bv-dataset[]
        stdout.stopAndCompare("bv-dataset");
        assertThat(rejected).isTrue();
        assertThat(rules.stream().map(RuleViolation::ruleId).collect(Collectors.toSet()))
                .isEqualTo(DatasetValidator.create().validate(MISTAKES).findings().stream().map(Finding::ruleId)
                        .collect(Collectors.toSet()));
    }

    /** What Spring's and Quarkus's method validation do with {@code @Valid} on a parameter. */
    // tag::bv-method-service[]
    public static class ExportService {
        public void load(@Valid Dataset dataset) {
            // store the dataset
        }
    }
    // end::bv-method-service[]

    @Test
    void methodValidation() throws NoSuchMethodException {
        // tag::bv-method[]
        ExecutableValidator executables = validator.forExecutables();
        Method load = ExportService.class.getMethod("load", Dataset.class);
        Set<ConstraintViolation<ExportService>> violations =
                executables.validateParameters(new ExportService(), load, new Object[] {MISTAKES});
        System.out.println(violations.size() + " violations");   // 3: the same findings as validate(MISTAKES)
        // end::bv-method[]
        assertThat(violations).hasSize(3);
    }

    @Test
    void withAnExpressionLanguage() {
        // tag::bv-el[]
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        // end::bv-el[]
        Member member = MISTAKES.members().get(4);
        assertThat(validator.validate(member)).extracting(ConstraintViolation::getPropertyPath).hasSize(1);
    }
}
