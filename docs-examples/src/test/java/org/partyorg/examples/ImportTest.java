package org.partyorg.examples;

import static org.partyorg.fixtures.assertions.PartyOrgAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.generator.Generation;
import org.partyorg.generator.Generator;
import org.partyorg.generator.Scale;
import org.partyorg.fixtures.junit.Generated;
import org.partyorg.fixtures.junit.Guizhou;
import org.partyorg.fixtures.junit.PartyOrgTest;
import org.partyorg.validation.DatasetValidator;

/** The README's example of partyorg's fixtures in a downstream test suite, run as written. */
// tag::readme-fixtures[]
@PartyOrgTest
class ImportTest {
    @Test
    void importsTheGuizhouDataset(@Guizhou Dataset guizhou) {
        assertThat(DatasetValidator.create().validate(guizhou)).hasNoFindings();
    }

    @Test
    void reportsPlantedDefects(@Generated(scale = Scale.TOWNSHIP, seed = 42) Generator generator) {
        Generation g = generator.inject("MEM-012", 3).generate();
        assertThat(DatasetValidator.create().validate(g.dataset())).hasFinding("MEM-012").hasSize(3);
    }
}
// end::readme-fixtures[]
