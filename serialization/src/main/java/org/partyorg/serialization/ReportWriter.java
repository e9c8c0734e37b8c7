package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.core.code.Masking;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.ValidationReport;

/**
 * Writes validation reports as the command line prints them: the JSON report
 * ({@code report} schema; each finding also carries {@code ruleUrl}, its rule's entry in the published
 * rule catalog, {@link Rule#documentationUrl()}) or one text line per finding,
 * {@code file:path: SEVERITY RULE-ID message}, then a summary line. Findings come in file order, then in each report's order.
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
        writeAll(reports, json(out));
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
        writeAll(reports, text(out, locale));
    }

    private static void writeAll(List<FileReport> reports, Incremental report) {
        for (FileReport r : reports) {
            r.report().findings().forEach(report.findingsOf(r.file()));
            report.fileDone(r.report());
        }
        report.finish();
    }

    /**
     * A JSON report written as findings arrive, so that memory does not grow with their number.
     *
     * @param out where to write; flushed, not closed
     * @return the report being written
     */
    public static Incremental json(Writer out) {
        return new JsonReport(out);
    }

    /**
     * A text report written as findings arrive, as {@link #text(List, PrintWriter, Locale)} writes it.
     *
     * @param out where to write
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the report being written
     */
    public static Incremental text(PrintWriter out, Locale locale) {
        return new TextReport(out, locale);
    }

    /**
     * A report being written: for each file, the findings as a validator hands them over (see
     * {@code StreamReader.read(Path, RecordHandler, Consumer)}), then that file's report for the
     * summary; then {@link #finish()}. Not thread-safe.
     */
    public abstract static sealed class Incremental permits JsonReport, TextReport {
        private long files;
        private long records;
        private long errors;
        private long warnings;
        private long infos;
        private boolean truncated;
        private boolean stoppedEarly;

        Incremental() {
        }

        /**
         * @param file the file the next findings are about, as named by the caller
         * @return where to hand its findings, in report order
         */
        public abstract Consumer<Finding> findingsOf(String file);

        /**
         * Adds a file's counts to the summary.
         *
         * @param report the file's report
         */
        public void fileDone(ValidationReport report) {
            files++;
            records += report.records();
            errors += report.errors();
            warnings += report.warnings();
            infos += report.infos();
            truncated |= report.isTruncated();
            stoppedEarly |= !report.isComplete();
        }

        /** Writes the summary and flushes. */
        public abstract void finish();
    }

    private static final class JsonReport extends Incremental {
        private final JsonGenerator g;
        /** Each rule's link, by id: looked up once per rule, not once per finding. */
        private final Map<String, String> ruleUrls = new HashMap<>();

        JsonReport(Writer out) {
            try {
                g = FACTORY.createGenerator(out);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeArrayFieldStart("findings");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Consumer<Finding> findingsOf(String file) {
            return f -> {
                try {
                    g.writeStartObject();
                    g.writeStringField("file", file);
                    g.writeStringField("ruleId", f.ruleId());
                    g.writeStringField("severity", f.severity().name());
                    g.writeStringField("path", f.path());
                    nullable(g, "recordType", f.recordType());
                    nullable(g, "recordId", f.recordId());
                    g.writeStringField("message", f.message());
                    String url = ruleUrls.computeIfAbsent(f.ruleId(),
                            id -> Rule.findById(id).map(r -> r.documentationUrl().toString()).orElse(null));
                    if (url != null) {
                        g.writeStringField("ruleUrl", url);
                    }
                    g.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        @Override
        public void finish() {
            try (g) {
                g.writeEndArray();
                Incremental s = this;
                g.writeObjectFieldStart("summary");
                g.writeNumberField("files", s.files);
                g.writeNumberField("records", s.records);
                g.writeNumberField("errors", s.errors);
                g.writeNumberField("warnings", s.warnings);
                g.writeNumberField("infos", s.infos);
                g.writeBooleanField("truncated", s.truncated);
                g.writeBooleanField("stoppedEarly", s.stoppedEarly);
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class TextReport extends Incremental {
        private final PrintWriter out;
        private final boolean zh;

        TextReport(PrintWriter out, Locale locale) {
            this.out = out;
            this.zh = "zh".equals(locale.getLanguage());
        }

        @Override
        public Consumer<Finding> findingsOf(String file) {
            String name = oneLine(file);
            // the path may name a field or hold an id like a 身份证号: the text masks it, the JSON report keeps it exact
            return f -> out.println(name + ":" + oneLine(Masking.scrubPersonal(f.path())) + ": " + f.severity() + " " + f.ruleId() + " "
                    + oneLine(f.message()));
        }

        @Override
        public void finish() {
            Incremental s = this;
            String truncated = s.truncated ? (zh ? "（只列出部分发现）" : " (not all findings listed)") : "";
            String incomplete = s.stoppedEarly ? (zh ? "；读取提前停止" : "; reading stopped early") : "";
            out.println(zh
                    ? s.files + " 个文件，" + s.records + " 条记录：" + s.errors + " 个错误，" + s.warnings + " 个警告，"
                            + s.infos + " 条提示" + truncated + incomplete
                    : s.files + " file(s), " + s.records + " record(s): " + s.errors + " error(s), " + s.warnings
                            + " warning(s), " + s.infos + " info(s)" + truncated + incomplete);
            out.flush();
        }
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
}
