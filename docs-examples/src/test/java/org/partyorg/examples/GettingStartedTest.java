package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.calc.DuesCategory;
import org.partyorg.core.calc.MemberDates;
import org.partyorg.core.calc.PartyDues;
import org.partyorg.core.code.CodeProblem;
import org.partyorg.core.code.InvalidCodeException;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.core.tree.MemberCounts;
import org.partyorg.core.tree.MemberTally;
import org.partyorg.core.tree.OrgTree;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.ReadResult;
import org.partyorg.serialization.ReportWriter;
import org.partyorg.serialization.ReportWriter.FileReport;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/getting-started.md and docs/getting-started.zh.md, and of README.md. */
class GettingStartedTest {

    @Test
    void validateAFile() {
        // tag::validate-file[]
        ValidationReport report = PartyOrg.validate(Path.of("docs/examples/koujiang-village.json"));
        for (Finding f : report.findings()) {
            System.out.println(f.path() + ": " + f.severity() + " " + f.ruleId() + " " + f.message());
        }
        System.out.println(report.records() + " records, " + report.errors() + " errors, "
                + report.warnings() + " warnings");
        // end::validate-file[]
        assertThat(report.records()).isEqualTo(11);
        assertThat(report.findings()).isEmpty();
        assertThat(report.isComplete()).isTrue();
    }

    @Test
    void validateWithOptionsAndPrintLikeTheCommandLine() {
        Stdout stdout = Stdout.capture();
        // tag::validate-mistakes[]
        Path file = Path.of("docs/examples/koujiang-village-mistakes.json");
        ValidationOptions options = ValidationOptions.defaults().withLocale(Locale.ENGLISH);   // default: Chinese
        ValidationReport report = PartyOrg.validate(file, options);

        PrintWriter out = new PrintWriter(System.out, true);
        ReportWriter.text(List.of(new FileReport(file.toString(), report)), out, Locale.ENGLISH);

        if (report.hasErrors()) {
            Finding first = report.select(f -> f.severity() == Severity.ERROR).get(0);
            System.out.println("first error: " + first.ruleId() + " in " + first.recordType() + " " + first.recordId());
        }
        // end::validate-mistakes[]
        stdout.stopAndCompare("validate-mistakes");
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("IDN-002", "MEM-010", "GRID-004");
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.findings("MEM-010")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/members/4/admittedOn");
            assertThat(f.message()).isEqualTo("Admitted on 1990-07-01, before turning 18 on 1992-03-05");
        });
        StringWriter text = new StringWriter();
        ReportWriter.text(List.of(new FileReport(file.toString(), report)), new PrintWriter(text), Locale.ENGLISH);
        assertThat(text.toString()).endsWith("1 file(s), 11 record(s): 2 error(s), 1 warning(s), 0 info(s)" + System.lineSeparator());
    }

    @Test
    void readRecordsAndWalkTheTree() {
        // tag::read-dataset[]
        ReadResult result = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json"));
        Dataset dataset = result.orThrow();    // throws ReadException only if the JSON itself is unsound (DOC rules)
        ValidationReport report = result.report();   // every finding, shape and content, as PartyOrg.validate gives

        OrgTree tree = OrgTree.of(dataset.organizations());
        for (Organization child : tree.children("twp-kj")) {
            System.out.println(child.name() + " under " + tree.parent(child.id()).map(Organization::name).orElse("-"));
        }
        MemberCounts counts = tree.memberCounts(dataset.members());
        int fullMembers = counts.subtree("twp-kj").map(MemberTally::fullMembers).orElse(0);
        System.out.println("口江乡: " + fullMembers + " full members");
        // end::read-dataset[]
        assertThat(report.findings()).isEmpty();
        assertThat(tree.children("twp-kj")).extracting(Organization::id).containsExactly("br-kj");
        assertThat(fullMembers).isEqualTo(5);
        assertThat(tree.depth("br-kj")).hasValue(2);
    }

    @Test
    void valueTypesKeepWhatTheyWereGiven() {
        // tag::value-types[]
        ResidentIdNumber id = ResidentIdNumber.lenient("52263119700301011X");   // never throws
        LocalDate asOf = LocalDate.of(2023, 8, 18);
        System.out.println(id);                      // 522631********011X: toString() masks
        System.out.println(id.isValid(asOf));        // true
        System.out.println(id.birthDate().get());    // 1970-03-01
        System.out.println(id.sex().get());          // MALE

        ResidentIdNumber typo = ResidentIdNumber.lenient("522631197003010111");
        System.out.println(typo.problem(asOf));      // Optional[ID_NUMBER_CHECKSUM]
        try {
            ResidentIdNumber.parse("522631197003010111");   // strict: for application code
        } catch (InvalidCodeException e) {
            System.out.println(e.problem() + ": " + e.getMessage());   // the message masks the number too
        }
        // end::value-types[]
        assertThat(id.toString()).isEqualTo("522631********011X");
        assertThat(id.isValid(asOf)).isTrue();
        assertThat(id.birthDate()).contains(LocalDate.of(1970, 3, 1));
        assertThat(id.sex()).contains(Sex.MALE);
        assertThat(typo.problem(asOf)).contains(CodeProblem.ID_NUMBER_CHECKSUM);
        assertThatThrownBy(() -> ResidentIdNumber.parse("522631197003010111"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageNotContaining("522631197003010111");
    }

    @Test
    void domainCalculations() {
        Dataset dataset = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
        // tag::calculations[]
        Member member = dataset.members().get(0);
        LocalDate asOf = dataset.asOf();
        int age = MemberDates.ageOn(member.birthDate(), asOf);                         // 53
        int standing = MemberDates.partyStandingYears(member, asOf).orElse(0);        // 党龄: 22
        BigDecimal dues = PartyDues.monthly(DuesCategory.SALARIED, new BigDecimal("4200.00"));   // 42.00 yuan (1 %)
        BigDecimal pension = PartyDues.monthly(DuesCategory.RETIREE, new BigDecimal("5000"));    // 25.00 yuan (0.5 %)
        // end::calculations[]
        assertThat(age).isEqualTo(53);
        assertThat(standing).isEqualTo(22);
        assertThat(dues).isEqualByComparingTo("42.00");
        assertThat(pension).isEqualByComparingTo("25.00");
        assertThat(dues.scale()).isEqualTo(2);
    }

    /** README.md's example. */
    @Test
    void readme() {
        // tag::readme[]
        ValidationReport report = PartyOrg.validate(Path.of("docs/examples/koujiang-village.json"));   // or .ndjson
        for (Finding f : report.findings()) {
            System.out.println(f.path() + " " + f.severity() + " " + f.ruleId() + " " + f.message());
        }
        if (report.hasErrors()) {
            throw new IllegalStateException(report.errors() + " errors");
        }
        Dataset dataset = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");   // strict: throws InvalidCodeException
        // end::readme[]
        assertThat(dataset.recordCount()).isEqualTo(11);
        assertThat(id.sex()).contains(Sex.FEMALE);
    }
}
