package org.innomatch.notification.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.innomatch.caller.testing.TestTokens;

/** A minimal SSE reader, as a mobile client reads the stream: events and heartbeat comments from a background thread. */
public final class SseClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Sse(String id, String name, String data) {
    }



    private final BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Stream<String> lines;

    private SseClient(Stream<String> lines) {
        this.lines = lines;
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream as an admin. */
    public static SseClient open(int port, UUID profile, String lastEventId) throws Exception {
        return open(port, profile, lastEventId, TestTokens.internalAdmin());
    }

    public static SseClient open(int port, UUID profile, String lastEventId, String internalToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/profiles/" + profile + "/notifications/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", TestTokens.bearer(internalToken));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        return new SseClient(response.body());
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Sse(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).trim());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    public Sse next() throws InterruptedException {
        return next(Duration.ofSeconds(20));
    }

    public Sse next(Duration wait) throws InterruptedException {
        Sse e = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(e, "no event within " + wait);
        return e;
    }

    public boolean nothingMore(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    public boolean sawHeartbeat(Duration wait) throws InterruptedException {
        return comments.poll(wait.toMillis(), TimeUnit.MILLISECONDS) != null;
    }

    @Override
    public void close() {
        lines.close();
    }
}
