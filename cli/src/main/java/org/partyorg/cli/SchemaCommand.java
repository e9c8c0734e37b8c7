package org.partyorg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.partyorg.serialization.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code partyorg schema [NAME]}: prints one of the JSON Schemas. */
@Command(name = "schema", description = "Print a JSON Schema (draft 2020-12): dataset (default), organization, member, grid, "
        + "serviceRecord, posting, streamRecord, report.", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", defaultValue = "dataset", description = "The schema's name (default: dataset).")
    String name;

    @Override
    public Integer call() {
        if (!Schemas.names().contains(name)) {
            spec.commandLine().getErr().println("partyorg schema: no schema named '" + name + "'; one of " + String.join(", ", Schemas.names()));
            return Main.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Schemas.text(name));
        out.flush();
        return Main.OK;
    }
}
