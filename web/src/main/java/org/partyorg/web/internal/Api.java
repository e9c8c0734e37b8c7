package org.partyorg.web.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.partyorg.core.code.Masking;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.ReadException;
import org.partyorg.serialization.RecordHandler;
import org.partyorg.serialization.ReportWriter;
import org.partyorg.serialization.StatisticsWriter;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.RuleExplanation;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * The routes of {@code partyorg serve}: the page's files, and the JSON API (docs/guides/web.md). Uploads are
 * read from the request as they arrive, through an {@link UploadStream} that enforces the limits; the
 * answer is built in memory (its size bounded by the listing limit) and sent once the upload is read, so
 * that a refusal can still carry its own status.
 */
public final class Api {
    /**
     * The page's policy: scripts and styles only from the server itself, no inline script, nothing from
     * elsewhere. Inline styles are allowed because ECharts positions its tooltips with style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** How much of an upload over the limit is still read (and dropped) before the refusal is sent. */
    private static final long DISCARDED_AFTER_REFUSAL = 1 << 20;
    /** Set on a request whose error answer this API wrote itself. */
    private static final String ANSWERED = "partyorg.answered";

    private final Limits limits;
    private final Consumer<String> log;
    private final Semaphore turns;

    /**
     * @param limits the limits on uploads
     * @param log where request lines and server errors go
     */
    public Api(Limits limits, Consumer<String> log) {
        this.limits = limits;
        this.log = log;
        this.turns = new Semaphore(limits.maxConcurrent(), true);
    }

