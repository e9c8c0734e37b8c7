package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what an example prints, to compare it with the output the docs show after the example:
 * a {@code ```text} block marked {@code <!-- output: NAME -->}.
 */
final class Stdout {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private Stdout() {
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    /** @return a capture of System.out, started */
    static Stdout capture() {
        return new Stdout();
    }

    /**
     * Restores System.out, echoes what was printed, and checks every block of the docs marked
     * {@code output: name} against it.
     *
     * @param name the example's name
     * @return what was printed
     */
    String stopAndCompare(String name) {
        System.setOut(original);
        String printed = buffer.toString(StandardCharsets.UTF_8);
        original.print(printed);
        List<Docs.Block> shown = Docs.allBlocks().stream().filter(b -> ("output: " + name).equals(b.marker())).toList();
        assertThat(shown).as("the docs show the output of %s in a block marked <!-- output: %s -->", name, name).isNotEmpty();
        List<String> actual = printed.lines().map(String::stripTrailing).toList();
        for (Docs.Block b : shown) {
            assertThat(b.body().stream().map(String::stripTrailing).toList()).as("%s: output of %s", b.where(), name)
                    .isEqualTo(actual);
        }
        return printed;
    }
}
