package org.partyorg.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;

/**
 * The ordered parallel reader proven equal to the sequential one on generated data: a county with a
 * defect of every combinable rule planted, its stream file read on 1, 2 and 4 threads, gives the
 * same findings in the same order, and they are exactly the manifest's.
 */
class ParallelReadingTest {
    private static final Set<String> ALONE = Set.of("DOC-001", "DOC-003", "DOC-018", "DOC-020");

    @TempDir
    Path tmp;

    @Test
    void oneTwoAndFourThreadsFindExactlyThePlantedDefectsInTheSameOrder() throws IOException {
        Generator generator = Generator.of(Scale.COUNTY, 7);
        for (String rule : Generator.supportedDefects()) {
            if (!ALONE.contains(rule)) {
                generator = generator.inject(rule, 1);
            }
        }
        Generation g = generator.generate();
        Path file = tmp.resolve("county.ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            g.writeStream(out);
        }
        StreamReader reader = StreamReader.create()
                .withOptions(ValidationOptions.defaults().withDivisionRegistry(NbsDivisions.nbs2023()));
        List<Finding> one = reader.withThreads(1).validate(file).findings();
        assertThat(one.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.path() + " " + f.recordId()))
                .containsExactlyInAnyOrderElementsOf(EveryRulePlantedTest.expected(g, true));
        for (int threads : new int[] {2, 4}) {
            assertThat(reader.withThreads(threads).validate(file).findings()).as("%d threads", threads).isEqualTo(one);
        }
    }
}
