package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.core.spi.DivisionRegistry;
import org.partyorg.divisions.Division;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/guides/divisions.md. */
class DivisionsGuideTest {

    @Test
    void lookUp() {
        Stdout stdout = Stdout.capture();
        // tag::divisions-lookup[]
        NbsDivisions registry = NbsDivisions.nbs2023();   // read on first use, then shared; thread-safe
        Division kouJiang = registry.find(DivisionCode.parse("522631206000")).orElseThrow();
        System.out.println(kouJiang.name() + " " + kouJiang.level());
        System.out.println(registry.fullName(kouJiang));
        for (Division village : registry.children(kouJiang)) {
            System.out.println("  " + village.code() + " " + village.name() + " " + village.villageKind().orElseThrow());
        }
        System.out.println(registry.contains(DivisionCode.lenient("522631206201")));   // well-formed, but not a village
        System.out.println(registry.count(DivisionLevel.VILLAGE) + " village-level divisions, " + registry.edition());
        // end::divisions-lookup[]
        stdout.stopAndCompare("divisions-lookup");
    }

    @Test
    void validateAgainstTheRegistry() {
        Dataset example = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
        Grid g = example.grids().get(0);
        Grid inUnknownVillage = new Grid(g.id(), g.name(), null, DivisionCode.lenient("522631206201"), g.kind(),
                g.leadOrgId(), g.leader(), g.workers(), g.villagerGroups(), g.households(), g.population());
        Dataset dataset = example.withGrids(List.of(inUnknownVillage));
        Stdout stdout = Stdout.capture();
        // tag::divisions-validate[]
        ValidationOptions options = ValidationOptions.defaults()
                .withLocale(Locale.ENGLISH)
                .withDivisionRegistry(NbsDivisions.nbs2023());   // turns on IDN-021
        ValidationReport report = DatasetValidator.create().withOptions(options).validate(dataset);
        for (Finding f : report.findings("IDN-021")) {
            System.out.println(f.path() + ": " + f.severity() + " " + f.message());
        }
        // end::divisions-validate[]
        stdout.stopAndCompare("divisions-validate");
        assertThat(DatasetValidator.create().validate(dataset).findings("IDN-021")).isEmpty();
    }

    @Test
    void throughServiceLoader() {
        // tag::divisions-service[]
        DivisionRegistry registry = ServiceLoader.load(DivisionRegistry.class).findFirst().orElseThrow();
        ValidationOptions options = ValidationOptions.defaults().withDivisionRegistry(registry);
        // end::divisions-service[]
        assertThat(registry.edition()).isEqualTo(NbsDivisions.nbs2023().edition());
        assertThat(options.divisionRegistry()).isPresent();
    }

    /** What the guide says about 东莞市, 中山市 and 儋州市: their codes have a zero county segment, and are well-formed. */
    @Test
    void codesWithAZeroCountySegment() {
        DivisionCode dongguanTownship = DivisionCode.lenient("441900003000");
        assertThat(dongguanTownship.isWellFormed()).isTrue();
        assertThat(DivisionCode.lenient("441900000001").isWellFormed()).isFalse();
        assertThat(NbsDivisions.nbs2023().contains(441900003000L)).isTrue();
        assertThat(NbsDivisions.nbs2023().find(DivisionCode.lenient("441900000000")).map(Division::name)).contains("东莞市");
    }
}
