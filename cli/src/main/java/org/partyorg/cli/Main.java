package org.partyorg.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.partyorg.core.code.Masking;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code partyorg} command line (the command line of README.md): a thin layer over the library's public API.
 *
 * <p>Exit statuses: 0 no finding at or above {@code --fail-on}; 1 at least one; 2 bad usage, a
 * file that cannot be opened, or an unexpected failure (one line on standard error, never a stack
 * trace).
 */
@Command(name = "partyorg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate, inspect and generate partyorg exchange files (CPC grassroots-organization data).",
        subcommands = {ValidateCommand.class, RulesCommand.class, SchemaCommand.class, GenerateCommand.class, StatsCommand.class,
            ServeCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class Main {
    /** Exit status: no finding at or above the threshold. */
    static final int OK = 0;
    /** Exit status: findings at or above the threshold. */
    static final int FINDINGS = 1;
    /** Exit status: bad usage, unreadable file, unexpected failure. */
    static final int FAILURE = 2;

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        // explicit UTF-8: the report must not depend on the platform's default encoding
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs a command line in-process, for tests and embedding.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            CommandLine cmd = new CommandLine(new Main());
            cmd.setOut(out);
            cmd.setErr(err);
            cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                err.println("partyorg: " + oneLine(e));
                err.flush();
                return FAILURE;
            });
            return cmd.execute(args);
        } catch (Throwable t) {
            // even an error outside picocli's handling (out of memory, a broken stdout) is one line
            err.println("partyorg: " + (t instanceof OutOfMemoryError ? outOfMemory(args, t) : oneLine(t)));
            err.flush();
            return FAILURE;
        }
    }

    /** Running out of memory, said in the language of the run ({@code --locale}, else the environment), with what to do. */
    private static String outOfMemory(String[] args, Throwable t) {
        Locale locale = CliMessages.environment();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--locale")) {
                try {
                    locale = Locales.resolve(args[i + 1], System.getenv());
                } catch (IllegalArgumentException e) {
                    // the command reports a bad --locale itself; here the environment's language will do
                }
            }
        }
        return CliMessages.text(locale, "outOfMemory", oneLine(t));
    }

    static String oneLine(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        int newline = text.indexOf('\n');
        return Masking.scrub(newline >= 0 ? text.substring(0, newline) : text);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"partyorg " + (v == null ? "(development build)" : v)};
        }
    }
}
