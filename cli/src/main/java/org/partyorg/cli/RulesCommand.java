package org.partyorg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.partyorg.core.code.Masking;
import org.partyorg.validation.Rule;
import org.partyorg.validation.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code partyorg rules [--locale L] [RULE-ID]}: the rule catalog, one rule per line; or, with an id
 * (any case, {@code org-022}), that rule's explanation ({@code Rule.explanation(Locale).toText()}).
 * An id the catalog does not have is one line on standard error and exit status 2.
 */
@Command(name = "rules", description = "List the rule catalog (id, severity, title), or explain one rule: what it checks, "
        + "thresholds, when ERROR and when WARNING, source, an example and how to fix the data.", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--locale", paramLabel = "L", description = "Language: zh-CN or en (default: Chinese when the environment's language is Chinese, else English).")
    String locale;

    @Parameters(arity = "0..1", paramLabel = "RULE-ID", description = "A rule id such as ORG-022 (any case): explain this rule.")
    String ruleId;

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
        if (ruleId != null) {
            Optional<Rule> rule = Rule.findById(ruleId.strip().toUpperCase(Locale.ROOT));
            if (rule.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("partyorg rules: " + CliMessages.text(language, "unknownRule", shown(ruleId)));
                err.flush();
                return Main.FAILURE;
            }
            out.print(rule.get().explanation(language).toText());
            out.flush();
            return Main.OK;
        }
        for (RuleCatalog.Entry e : RuleCatalog.entries(language)) {
            out.println(e.id() + "\t" + e.severity() + "\t" + e.title());
        }
        out.flush();
        return Main.OK;
    }

    /** The id as typed, on one line and masked (a mistyped argument may be an ID number), cut at 40 characters. */
    private static String shown(String id) {
        String text = Masking.scrub(id.replaceAll("\\p{Cntrl}", "?"));
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
