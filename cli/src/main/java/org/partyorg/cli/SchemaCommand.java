package org.partyorg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partyorg.serialization.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partyorg schema [--bundle] [NAME]}: prints one of the JSON Schemas, or, bundled, the schema with
 * every schema it refers to embedded; {@code partyorg schema --all --out DIR} writes every schema under
 * its file name, for validators that load references from a folder.
 */
@Command(name = "schema", description = "Print a JSON Schema (draft 2020-12): dataset (default), organization, member, grid, "
        + "serviceRecord, posting, application, meeting, duesPayment, transfer, election, streamRecord, report, common.",
        mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", defaultValue = "dataset", description = "The schema's name (default: dataset).")
    String name;

    @Option(names = "--bundle", description = "Print one self-contained schema: every schema it refers to is embedded under $defs "
            + "with its $id, so Python's jsonschema, Ajv or any draft 2020-12 validator needs nothing else.")
    boolean bundle;

    @Option(names = "--all", description = "Write every schema, as shipped, to --out DIR under its file name (NAME.schema.json).")
    boolean all;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder for --all (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (all) {
            if (out == null) {
                err.println("partyorg schema: " + CliMessages.text(CliMessages.environment(), "schema.allNeedsOut"));
                return Main.FAILURE;
            }
            try {
                Files.createDirectories(out);
                for (String n : Schemas.names()) {
                    Files.writeString(out.resolve(n + ".schema.json"), Schemas.text(n), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                err.println("partyorg schema: " + CliMessages.text(CliMessages.environment(), "cannotWrite", out, Main.oneLine(e)));
                return Main.FAILURE;
            }
            return Main.OK;
        }
        if (!Schemas.names().contains(name)) {
            err.println("partyorg schema: " + CliMessages.text(CliMessages.environment(), "schema.unknown", name, String.join(", ", Schemas.names())));
            return Main.FAILURE;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(bundle ? Schemas.bundle(name) : Schemas.text(name));
        o.flush();
        return Main.OK;
    }
}
