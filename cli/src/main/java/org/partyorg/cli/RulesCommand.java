package org.partyorg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.partyorg.validation.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code partyorg rules [--locale L]}: the rule catalog, one rule per line. */
@Command(name = "rules", description = "List the rule catalog: id, severity, title.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--locale", paramLabel = "L", description = "Title language: zh-CN or en (default: Chinese when the environment's language is Chinese, else English).")
    String locale;

    @Override
    public Integer call() {
        Locale language;
        try {
            language = Locales.resolve(locale, System.getenv());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("partyorg rules: " + e.getMessage());
            return Main.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (RuleCatalog.Entry e : RuleCatalog.entries(language)) {
            out.println(e.id() + "\t" + e.severity() + "\t" + e.title());
        }
        out.flush();
        return Main.OK;
    }
}