    /**
     * Adds the routes, the security headers and the request log to a server's configuration.
     *
     * @param config the configuration
     * @param assets the page's files
     */
    public void routes(JavalinConfig config, Assets assets) {
        config.requestLogger.http((ctx, ms) -> log.accept(String.format(Locale.ROOT, "%s %s %d %.0f ms", ctx.method(),
                Masking.scrubPersonal(ctx.path()), ctx.statusCode(), ms)));
        config.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        });
        config.routes.get("/", ctx -> assets.send(ctx, "index.html"));
        for (String name : assets.names()) {
            if (!name.equals("index.html")) {
                config.routes.get("/" + name, ctx -> assets.send(ctx, name));
            }
        }
        config.routes.get("/api/labels", ctx -> ctx.contentType("application/json; charset=utf-8").result(Labels.json()));
        // the page checks a file's size before sending it: a refusal mid-upload may reach a browser only as a reset connection
        config.routes.get("/api/limits", ctx -> ctx.contentType("application/json; charset=utf-8").result(json(g -> {
            g.writeNumberField("maxUploadBytes", limits.maxUploadBytes());
            g.writeNumberField("maxListedFindings", limits.maxListedFindings());
        })));
        config.routes.get("/api/rules/{id}", this::rule);
        config.routes.post("/api/validate", ctx -> upload(ctx, this::validate));
        config.routes.post("/api/stats", ctx -> upload(ctx, this::statistics));
        config.routes.error(404, ctx -> {
            // Javalin's own "not found" is text; a 404 of this API (an unknown rule) has its answer already
            if (ctx.attribute(ANSWERED) == null) {
                error(ctx, 404, text(locale(ctx), "notFound", Masking.scrubPersonal(ctx.path())));
            }
        });
        config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.accept("error on " + ctx.method() + " " + Masking.scrubPersonal(ctx.path()) + ": " + e.getClass().getName());
            error(ctx, 500, text(locale(ctx), "internal", e.getClass().getSimpleName()));
        });
    }

    /** What a request asked for, from its query parameters (as the command line's options). */
    private record Request(Locale locale, boolean divisions, long maxFindings, Form form, String name, boolean masked) {
        ValidationOptions options() {
            ValidationOptions options = ValidationOptions.defaults().withLocale(locale).withMaxListedFindings(maxFindings);
            return divisions ? options.withDivisionRegistry(NbsDivisions.nbs2023()) : options;
        }
    }

    /** An upload's handling: reads the stream and answers. */
    private interface UploadHandler {
        void handle(Context ctx, Request request, InputStream body) throws IOException;
    }

    private Request request(Context ctx) {
        Locale locale = locale(ctx);
        String max = ctx.queryParam("maxFindings");
        long maxFindings = limits.maxListedFindings();
        if (max != null) {
            try {
                maxFindings = Math.min(maxFindings, Long.parseLong(max));
            } catch (NumberFormatException e) {
                maxFindings = -1;
            }
            if (maxFindings < 0) {
                throw new BadRequest(text(locale, "badMaxFindings", Masking.scrubPersonal(shorten(max))));
            }
        }
        Boolean stream = bool(ctx, locale, "stream");
        if (stream == null) {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            stream = type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                    || type.startsWith("application/jsonlines");
        }
        String name = ctx.queryParam("name");
        name = name == null || name.isBlank() ? "-" : Masking.scrubPersonal(shorten(name));
        return new Request(locale, Boolean.TRUE.equals(bool(ctx, locale, "divisions")), maxFindings, stream ? Form.STREAM : Form.DOCUMENT,
                name, Boolean.TRUE.equals(bool(ctx, locale, "masked")));
    }

    private void upload(Context ctx, UploadHandler handler) throws IOException, InterruptedException {
        Request request = request(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxUploadBytes()) {
            // refused unread; a body only a little over is read and dropped first, so that its client, still
            // sending, reads the answer (far over, the connection is closed and the client may see only that)
            if (declared - limits.maxUploadBytes() <= DISCARDED_AFTER_REFUSAL) {
                new UploadStream(ctx.req().getInputStream(), Long.MAX_VALUE, System.nanoTime() + limits.requestTime().toNanos())
                        .discardRest(declared);
            }
            error(ctx, 413, text(request.locale(), "tooLarge", size(limits.maxUploadBytes())));
            return;
        }
        long deadline = System.nanoTime() + limits.requestTime().toNanos();
        if (!turns.tryAcquire(limits.requestTime().toMillis(), TimeUnit.MILLISECONDS)) {
            error(ctx, 503, text(request.locale(), "busy"));
            return;
        }
        try {
            UploadStream body = new UploadStream(ctx.req().getInputStream(), limits.maxUploadBytes(), deadline);
            try {
                handler.handle(ctx, request, body);
            } catch (ReadException e) {
                if (body.refusal() == null) {
                    error(ctx, 400, text(request.locale(), "unreadable", Masking.scrubPersonal(e.getMessage())));
                }
            }
            // whatever the reader made of the cut-off stream (an exception, or a finding), the refusal is the answer
            if (body.refusal() == UploadStream.Refusal.TOO_LARGE) {
                // a little more is read and dropped, so that a client a few bytes over can finish sending and read the answer
                body.discardRest(DISCARDED_AFTER_REFUSAL);
                error(ctx, 413, text(request.locale(), "tooLarge", size(limits.maxUploadBytes())));
            } else if (body.refusal() == UploadStream.Refusal.TOO_SLOW) {
                error(ctx, 408, text(request.locale(), "tooSlow", limits.requestTime().toSeconds()));
            }
        } finally {
            turns.release();
        }
    }

    private void validate(Context ctx, Request request, InputStream body) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream(1 << 12);
        Writer out = new OutputStreamWriter(answer, StandardCharsets.UTF_8);
        ReportWriter.Incremental report = ReportWriter.json(out);
        Consumer<Finding> findings = report.findingsOf(request.name());
        if (request.masked()) {
            // for the page: the JSON report keeps ids exact for programs, a page shows nothing personal
            Consumer<Finding> exact = findings;
            findings = f -> exact.accept(new Finding(f.ruleId(), f.severity(), Masking.scrubPersonal(f.path()), f.recordType(),
                    Masking.scrubPersonal(f.recordId()), f.message()));
        }
        ValidationReport result = request.form() == Form.STREAM
                ? StreamReader.create().withOptions(request.options()).read(body, new RecordHandler() { }, findings)
                : DatasetReader.create().withOptions(request.options()).validate(body, findings);
        report.fileDone(result);
        report.finish();
        out.flush();
        ctx.status(200).contentType("application/json; charset=utf-8").result(answer.toByteArray());
    }

    private void statistics(Context ctx, Request request, InputStream body) throws IOException {
        long[] shapeErrors = {0};
        DatasetStatistics statistics = PartyOrg.statistics(body, request.form(), f -> {
            if (f.ruleId().startsWith("DOC-") && f.severity() == Severity.ERROR) {
                shapeErrors[0]++;
            }
        });
        ByteArrayOutputStream answer = new ByteArrayOutputStream(1 << 12);
        NbsDivisions names = NbsDivisions.nbs2023();
        StatisticsWriter.json(statistics, shapeErrors[0], code -> names.find(code).map(d -> d.name()), answer);
        ctx.status(200).contentType("application/json; charset=utf-8").result(answer.toByteArray());
    }

    private void rule(Context ctx) {
        Locale locale = locale(ctx);
        String id = ctx.pathParam("id");
        Rule rule = Rule.findById(id.toUpperCase(Locale.ROOT)).orElse(null);
        if (rule == null) {
            error(ctx, 404, text(locale, "unknownRule", Masking.scrubPersonal(shorten(id))));
            return;
        }
        RuleExplanation e = rule.explanation(locale);
        ctx.contentType("application/json; charset=utf-8").result(json(g -> {
            g.writeStringField("id", rule.id());
            g.writeStringField("severity", rule.severity().name());
            g.writeStringField("title", e.title());
            g.writeStringField("checks", e.checks());
            g.writeStringField("severityText", e.severity());
            g.writeStringField("source", e.source());
            g.writeStringField("example", e.example());
            g.writeStringField("fix", e.fix());
            g.writeStringField("url", e.documentationUrl().toString());
        }));
    }

    /** The language of a request: its {@code locale} parameter, else its Accept-Language, else Chinese. */
    private static Locale locale(Context ctx) {
        String asked = ctx.queryParam("locale");
        if (asked != null) {
            String lang = asked.toLowerCase(Locale.ROOT).replace('_', '-');
            if (lang.equals("zh") || lang.startsWith("zh-")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (lang.equals("en") || lang.startsWith("en-")) {
                return Locale.ENGLISH;
            }
            throw new BadRequest(text(Locale.SIMPLIFIED_CHINESE, "badLocale", Masking.scrubPersonal(shorten(asked))) + " / "
                    + text(Locale.ENGLISH, "badLocale", Masking.scrubPersonal(shorten(asked))));
        }
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static Boolean bool(Context ctx, Locale locale, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new BadRequest(text(locale, "badBoolean", name, Masking.scrubPersonal(shorten(value))));
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    private static String size(long bytes) {
        return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MiB" : bytes + " B";
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.partyorg.web.internal.messages",
                locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT, Api.class.getModule());
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType("application/json; charset=utf-8").result(json(g -> {
            g.writeNumberField("status", status);
            g.writeStringField("error", message);
        }));
    }

    /** Fields of one JSON object. */
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A query parameter the API does not accept: 400 with its message. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
