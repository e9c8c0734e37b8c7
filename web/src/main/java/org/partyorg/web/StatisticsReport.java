package org.partyorg.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyorg.core.code.Masking;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.serialization.StatisticsWriter;
import org.partyorg.web.internal.Assets;
import org.partyorg.web.internal.Labels;

/**
 * The statistics view of the page as one self-contained HTML file ({@code partyorg stats --format html
 * --out FILE}): its charts (Apache ECharts), scripts, styles and data are all inside, and its
 * Content-Security-Policy forbids any connection, so it opens in any browser without a network and can
 * be sent on as it is. Chinese first, with the page's English switch. It holds what
 * {@link StatisticsWriter} writes: counts, township codes and names, and the names of the branches that
 * kept the fewest meetings; nothing personal.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatisticsReport {
    private static final Pattern MARKER = Pattern.compile("@TITLE@|/\\*@[A-Z]+@\\*/");

    private StatisticsReport() {
    }

    /**
     * Writes the report.
     *
     * @param statistics the statistics, not null
     * @param shapeErrors how many shape errors (the DOC rules' ERRORs) reading met; above 0 the report
     *     says that the counts cover only the records that could be read
     * @param townshipName the name of a township by its 12-digit code, or empty (not null)
     * @param title a title for the page, such as the dataset's file name, not null (personal numbers in
     *     it are masked)
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void html(DatasetStatistics statistics, long shapeErrors, Function<String, Optional<String>> townshipName,
            String title, Writer out) {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(out, "out");
        StringWriter data = new StringWriter();
        StatisticsWriter.json(statistics, shapeErrors, townshipName, data);
        Assets assets = Assets.load();
        // the template's markers are filled in one pass, so that no text put in (a branch's name, say) is ever read as a marker
        String page = fill(assets.text("report.html"), Map.of(
                "@TITLE@", html(Masking.scrubPersonal(title)),
                "/*@STYLE@*/", assets.text("app.css"),
                "/*@STATISTICS@*/", script(data.toString().strip()),
                "/*@LABELS@*/", script(new String(Labels.json(), StandardCharsets.UTF_8)),
                "/*@ECHARTS@*/", assets.text("echarts.min.js").replace("</script", "<\\/script"),
                "/*@VIEW@*/", assets.text("stats-view.js")));
        try {
            out.write(page);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = MARKER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + (2 << 20));
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** JSON inside a script element: a {@code <} (only ever inside a string) cannot end the element. */
    private static String script(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
