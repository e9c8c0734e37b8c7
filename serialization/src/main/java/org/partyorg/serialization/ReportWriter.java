package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;

/**
 * Writes validation reports as the command line prints them (CLI.md): the JSON report
 * ({@code report} schema) or one text line per finding, {@code file:path: SEVERITY RULE-ID message},
 * then a summary line. Findings come in file order, then in each report's order.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReportWriter() {
    }

    /**
     * A report and the file it is about.
     *
     * @param file the file as named by the caller ({@code -} for standard input)
     * @param report its report
     */
    public record FileReport(String file, ValidationReport report) {
        /** Checks for nulls. */
        public FileReport {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Writes the JSON report: {@code {"findings": [...], "summary": {...}}}.
     *
     * @param reports the reports, in file order
     * @param out where to write; flushed, not closed
     */
    public static void json(List<FileReport> reports, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (FileReport r : reports) {
                for (Finding f : r.report().findings()) {
                    g.writeStartObject();
                    g.writeStringField("file", r.file());
                    g.writeStringField("ruleId", f.ruleId());
                    g.writeStringField("severity", f.severity().name());
                    g.writeStringField("path", f.path());
                    nullable(g, "recordType", f.recordType());
                    nullable(g, "recordId", f.recordId());
                    g.writeStringField("message", f.message());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            Summary s = Summary.of(reports);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", reports.size());
            g.writeNumberField("records", s.records);
            g.writeNumberField("errors", s.errors);
            g.writeNumberField("warnings", s.warnings);
            g.writeNumberField("infos", s.infos);
            g.writeBooleanField("truncated", reports.stream().anyMatch(r -> r.report().isTruncated()));
            g.writeBooleanField("stoppedEarly", reports.stream().anyMatch(r -> !r.report().isComplete()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one line per finding, then a summary line in the locale's language. Line breaks and other
     * control characters in file names, paths and messages (a field name may hold one) are written as
     * escapes (a line feed as the two characters {@code \n}, others as backslash-u and four hex
     * digits), so that each finding stays on one line.
     *
     * @param reports the reports, in file order
     * @param out where to write
     * @param locale Chinese for any {@code zh} locale, English otherwise
     */
    public static void text(List<FileReport> reports, PrintWriter out, Locale locale) {
        for (FileReport r : reports) {
            for (Finding f : r.report().findings()) {
                out.println(oneLine(r.file()) + ":" + oneLine(f.path()) + ": " + f.severity() + " " + f.ruleId() + " "
                        + oneLine(f.message()));
            }
        }
        Summary s = Summary.of(reports);
        boolean zh = "zh".equals(locale.getLanguage());
        String truncated = reports.stream().anyMatch(r -> r.report().isTruncated())
                ? (zh ? "（只列出部分发现）" : " (not all findings listed)") : "";
        String incomplete = reports.stream().anyMatch(r -> !r.report().isComplete())
                ? (zh ? "；读取提前停止" : "; reading stopped early") : "";
        out.println(zh
                ? reports.size() + " 个文件，" + s.records + " 条记录：" + s.errors + " 个错误，" + s.warnings + " 个警告，"
                        + s.infos + " 条提示" + truncated + incomplete
                : reports.size() + " file(s), " + s.records + " record(s): " + s.errors + " error(s), " + s.warnings
                        + " warning(s), " + s.infos + " info(s)" + truncated + incomplete);
        out.flush();
    }

    /** Escapes what would break the line or the terminal: C0 and C1 controls, DEL, U+2028 and U+2029. */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private record Summary(long records, long errors, long warnings, long infos) {
        static Summary of(List<FileReport> reports) {
            long records = 0;
            long errors = 0;
            long warnings = 0;
            long infos = 0;
            for (FileReport r : reports) {
                records += r.report().records();
                errors += r.report().errors();
                warnings += r.report().warnings();
                infos += r.report().infos();
            }
            return new Summary(records, errors, warnings, infos);
        }
    }
}
