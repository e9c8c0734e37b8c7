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
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;

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
        record Arrival(Object record, int index, long seq) {
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
                if (a.record instanceof org.partyorg.core.Organization o) {
                    v.organization(o, a.index, a.seq, Set.of());
                } else if (a.record instanceof org.partyorg.core.Member m) {
                    v.member(m, a.index, a.seq, Set.of());
                } else if (a.record instanceof org.partyorg.core.Grid g) {
                    v.grid(g, a.index, a.seq, Set.of());
                } else if (a.record instanceof org.partyorg.core.ServiceRecord r) {
                    v.serviceRecord(r, a.index, a.seq, Set.of());
                } else {
                    v.posting((org.partyorg.core.Posting) a.record, a.index, a.seq, Set.of());
                }
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
            v.organization(o, line, line, Set.of());
            line++;
        }
        for (var m : ds.members()) {
            v.member(m, line, line, Set.of());
            line++;
        }
        ValidationReport report = v.finish();
        assertThat(report.findings("MEM-001")).extracting(Finding::path).containsExactly("/8/orgId");
        assertThat(report.findings("ORG-028")).extracting(Finding::path).containsExactly("/4/leadership/termYears");
        StreamValidator noHeader = StreamValidator.forStream(ValidationOptions.defaults()).start(null, null);
        assertThat(noHeader.finish().findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(org.assertj.core.api.Assertions.tuple("DOC-002", "/1/schemaVersion"),
                        org.assertj.core.api.Assertions.tuple("DOC-003", "/1/asOf"));
    }

    @Test
    void anIntegratorsProfileDisablesRulesAndOverridesSeverities() {
        ValidationOptions profile = ValidationOptions.defaults().withRulesDisabled("GRID-004", "IDN-030")
                .withSeverity("MEM-001", Severity.WARNING).withSeverity("ORG-028", Severity.INFO);
        ValidationReport report = DatasetValidator.of(profile).validate(broken());
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
        ValidationReport report = DatasetValidator.of(ValidationOptions.defaults().withMaxListedFindings(3)).validate(broken());
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
        ValidationReport report = DatasetValidator.of(ValidationOptions.defaults().withStopAfterErrors(2)).validate(ds);
        assertThat(report.isComplete()).isFalse();
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.records()).isLessThan(ds.recordCount());
    }

    @Test
    void messagesComeInTheCallersLanguageAndNeverShowPersonalData() {
        Dataset ds = ValidData.member(ValidData.dataset(), 3, m -> with(with(m, "idNumber",
                ResidentIdNumber.lenient("52263119730304003X")), "phone", PhoneNumber.lenient("1380013")));
        ValidationReport zh = RuleAssert.validate(ds);
        ValidationReport en = DatasetValidator.of(ValidationOptions.defaults().withLocale(Locale.ENGLISH)).validate(ds);
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
}
