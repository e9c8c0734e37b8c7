package org.partyorg.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.partyorg.core.PartyOrgException;
import org.partyorg.generator.ExpectedFinding;
import org.partyorg.generator.Generation;
import org.partyorg.generator.Generator;
import org.partyorg.generator.Manifest;
import org.partyorg.generator.RecordSink;
import org.partyorg.generator.Scale;
import org.partyorg.serialization.DatasetWriter;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.StreamWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partyorg generate --scale S [--seed N] [--format json|ndjson] [--out FILE] [--inject RULE-ID:N]...}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic dataset on real NBS 2023 places that validates with no ERROR; the same bytes for the same seed.")
final class GenerateCommand implements Callable<Integer> {
    enum Format { json, ndjson }

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "S",
            description = "village, township, county, province (Guizhou) or national (about 100 million members; ndjson only).")
    String scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "F",
            description = "json or ndjson (default: ndjson for national and for --out *.ndjson / *.jsonl, else json).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file; - or none for standard output.")
    Path out;

    @Option(names = "--inject", paramLabel = "RULE-ID[:N]",
            description = "Plant N defects of a rule (1 without :N), e.g. MEM-012:5; any case; repeatable. The findings they must "
                    + "produce are written to --manifest. --list-defects lists the rules.")
    List<String> inject = new ArrayList<>();

    @Option(names = "--list-defects", description = "List every rule whose defects --inject can plant, with what is planted, and exit.")
    boolean listDefects;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Where to write the expected findings of --inject as JSON (default: FILE.manifest.json beside --out, else standard error).")
    Path manifestFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (listDefects) {
            PrintWriter out = spec.commandLine().getOut();
            Generator.plantableDefects().forEach((rule, what) -> out.println(rule + "  " + what));
            out.flush();
            return Main.OK;
        }
        if (scale == null) {
            err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.scaleRequired"));
            return Main.FAILURE;
        }
        Scale s;
        try {
            s = Scale.valueOf(scale.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.unknownScale", scale));
            return Main.FAILURE;
        }
        if (out != null && out.toString().equals("-")) {
            out = null;
        }
        boolean streamName = out != null && Form.ofFileName(out) == Form.STREAM;
        boolean documentName = out != null && out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (format == null && s == Scale.NATIONAL && documentName) {
            // validate would read a .json file as a document: do not write the stream form under that name
            err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.nationalNeedsNdjsonName"));
            return Main.FAILURE;
        }
        Format f = format != null ? format : s == Scale.NATIONAL || streamName ? Format.ndjson : Format.json;
        if (s == Scale.NATIONAL && f == Format.json) {
            err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.nationalOnlyNdjson"));
            return Main.FAILURE;
        }
        Generator generator = Generator.of(s, seed);
        for (String spec : inject) {
            int colon = spec.lastIndexOf(':');
            String rule = colon < 0 ? spec : spec.substring(0, colon);
            int count;
            try {
                count = colon < 0 ? 1 : Integer.parseInt(spec.substring(colon + 1).strip());
                generator = generator.inject(rule, count);
            } catch (NumberFormatException e) {
                err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.badInjectCount", spec));
                return Main.FAILURE;
            } catch (RuntimeException e) {
                err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "generate.badInject", spec, Main.oneLine(e)));
                return Main.FAILURE;
            }
        }
        Path temp = out == null ? null : temporaryBeside(out);
        Manifest manifest;
        try (OutputStream target = temp == null ? new FileOutputStream(FileDescriptor.out)
                        : Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream buffered = new BufferedOutputStream(target, 1 << 16)) {
            manifest = write(generator, f, buffered);
        } catch (PartyOrgException e) {
            deleteQuietly(temp);
            err.println("partyorg generate: " + Main.oneLine(e));
            return Main.FAILURE;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            if (temp == null) {
                return BROKEN_PIPE; // whoever read standard output stopped reading: nothing to say
            }
            err.println("partyorg generate: " + CliMessages.text(CliMessages.environment(), "cannotWrite", out, Main.oneLine(e)));
            return Main.FAILURE;
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        if (temp != null) {
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!inject.isEmpty()) {
            writeManifest(manifest, f == Format.ndjson, err);
        }
        return Main.OK;
    }

    /** The exit status of a generation whose standard output was closed by its reader (128 + SIGPIPE, as a shell reports it). */
    static final int BROKEN_PIPE = 141;

    private static Manifest write(Generator generator, Format f, OutputStream out) {
        if (!generator.defects().isEmpty() && generator.scale().compareTo(Scale.COUNTY) <= 0) {
            Generation generation = generator.generate(); // planted defects may live only in the written form
            if (f == Format.json) {
                generation.writeDocument(out);
            } else {
                generation.writeStream(out);
            }
            return generation.manifest();
        }
        if (f == Format.json) {
            Generation generation = generator.generate();
            DatasetWriter.create().write(generation.dataset(), out);
            return generation.manifest();
        }
        LocalDate coverage = generator.hasWorkingLife() ? generator.coverageFrom() : null;
        try (StreamWriter writer = StreamWriter.to(out)) {
            return generator.forEach(RecordSink.to(writer, (version, asOf) -> writer.header(version, asOf, coverage, null)));
        }
    }

    /**
     * A name beside the target for the generation in progress, so that the target is replaced only by a
     * whole generation, in one move. Not {@code Files.createTempFile}: its owner-only permissions would
     * pass to the target, where the user's umask is expected.
     */
    private static Path temporaryBeside(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName() == null ? "partyorg" : target.getFileName().toString();
        return dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done; the name says what it is
            }
        }
    }

    private void writeManifest(Manifest manifest, boolean stream, PrintWriter err) throws IOException {
        StringBuilder json = new StringBuilder("{\"expectedFindings\":[");
        boolean first = true;
        for (ExpectedFinding e : manifest.expectedFindings()) {
            json.append(first ? "\n" : ",\n");
            first = false;
            json.append("{\"ruleId\":\"").append(e.ruleId()).append("\",\"severity\":\"").append(e.severity())
                    .append("\",\"path\":\"").append(stream ? e.streamPath() : e.documentPath())
                    .append("\",\"recordType\":").append(e.namesRecordType() ? "\"" + e.recordType().wireName() + "\"" : "null")
                    .append(",\"recordId\":").append(e.recordId() == null ? "null" : "\"" + e.recordId() + "\"").append('}');
        }
        json.append("\n]}\n");
        Path target = manifestFile != null ? manifestFile : out != null ? Path.of(out + ".manifest.json") : null;
        if (target == null) {
            err.print(json);
            err.flush();
        } else {
            Files.writeString(target, json, StandardCharsets.UTF_8);
        }
    }
}
