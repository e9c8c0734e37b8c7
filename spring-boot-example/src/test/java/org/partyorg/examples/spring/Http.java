package org.partyorg.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the application on its real port, over loopback: what a county's system would send. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    /** An answer: status, content type, body. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer post(String path, String contentType, String language, byte[] body) throws IOException, InterruptedException {
        return send(path, contentType, language, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Posts a body of unknown length: chunked transfer encoding, no Content-Length. */
    Answer postChunked(String path, String contentType, Supplier<InputStream> body) throws IOException, InterruptedException {
        return send(path, contentType, null, HttpRequest.BodyPublishers.ofInputStream(body));
    }

    private Answer send(String path, String contentType, String language, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).POST(body);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /**
     * Sends only the head of a request that declares a body of the given length, and reads the answer:
     * a server that checks the declared length answers before the body comes.
     */
    String headOnly(String path, long declaredLength) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declaredLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[4096];
            int n = in.read(head);
            return n < 0 ? "" : new String(head, 0, n, StandardCharsets.ISO_8859_1);
        }
    }
}
