package org.partyorg.cli;

import java.io.IOException;
import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.stats.DatasetStatistics.SecretaryTags;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.StatisticsWriter;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.web.StatisticsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code partyorg stats FILE}: the counts of a dataset, with a line per township that has grids. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count organizations by type and sector, members by stage and status, secretaries by tag, grids, "
                + "households, service records by category and postings by role and status.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The dataset (document, or stream: *.ndjson, *.jsonl, --stream); - for standard input.")
    Path file;

    @Option(names = "--stream", description = "Read the file as the stream form.")
    boolean stream;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (html: one self-contained page).")
    Path outFile;

    enum Format { text, json, html }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean standardInput = file.toString().equals("-");
        if (!standardInput && (!Files.isRegularFile(file) || !Files.isReadable(file))) {
            err.println("partyorg stats: " + CliMessages.text(CliMessages.environment(), "cannotOpen", file));
            return Main.FAILURE;
        }
        long[] shapeProblems = {0};
        Finding[] first = {null};
        Consumer<Finding> shape = f -> {
            if (f.ruleId().startsWith("DOC-") && f.severity() == Severity.ERROR) {
                if (shapeProblems[0]++ == 0) {
                    first[0] = f;
                }
            }
        };
        // standard input is read once, in one pass (its records come in any order); a file in two
        DatasetStatistics s = standardInput ? PartyOrg.statistics(System.in, stream ? Form.STREAM : Form.DOCUMENT, shape)
                : PartyOrg.statistics(file, stream ? Form.STREAM : Form.ofFileName(file), shape);
        if (format != Format.text) {
            NbsDivisions names = NbsDivisions.nbs2023();
            try (Writer target = target()) {
                if (format == Format.json) {
                    StatisticsWriter.json(s, shapeProblems[0], code -> names.find(code).map(d -> d.name()), target);
                } else {
                    StatisticsReport.html(s, shapeProblems[0], code -> names.find(code).map(d -> d.name()),
                            standardInput ? "-" : String.valueOf(file.getFileName()), target);
                }
            }
            return shapeReport(err, shapeProblems[0], first[0]);
        }
        PrintWriter out = new PrintWriter(target());
        out.println("organizations by type:   " + counts(s.organizationsByType()));
        out.println("organizations by sector: " + counts(s.organizationsBySector()));
        out.println("members by stage:        " + counts(s.membersByStage()));
        out.println("members by status:       " + counts(s.membersByStatus()));
        out.println("members by age band:     " + counts(s.membersByAgeBand()));
        out.println("secretaries:             " + tags(s.secretaries()));
        out.println("village secretaries:     " + tags(s.villageSecretaries()));
        out.println("grids:                   " + s.grids() + " grids, " + s.villagerGroups() + " villager groups, "
                + s.households() + " households");
        out.println("service records:         " + counts(s.serviceRecordsByCategory()));
        out.println("postings by role:        " + counts(s.postingsByRole()));
        out.println("postings by status:      " + counts(s.postingsByStatus()));
        out.println("postings by start year:  " + (s.postingsByStartYear().isEmpty() ? "0" : s.postingsByStartYear().toString()));
        DatasetStatistics.WorkingLife life = s.workingLife();
        out.println("applications by stage:   " + counts(life.applicationsByStage()));
        out.println("elections:               " + life.elections() + " held, turnout "
                + String.format(Locale.ROOT, "%.1f%%", 100 * life.turnout()));
        out.println("meetings by kind:        " + counts(life.meetingsByKind()));
        out.println("dues:                    " + life.duesPayments() + " payments, " + life.duesTotal().toPlainString()
                + " yuan; " + life.membersInArrears() + " members without dues for the last whole month");
        out.println("transfers by status:     " + counts(life.transfersByStatus()));
        out.println("meeting cadence:         " + cadence(life));
        if (!s.townships().isEmpty()) {
            out.println("townships with grids:");
            NbsDivisions divisions = NbsDivisions.nbs2023();
            for (DatasetStatistics.Township t : s.townships()) {
                String name = divisions.find(t.code()).map(d -> d.name()).orElse("?");
                Map<ServiceCategory, Long> records = t.serviceRecordsByCategory();
                out.println("  " + t.code() + " " + name + ": " + t.grids() + " grids, " + t.villagerGroups()
                        + " villager groups, " + t.households() + " households, service records " + counts(records));
            }
        }
        out.close();
        return shapeReport(err, shapeProblems[0], first[0]);
    }

    /** Standard output (flushed, left open), or the file of --out. */
    private Writer target() throws IOException {
        if (outFile != null) {
            return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new FilterWriter(stdout) {
            @Override
            public void close() {
                stdout.flush();
            }
        };
    }

    /** The counts cover only what could be read: say so, as validate would, and fail. */
    private int shapeReport(PrintWriter err, long shapeProblems, Finding f) {
        if (shapeProblems > 0) {
            err.println("partyorg stats: " + file + " has " + shapeProblems + " shape error(s) (DOC rules), so the counts cover "
                    + "only the records that could be read; the first: " + (f.path().isEmpty() ? "" : f.path() + ": ") + f.ruleId()
                    + " " + f.message());
            return Main.FINDINGS;
        }
        return Main.OK;
    }

    private static String counts(Map<? extends Enum<?>, Long> counts) {
        if (counts.isEmpty()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (Map.Entry<? extends Enum<?>, Long> e : counts.entrySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.getKey().name()).append(' ').append(e.getValue());
            total += e.getValue();
        }
        return total + " (" + b + ")";
    }

    private static String cadence(DatasetStatistics.WorkingLife life) {
        Map<String, DatasetStatistics.Cadence> byOrg = life.cadenceByOrganization();
        if (byOrg.isEmpty()) {
            return "not counted (no coverageFrom, or no branch or party group)";
        }
        long owed = byOrg.values().stream().mapToLong(DatasetStatistics.Cadence::owed).sum();
        long held = byOrg.values().stream().mapToLong(DatasetStatistics.Cadence::held).sum();
        return String.format(Locale.ROOT, "%d of %d owed periods held (%.1f%%); %d of %d branches and party groups held every one",
                held, owed, 100 * life.cadenceShare(), life.compliantOrganizations(), byOrg.size());
    }

    private static String tags(SecretaryTags t) {
        return String.format(Locale.ROOT, "%d; 致富能手 WEALTH_LEADER %d (%.1f%%), 回引人才 RETURNED_TALENT %d (%.1f%%), "
                        + "大学毕业生 COLLEGE_GRADUATE %d (%.1f%%)",
                t.secretaries(), t.wealthLeaders(), 100 * t.share(t.wealthLeaders()), t.returnedTalents(),
                100 * t.share(t.returnedTalents()), t.collegeGraduates(), 100 * t.share(t.collegeGraduates()));
    }
}
