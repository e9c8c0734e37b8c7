package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.cli.Main;

/**
 * Every {@code ```console} block of the docs is a transcript that is replayed here: each
 * {@code $ java -jar cli/target/partyorg.jar ARGS} line is run in-process (same code as the jar),
 * and what it printed (standard output, then standard error) must equal the lines that follow it.
 * {@code $ echo $?} checks the exit status of the command before; a trailing {@code | head -n N}
 * keeps the first N lines. Console blocks hold nothing else: other commands go in {@code ```sh}.
 */
class CliTranscriptTest {
    private static final String JAR = "java -jar cli/target/partyorg.jar ";

    @Test
    void everyConsoleTranscriptIsWhatTheCommandLinePrints() {
        List<Docs.Block> transcripts = Docs.allBlocks().stream().filter(b -> b.language().equals("console")).toList();
        assertThat(transcripts).as("the docs show command-line sessions").isNotEmpty();
        int commands = 0;
        for (Docs.Block b : transcripts) {
            List<String> lines = b.body();
            assertThat(lines).as("%s: a transcript starts with a command", b.where()).isNotEmpty();
            Integer lastStatus = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(line).as("%s: expected a '$ ' command line, not output", b.where()).startsWith("$ ");
                List<String> expected = new ArrayList<>();
                while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                    expected.add(lines.get(++i).stripTrailing());
                }
                String command = line.substring(2).strip();
                if (command.equals("echo $?")) {
                    assertThat(lastStatus).as("%s: 'echo $?' needs a partyorg command before it", b.where()).isNotNull();
                    assertThat(expected).as("%s: exit status", b.where()).containsExactly(String.valueOf(lastStatus));
                    continue;
                }
                assertThat(command).as("%s: console blocks hold only partyorg commands", b.where()).startsWith(JAR);
                int head = Integer.MAX_VALUE;
                int pipe = command.indexOf(" | head -n ");
                if (pipe >= 0) {
                    head = Integer.parseInt(command.substring(pipe + " | head -n ".length()).strip());
                    command = command.substring(0, pipe);
                }
                String[] args = command.substring(JAR.length()).strip().split("\\s+");
                if (args[0].equals("validate") || args[0].equals("rules")) {
                    assertThat(command).as("%s: give --locale, the default comes from the environment", b.where())
                            .contains("--locale");
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                lastStatus = Main.run(args, new PrintWriter(out), new PrintWriter(err));
                List<String> actual = new ArrayList<>();
                (out.toString() + err.toString()).lines().limit(head).map(String::stripTrailing).forEach(actual::add);
                assertThat(actual).as("%s: output of %s", b.where(), line).isEqualTo(expected);
                commands++;
            }
        }
        assertThat(commands).isPositive();
    }
}
