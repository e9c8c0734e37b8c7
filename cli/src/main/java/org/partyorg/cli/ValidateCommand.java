package org.partyorg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.RecordHandler;
import org.partyorg.serialization.ReportWriter;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partyorg validate [options] FILE...}. */
@Command(name = "validate", description = "Validate exchange files (documents, or NDJSON streams: *.ndjson, *.jsonl, --stream).",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    enum FailOn { error, warning }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to validate; - reads standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--locale", paramLabel = "L", description = "Message language: zh-CN or en (default: Chinese when the environment's language is Chinese, else English).")
    String locale;

    @Option(names = "--fail-on", defaultValue = "error", description = "Exit 1 on findings at or above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--max-findings", paramLabel = "N", description = "List at most N findings; counting goes on.")
    Long maxFindings;

    @Option(names = "--divisions", description = "Check division codes against the bundled NBS 2023 registry (IDN-021).")
    boolean divisions;

    @Option(names = "--stream", description = "Read every file as the stream form (NDJSON).")
    boolean stream;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that parse a stream, file or standard input (default: the available processors).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Locale messages;
        try {
            messages = Locales.resolve(locale, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("partyorg validate: " + e.getMessage());
            return Main.FAILURE;
        }
        if (maxFindings != null && maxFindings < 0) {
            err.println("partyorg validate: " + CliMessages.text(messages, "maxFindingsNegative"));
            return Main.FAILURE;
        }
        if (threads != null && threads < 1) {
            err.println("partyorg validate: " + CliMessages.text(messages, "threadsTooFew"));
            return Main.FAILURE;
        }
        for (String file : files) {
            // not only regular files: a named pipe, /dev/stdin or a shell's <(...) is read once, as a file is
            Path path = file.equals("-") ? null : Path.of(file);
            if (path != null && (!Files.exists(path) || Files.isDirectory(path) || !Files.isReadable(path))) {
                err.println("partyorg validate: " + CliMessages.text(messages, Files.isDirectory(path) ? "cannotOpenDirectory" : "cannotOpen",
                        file));
                return Main.FAILURE;
            }
        }
        ValidationOptions options = ValidationOptions.defaults().withLocale(messages);
        if (divisions) {
            options = options.withDivisionRegistry(NbsDivisions.nbs2023());
        }
        long remaining = maxFindings == null ? Long.MAX_VALUE : maxFindings;
        PrintWriter out = spec.commandLine().getOut();
        // findings go out as each file's run hands them over, so memory does not grow with their number
        ReportWriter.Incremental report = format == Format.json ? ReportWriter.json(out) : ReportWriter.text(out, messages);
        Severity threshold = failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR;
        boolean failed = false;
        Progress progress = Progress.forTerminal(err);
        for (String file : files) {
            ValidationReport r = validate(file, options.withMaxListedFindings(remaining), progress, report.findingsOf(file));
            remaining = Math.max(0, remaining - r.listed());
            report.fileDone(r);
            failed |= r.hasFindingsAtLeast(threshold);
        }
        progress.done();
        report.finish();
        out.flush();
        return failed ? Main.FINDINGS : Main.OK;
    }

    private ValidationReport validate(String file, ValidationOptions options, Progress progress, Consumer<Finding> findings)
            throws IOException {
        boolean asStream = stream || (!file.equals("-") && Form.ofFileName(Path.of(file)) == Form.STREAM);
        if (file.equals("-")) {
            InputStream in = System.in;
            return asStream ? streams().withOptions(options).read(in, progress.handler(file), findings)
                    : DatasetReader.create().withOptions(options).validate(in, findings);
        }
        Path path = Path.of(file);
        return asStream ? streams().withOptions(options).read(path, progress.handler(file), findings)
                : DatasetReader.create().withOptions(options).validate(path, findings);
    }

    private StreamReader streams() {
        return threads == null ? StreamReader.create() : StreamReader.create().withThreads(threads);
    }

    /** Progress lines on standard error for long stream runs, only when a person is watching. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean enabled;
        private final long started = System.nanoTime();
        private long lastPrinted = started;
        private boolean printed;

        private Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        static Progress forTerminal(PrintWriter err) {
            return new Progress(err, System.console() != null);
        }

        RecordHandler handler(String file) {
            if (!enabled) {
                return new RecordHandler() {
                };
            }
            return new RecordHandler() {
                private long records;

                @Override
                public void organization(Organization o, long line) {
                    tick(line);
                }

                @Override
                public void member(Member m, long line) {
                    tick(line);
                }

                private void tick(long line) {
                    if ((++records & 0xFFFF) == 0) {
                        long now = System.nanoTime();
                        if (now - lastPrinted > 2_000_000_000L) {
                            lastPrinted = now;
                            printed = true;
                            err.print("\r" + file + ": line " + line + " (" + (now - started) / 1_000_000_000L + " s)   ");
                            err.flush();
                        }
                    }
                }
            };
        }

        void done() {
            if (printed) {
                err.println();
            }
        }
    }
}
