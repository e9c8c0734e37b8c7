package org.partyorg.web.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The page's files, read once from the jar: the page, its script, its styles, the statistics view
 * (shared with the HTML report) and Apache ECharts (unpacked from its WebJar at build time).
 */
public final class Assets {
    private static final String ROOT = "/org/partyorg/web/static/";
    /** The echarts file is unpacked from its WebJar into a folder of its own, beside its licence. */
    private static final Map<String, String> PATHS = Map.of("echarts.min.js", "echarts/echarts.min.js");
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "stats-view.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "echarts.min.js", "text/javascript; charset=utf-8",
            "report.html", "text/html; charset=utf-8");
    /** Served at the root; the report's template is not. */
    private static final Set<String> SERVED = Set.of("index.html", "app.js", "stats-view.js", "app.css", "echarts.min.js");

    private final Map<String, byte[]> files;

    private Assets(Map<String, byte[]> files) {
        this.files = files;
    }

    /** @return the files, read from the jar */
    public static Assets load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : TYPES.keySet()) {
            files.put(name, read(name));
        }
        return new Assets(files);
    }

    /** @return the names of the served files */
    Set<String> names() {
        return SERVED;
    }

    /**
     * @param name a file's name
     * @return its text
     */
    public String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    void send(Context ctx, String name) {
        ctx.contentType(TYPES.get(name)).header("Cache-Control", "no-cache").result(files.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + PATHS.getOrDefault(name, name))) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
