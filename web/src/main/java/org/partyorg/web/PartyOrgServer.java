package org.partyorg.web;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.partyorg.web.internal.Api;
import org.partyorg.web.internal.Assets;
import org.partyorg.web.internal.Limits;

/**
 * The validation page and its JSON API, as {@code partyorg serve} runs them: {@code GET /} is the page,
 * {@code POST /api/validate} and {@code POST /api/stats} take a document or an NDJSON stream as their
 * body and answer with the JSON report of {@code partyorg validate --format json} and the statistics of
 * {@code partyorg stats --format json} (docs/guides/web.md describes the API).
 *
 * <p>Uploads are read as they arrive, by the same readers as the command line: they are never held
 * whole in memory, never written to disk and never logged. Each is limited in size and in time, and at
 * most {@link Builder#maxConcurrent(int)} are read at once (the others wait their turn). The log gets one
 * line per request: method, path, status and milliseconds, with any personal number masked.
 *
 * <pre>{@code
 * try (PartyOrgServer server = PartyOrgServer.builder().port(0).start()) {
 *     URI page = server.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 *
 * <p>Thread-safe. A started server runs until {@link #close()}.
 */
public final class PartyOrgServer implements AutoCloseable {
    /** The default largest upload: 256 MiB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L << 20;
    /** The default longest time to receive and read one upload: 5 minutes. */
    public static final Duration DEFAULT_REQUEST_TIME = Duration.ofMinutes(5);
    /** The default number of uploads read at once. */
    public static final int DEFAULT_MAX_CONCURRENT = 4;
    /** The default most findings a report lists (all are counted): 100,000, as many as the page shows fast. */
    public static final long DEFAULT_MAX_LISTED_FINDINGS = 100_000;

    private final Javalin app;
    private final String host;

    private PartyOrgServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** @return a builder with the defaults: 127.0.0.1, port 8080, the limits above, no log */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the port the server listens on (the one chosen when the builder asked for 0) */
    public int port() {
        return app.port();
    }

    /** @return the page's address, such as {@code http://127.0.0.1:8080/} */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : shown) + ":" + port() + "/");
    }

    /** Stops the server: requests under way are cut off. */
    @Override
    public void close() {
        app.stop();
    }

    /** Settings of a server. Not thread-safe; {@link #start()} may be called once per server wanted. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8080;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private Duration requestTime = DEFAULT_REQUEST_TIME;
        private int maxConcurrent = DEFAULT_MAX_CONCURRENT;
        private long maxListedFindings = DEFAULT_MAX_LISTED_FINDINGS;
        private Consumer<String> log = line -> { };

        private Builder() {
        }

        /**
         * @param address the address to listen on, such as {@code 127.0.0.1} (the default: only this
         *     machine) or {@code 0.0.0.0} (every interface); not null
         * @return this builder
         */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * @param port the port, 0 for any free one
         * @return this builder
         * @throws IllegalArgumentException if not between 0 and 65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param bytes the largest upload; a larger one is refused (413) without being read further
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxUploadBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the upload limit must be positive: " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        /**
         * @param time the longest time to receive and read one upload, not null, positive; a slower
         *     one is cut off (408)
         * @return this builder
         */
        public Builder requestTime(Duration time) {
            if (time.isNegative() || time.isZero()) {
                throw new IllegalArgumentException("the request time must be positive: " + time);
            }
            this.requestTime = time;
            return this;
        }

        /**
         * @param uploads how many uploads are read at once; others wait (and get 503 after the request time)
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxConcurrent(int uploads) {
            if (uploads < 1) {
                throw new IllegalArgumentException("at least one upload must be read at a time: " + uploads);
            }
            this.maxConcurrent = uploads;
            return this;
        }

        /**
         * @param findings the most findings a report lists (the rest are counted); a request's
         *     {@code maxFindings} can only lower it. It bounds the memory of a report, which is sent
         *     once the upload is read.
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxListedFindings(long findings) {
            if (findings < 0) {
                throw new IllegalArgumentException("the listing limit must not be negative: " + findings);
            }
            this.maxListedFindings = findings;
            return this;
        }

        /**
         * @param log receives one line per request (method, path, status, milliseconds; personal
         *     numbers masked) and the server's own errors, not null
         * @return this builder
         */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server
         * @throws WebException if it cannot listen (the port is taken, the address is not this machine's)
         */
        public PartyOrgServer start() {
            Limits limits = new Limits(maxUploadBytes, requestTime, maxConcurrent, maxListedFindings);
            Api api = new Api(limits, log);
            Assets assets = Assets.load();
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = bind;
                config.jetty.port = port;
                config.http.generateEtags = true;
                // uploads are read as a stream, never through ctx.body(): this limit only guards Javalin's own buffering
                config.http.maxRequestSize = 1 << 20;
                api.routes(config, assets);
            });
            try {
                app.start();
            } catch (RuntimeException e) {
                app.stop();
                throw new WebException("cannot listen on " + bind + ":" + port + ": " + rootMessage(e), e);
            }
            return new PartyOrgServer(app, bind);
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
    }
}
