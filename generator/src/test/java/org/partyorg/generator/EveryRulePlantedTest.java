package org.partyorg.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partyorg.core.PartyOrgException;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Every rule of the catalog planted once at the smallest scale, in the document and the stream
 * form: the validator (with the NBS registry, which IDN-021 needs) reports exactly the manifest,
 * rule, severity, path and record id, and nothing else.
 */
class EveryRulePlantedTest {
    static final ValidationOptions WITH_REGISTRY = ValidationOptions.defaults().withDivisionRegistry(NbsDivisions.nbs2023());

    static Stream<Arguments> rules() {
        return Generator.supportedDefects().stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void aVillageWithOneDefectReportsExactlyTheManifest(String rule) {
        Generation g = villageWith(rule);

        assertThat(g.manifest().expectedFindings()).isNotEmpty().anySatisfy(e -> assertThat(e.ruleId()).isEqualTo(rule));
        assertThat(reported(g, false)).containsExactlyInAnyOrderElementsOf(expected(g, false));
        assertThat(reported(g, true)).containsExactlyInAnyOrderElementsOf(expected(g, true));
    }

    static Generation villageWith(String rule) {
        for (long seed : new long[] {1, 2, 42, 14, 3}) {
            Generator generator = Generator.of(Scale.VILLAGE, seed).inject(rule, 1);
            try {
                return generator.generate();
            } catch (PartyOrgException e) {
                // no room in this village: the next seed
            }
        }
        return Generator.of(Scale.TOWNSHIP, 14).inject(rule, 1).generate();
    }

    static List<String> reported(Generation g, boolean stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (stream) {
            g.writeStream(out);
        } else {
            g.writeDocument(out);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        ValidationReport report = stream ? StreamReader.create().withOptions(WITH_REGISTRY).validate(in)
                : DatasetReader.create().withOptions(WITH_REGISTRY).validate(in);
        List<String> out2 = new ArrayList<>();
        for (Finding f : report.findings()) {
            out2.add(f.ruleId() + " " + f.severity() + " " + f.path() + " " + f.recordId());
        }
        return out2;
    }

    static List<String> expected(Generation g, boolean stream) {
        return g.manifest().expectedFindings().stream()
                .map(e -> e.ruleId() + " " + e.severity() + " " + (stream ? e.streamPath() : e.documentPath()) + " " + e.recordId())
                .toList();
    }
}
