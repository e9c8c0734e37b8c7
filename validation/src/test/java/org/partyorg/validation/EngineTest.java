package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyorg.validation.Mutate.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.internal.rules.Messages;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/** The engine as a whole: order, options, messages, and the stream validator agreeing with the dataset validator. */
class EngineTest {

    /** A dataset with a dozen findings spread over every record type. */
    static Dataset broken() {
        Dataset ds = ValidData.dataset();
        ds = ValidData.member(ds, 3, m -> with(with(m, "orgId", "nope"), "phone", PhoneNumber.lenient("12")));
        ds = ValidData.member(ds, 4, m -> with(with(m, "status", MemberStatus.LOST_CONTACT), "statusSince", LocalDate.of(2020, 1, 1)));
        ds = ValidData.organization(ds, 2, o -> o.withLeadership(with(o.leadership(), "termYears", 4)));
        ds = ValidData.grid(ds, g -> with(with(g, "households", 900), "leadOrgId", "zzz"));
        ds = ValidData.serviceRecord(ds, r -> with(r, "gridId", "g-0"));
        ds = ValidData.posting(ds, p -> with(p, "plannedEndDate", LocalDate.of(2023, 1, 1)));
        return ds;
    }

    @Test
    void findingsComeInRecordOrderThenRuleId() {
        ValidationReport report = RuleAssert.validate(broken());
        assertThat(report.findings()).extracting(Finding::path).containsExactly(
                "/organizations/2/leadership/termYears",
                "/members/3/phone", "/members/3/orgId",
                "/members/4/status",
                "/grids/0/leadOrgId", "/grids/0/households",
                "/serviceRecords/0/gridId",
                "/postings/0/plannedEndDate");
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly(
                "ORG-028", "IDN-030", "MEM-001", "MEM-017", "GRID-002", "GRID-004", "SVC-001", "PST-004");
        assertThat(report.errors()).isEqualTo(3);
        assertThat(report.warnings()).isEqualTo(5);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings("MEM-001")).singleElement().extracting(Finding::recordId).isEqualTo("m-3");
        assertThat(report.findingsForRecord("g-1")).hasSize(2);
    }

    @Test
    void theStreamValidatorGivesTheSameFindingsWhateverTheOrderRecordsArriveIn() {
        Dataset ds = broken();
        ValidationReport expected = RuleAssert.validate(ds);
        record Arrival(ExchangeRecord record, int index, long seq) {
        }
        List<Arrival> arrivals = new ArrayList<>();
        long seq = 0;
        for (int i = 0; i < ds.organizations().size(); i++) {
            arrivals.add(new Arrival(ds.organizations().get(i), i, seq++));
        }
        for (int i = 0; i < ds.members().size(); i++) {
            arrivals.add(new Arrival(ds.members().get(i), i, seq++));
        }
        arrivals.add(new Arrival(ds.grids().get(0), 0, seq++));
        arrivals.add(new Arrival(ds.serviceRecords().get(0), 0, seq++));
        arrivals.add(new Arrival(ds.postings().get(0), 0, seq));
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(arrivals, new Random(round));
            StreamValidator v = StreamValidator.forDocument(ValidationOptions.defaults()).start(ds.schemaVersion(), ds.asOf());
            for (Arrival a : arrivals) {
                v.record(a.record, a.index, a.seq);
            }
            assertThat(v.finish().findings()).as("arrival order %s", round).isEqualTo(expected.findings());
        }
    }

    @Test
    void streamPathsAreLineNumbers() {
        Dataset ds = broken();
        StreamValidator v = StreamValidator.forStream(ValidationOptions.defaults()).start("1.0", ds.asOf());
        long line = 2; // line 1 is the header
        for (var o : ds.organizations()) {
            v.record(o, line, line);
            line++;
        }
        for (var m : ds.members()) {
            v.record(m, line, line);
            line++;
        }
        ValidationReport report = v.finish();
        assertThat(report.findings("MEM-001")).extracting(Finding::path).containsExactly("/8/orgId");
        assertThat(report.findings("ORG-028")).extracting(Finding::path).containsExactly("/4/leadership/termYears");
        StreamValidator noHeader = StreamValidator.forStream(ValidationOptions.defaults()).start(null, null);
        assertThat(noHeader.finish().findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(Assertions.tuple("DOC-002", "/1/schemaVersion"),
                        Assertions.tuple("DOC-003", "/1/asOf"));
    }

    @Test
    void anIntegratorsProfileDisablesRulesAndOverridesSeverities() {
        ValidationOptions profile = ValidationOptions.defaults().withRulesDisabled("GRID-004", "IDN-030")
                .withSeverity("MEM-001", Severity.WARNING).withSeverity("ORG-028", Severity.INFO);
        ValidationReport report = DatasetValidator.create().withOptions(profile).validate(broken());
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("GRID-004", "IDN-030");
        assertThat(report.findings("MEM-001")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(report.findings("ORG-028")).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
        assertThat(report.infos()).isEqualTo(1);
        assertThat(profile.disabledRules()).hasSize(2);
        assertThatThrownBy(() -> ValidationOptions.defaults().withRulesDisabled("XYZ-001"))
                .isInstanceOf(PartyOrgException.class).hasMessageContaining("XYZ-001");
    }

    @Test
    void listingStopsAtTheLimitButCountingGoesOn() {
        ValidationReport report = DatasetValidator.create().withOptions(ValidationOptions.defaults().withMaxListedFindings(3)).validate(broken());
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("ORG-028", "IDN-030", "MEM-001");
        assertThat(report.errors() + report.warnings()).isEqualTo(8);
        assertThat(report.isTruncated()).isTrue();
        assertThat(report.isComplete()).isTrue();
    }

    @Test
    void failFastStopsAfterTheGivenNumberOfErrors() {
        Dataset ds = broken();
        // per-record errors: found as the records arrive
        ds = ValidData.member(ds, 0, m -> with(m, "idNumber", ResidentIdNumber.lenient("1")));
        ds = ValidData.member(ds, 1, m -> with(m, "idNumber", ResidentIdNumber.lenient("2")));
        ValidationReport report = DatasetValidator.create().withOptions(ValidationOptions.defaults().withStopAfterErrors(2)).validate(ds);
        assertThat(report.isComplete()).isFalse();
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.records()).isLessThan(ds.recordCount());
    }

    @Test
    void messagesComeInTheCallersLanguageAndNeverShowPersonalData() {
        Dataset ds = ValidData.member(ValidData.dataset(), 3, m -> with(with(m, "idNumber",
                ResidentIdNumber.lenient("52263119730304003X")), "phone", PhoneNumber.lenient("1380013")));
        ValidationReport zh = RuleAssert.validate(ds);
        ValidationReport en = DatasetValidator.create().withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH)).validate(ds);
        assertThat(zh.findings("IDN-002")).singleElement().extracting(Finding::message).asString()
                .contains("身份证号").contains("522631********003X").doesNotContain("52263119730304003X");
        assertThat(en.findings("IDN-002")).singleElement().extracting(Finding::message).asString()
                .startsWith("The check character").doesNotContain("52263119730304003X");
        assertThat(en.findings("IDN-030")).singleElement().extracting(Finding::message).asString()
                .contains("*******").doesNotContain("1380013");
        for (Finding f : zh.findings()) {
            assertThat(f.message()).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void reportThresholdsCountsAndTruncation() {
        Dataset ds = broken();
        ValidationReport all = RuleAssert.validate(ds);
        assertThat(all.hasFindingsAtLeast(Severity.ERROR)).isTrue();
        assertThat(all.isTruncated()).isFalse();
        assertThat(all.toString()).isEqualTo("ValidationReport[records=11, errors=3, warnings=5, infos=0, listed=8]");
        // exactly as many listed as found is not truncated, one fewer is
        assertThat(DatasetValidator.create().withOptions(ValidationOptions.defaults().withMaxListedFindings(8)).validate(ds).isTruncated()).isFalse();
        ValidationReport seven = DatasetValidator.create().withOptions(ValidationOptions.defaults().withMaxListedFindings(7)).validate(ds);
        assertThat(seven.isTruncated()).isTrue();
        assertThat(seven.toString()).isEqualTo("ValidationReport[records=11, errors=3, warnings=5, infos=0, listed=7]");

        ValidationOptions noErrors = ValidationOptions.defaults().withRulesDisabled("MEM-001", "GRID-002", "SVC-001");
        ValidationReport warnings = DatasetValidator.create().withOptions(noErrors).validate(ds);
        assertThat(warnings.hasErrors()).isFalse();
        assertThat(warnings.hasFindingsAtLeast(Severity.ERROR)).isFalse();
        assertThat(warnings.hasFindingsAtLeast(Severity.WARNING)).isTrue();
        assertThat(warnings.hasFindingsAtLeast(Severity.INFO)).isTrue();

        ValidationOptions notes = noErrors;
        for (String id : List.of("ORG-028", "IDN-030", "MEM-017", "GRID-004", "PST-004")) {
            notes = notes.withSeverity(id, Severity.INFO);
        }
        ValidationReport infos = DatasetValidator.create().withOptions(notes).validate(ds);
        assertThat(infos.infos()).isEqualTo(5);
        assertThat(infos.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(infos.hasFindingsAtLeast(Severity.WARNING)).isFalse();
        assertThat(infos.hasFindingsAtLeast(Severity.INFO)).isTrue();
        assertThat(infos.toString()).isEqualTo("ValidationReport[records=11, errors=0, warnings=0, infos=5, listed=5]");

        ValidationReport clean = RuleAssert.validate(ValidData.dataset());
        assertThat(clean.hasErrors()).isFalse();
        assertThat(clean.hasFindingsAtLeast(Severity.INFO)).isFalse();
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(all.findings().get(0).rule()).contains(Rule.ORG_028);
    }

    @Test
    void optionsCheckTheirArgumentsAndKeepEarlierChoices() {
        ValidationOptions o = ValidationOptions.defaults();
        assertThat(o.withMaxListedFindings(0).maxListedFindings()).isZero();
        assertThatThrownBy(() -> o.withMaxListedFindings(-1)).isInstanceOf(PartyOrgException.class);
        assertThat(o.withStopAfterErrors(1).stopAfterErrors()).isEqualTo(1);
        assertThatThrownBy(() -> o.withStopAfterErrors(0)).isInstanceOf(PartyOrgException.class);
        assertThatThrownBy(() -> o.withRulesDisabled("ORG-9999")).isInstanceOf(PartyOrgException.class);
        assertThatThrownBy(() -> o.withSeverity("ORG-9999", Severity.INFO)).isInstanceOf(PartyOrgException.class);
        ValidationOptions three = o.withRulesDisabled("ORG-028").withRulesDisabled("MEM-001", "GRID-002");
        assertThat(three.disabledRules()).containsExactlyInAnyOrder(Rule.ORG_028, Rule.MEM_001, Rule.GRID_002);
        assertThat(o.disabledRules()).isEmpty();
        assertThat(DatasetValidator.create().withOptions(three).validate(broken()).findings()).extracting(Finding::ruleId)
                .containsExactly("IDN-030", "MEM-017", "GRID-004", "SVC-001", "PST-004");
        // none listed, all counted
        ValidationReport none = DatasetValidator.create().withOptions(o.withMaxListedFindings(0)).validate(broken());
        assertThat(none.findings()).isEmpty();
        assertThat(none.errors()).isEqualTo(3);
        assertThat(none.warnings()).isEqualTo(5);
        assertThat(none.isTruncated()).isTrue();
        assertThat(DatasetValidator.create().withOptions(o).options()).isSameAs(o);
    }

    @Test
    void listingAFewOfManyFindingsKeepsTheFirstInReportOrder() {
        // 5,000 members, many sharing an ID number: more findings than the collector holds before it trims (2 x limit + 1024)
        Dataset ds = ValidData.branchWithMembers(ValidData.dataset(), 5000, MemberStage.FULL);
        ValidationReport all = RuleAssert.validate(ds);
        assertThat(all.findings().size()).isGreaterThan(2 * 100 + 1024);
        for (long max : new long[] {1, 3, 100}) {
            ValidationReport few = DatasetValidator.create().withOptions(ValidationOptions.defaults().withMaxListedFindings(max)).validate(ds);
            assertThat(few.findings()).as("first %s", max).isEqualTo(all.findings().subList(0, (int) max));
            assertThat(few.errors()).isEqualTo(all.errors());
            assertThat(few.warnings()).isEqualTo(all.warnings());
        }
    }

    @Test
    void readersReportShapeProblemsAndUnreadableRecordsThroughTheRun() {
        ValidationRun v = new ValidationRun(ValidationOptions.defaults().withLocale(Locale.ENGLISH), PathLayout.STREAM);
        v.start("1.0", ValidData.AS_OF);
        v.report(Rule.DOC_015, 2, "member", "m-0", "/2/nickname", "field", "nickname");
        v.unreadableRecord(RecordType.GRID); // says nothing about organizations
        v.record(ValidData.members().get(0), 3, 3, Set.of());
        v.report(Rule.DOC_001, 1, null, null, "/1", "detail", "broken");
        ValidationReport r = v.finish(true);
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::path, Finding::recordId).containsExactly(
                Assertions.tuple("DOC-001", "/1", null),
                Assertions.tuple("DOC-015", "/2/nickname", "m-0"),
                Assertions.tuple("MEM-001", "/3/orgId", "m-0"));
        assertThat(r.findings().get(1).message()).isEqualTo("Unknown field nickname (ignored)");
        assertThat(r.findings().get(0).message()).endsWith(": broken");
        // a record of unknown type might be the organization m-0 names: MEM-001 cannot be decided
        ValidationRun unsure = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        unsure.start("1.0", ValidData.AS_OF);
        unsure.unreadableRecord(null);
        unsure.record(ValidData.members().get(0), 2, 2, Set.of());
        assertThat(unsure.finish(true).findings()).isEmpty();
        ValidationRun noOrganizations = new ValidationRun(ValidationOptions.defaults(), PathLayout.STREAM);
        noOrganizations.start("1.0", ValidData.AS_OF);
        noOrganizations.unreadableRecords(RecordType.ORGANIZATION);
        noOrganizations.record(ValidData.members().get(0), 2, 2, Set.of());
        ValidationReport none = noOrganizations.finish(true);
        assertThat(none.findings()).isEmpty();
        assertThat(none.records()).isEqualTo(1);
        // a record before start is a programming error
        assertThatThrownBy(() -> StreamValidator.forStream(ValidationOptions.defaults()).record(ValidData.members().get(0), 1, 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void officersAreJudgedWhetherTheirMembersArriveBeforeOrAfterTheirOrganization() {
        // the deputy secretary m-1 is probationary: no right to be elected
        Dataset ds = ValidData.member(ValidData.dataset(), 1, m -> with(with(with(m, "stage", MemberStage.PROBATIONARY),
                "fullMemberOn", null), "admittedOn", LocalDate.of(2023, 1, 1)));
        ValidationReport expected = RuleAssert.validate(ds);
        assertThat(expected.findings()).extracting(Finding::ruleId, Finding::path).containsExactly(
                Assertions.tuple("ORG-026", "/organizations/2/leadership/officers/1/memberId"));
        // members first, then the organizations: the same finding
        StreamValidator v = StreamValidator.forDocument(ValidationOptions.defaults()).start("1.0", ValidData.AS_OF);
        for (int i = 0; i < ds.members().size(); i++) {
            v.record(ds.members().get(i), i, 3 + i);
        }
        for (int i = 0; i < ds.organizations().size(); i++) {
            v.record(ds.organizations().get(i), i, i);
        }
        assertThat(v.finish().findings()).isEqualTo(expected.findings());
    }

    @Test
    void messageTemplatesFillNamedParameters() {
        assertThat(Messages.format("a {x} b {y} {x}", "x", 1, "y", "二")).isEqualTo("a 1 b 二 1");
        assertThat(Messages.format("{x} {unknown} {", "x", "v")).isEqualTo("v {unknown} {");
        assertThat(Messages.format("no parameters", "x", 1)).isEqualTo("no parameters");
        assertThat(Messages.format("{x}")).isEqualTo("{x}");
        assertThat(Messages.format("{x}", "x")).isEqualTo("{x}");
        assertThat(Messages.format("}{x}{}", "x", 2, "", "e")).isEqualTo("}2e");
    }
}
