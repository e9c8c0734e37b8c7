package org.partyorg.examples;

import static org.partyorg.fixtures.assertions.PartyOrgAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.fixtures.GuizhouDataset;
import org.partyorg.fixtures.builders.DatasetBuilder;
import org.partyorg.fixtures.builders.MemberBuilder;
import org.partyorg.generator.ExpectedFinding;
import org.partyorg.generator.Generation;
import org.partyorg.generator.Generator;
import org.partyorg.generator.Scale;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/guides/fixtures.md. */
class FixturesGuideTest {

    @Test
    void builders() {
        // tag::fixtures-builders[]
        Dataset dataset = DatasetBuilder.aValidDataset()                 // branch b-1, members m-1..m-3, a grid, ...
                .with(MemberBuilder.aMember().withId("m-4").inOrg("b-1")
                        .full(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 1)))   // full member a month early
                .build();
        ValidationReport report = DatasetValidator.create().validate(dataset);
        assertThat(report).hasOnlyRules("MEM-012");
        assertThat(report).hasFinding("MEM-012").at("/members/3/fullMemberOn").forRecord("m-4").isSingle();
        // end::fixtures-builders[]
    }

    @Test
    void generators() {
        // tag::fixtures-generators[]
        Generation county = Generator.of(Scale.COUNTY, 42).inject("IDN-002", 3).inject("GRID-004", 2).generate();
        ValidationReport report = DatasetValidator.create().validate(county.dataset());
        assertThat(report).hasOnlyRules("IDN-002", "GRID-004").hasFindingCount(5);
        for (ExpectedFinding expected : county.manifest().expectedFindings()) {
            assertThat(report).hasFinding(expected.ruleId()).at(expected.documentPath());
        }
        // end::fixtures-generators[]
    }

    @Test
    void guizhou() {
        // tag::fixtures-guizhou[]
        Dataset guizhou = GuizhouDataset.dataset();   // the source report's places, invented people
        assertThat(DatasetValidator.create().validate(guizhou)).hasNoFindings();
        // end::fixtures-guizhou[]
    }
}
