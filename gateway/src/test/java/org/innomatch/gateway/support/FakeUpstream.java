package org.innomatch.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one service, a real HTTP server on loopback. It is ready, serves an OpenAPI document, and answers
 * every other request with what it received, so a test can see exactly what the gateway forwarded:
 * {@code {"service","method","path","query","headers":{lower-case name: [values]},"bodyBytes","bodySha256"}}.
 * Request headers steer it:
 * <ul>
 * <li>{@code X-Fake-Delay-Ms}: wait that long before answering;</li>
 * <li>{@code X-Fake-Location}: answer 201 with that {@code Location}, {@code {self}} replaced by its own base URL;</li>
 * <li>{@code X-Fake-Hop}: add hop-by-hop response headers ({@code Keep-Alive}, and {@code X-Upstream-Secret} named
 * in {@code Connection}) that must not reach the client;</li>
 * <li>{@code X-Fake-Response-Bytes}: answer with that many bytes, streamed in chunks, instead of the echo; of
 * unknown length unless {@code X-Fake-Known-Length} is present; with {@code X-Fake-Hold: id}, the rest waits after
 * the first chunk until {@code POST /fake-holds/id} (see {@link #releaseHoldUrl}) arrives, and
 * {@code GET /fake-holds/id} then tells how the stream ended ({@code completed}, {@code cut}, or 404 while it
 * runs);</li>
 * <li>{@code X-Fake-Cut-After-Bytes: n} (with {@code X-Fake-Response-Bytes}): promise that many bytes in
 * {@code Content-Length}, send n of them and drop the connection;</li>
 * <li>{@code X-Fake-Status}: answer that status with an {@code ETag} and no body.</li>
 * </ul>
 * It echoes {@code X-Request-Id} in its response, as the real services do. It can be stopped and started again on
 * the same port to play a service that goes down.
 */
public final class FakeUpstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final int port;
    private final byte[] openApiDocument;
    private final AtomicInteger openApiFetches = new AtomicInteger();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, String> heldStreamOutcomes = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    public FakeUpstream(String service, int port) {
        this.service = service;
        this.port = port;
        this.openApiDocument = readDocument("/fake-openapi/" + service + ".json");
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind " + service + " to port " + port, e);
        }
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "application/json",
                "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/q/openapi", exchange -> {
            openApiFetches.incrementAndGet();
            respond(exchange, 200, "application/json", openApiDocument);
        });
        server.createContext("/fake-holds/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/fake-holds/".length());
            if ("POST".equals(exchange.getRequestMethod())) {
                hold(id).countDown();
                respond(exchange, 204, "text/plain", new byte[0]);
                return;
            }
            String outcome = heldStreamOutcomes.get(id);
            respond(exchange, outcome == null ? 404 : 200, "text/plain",
                    outcome == null ? new byte[0] : outcome.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/", this::echo);
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    public String service() {
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int openApiFetches() {
        return openApiFetches.get();
    }

    /**
     * Where to release the streams held under this id. Over HTTP, because a test and its Quarkus test resource see
     * different copies of this class.
     */
    public String releaseHoldUrl(String id) {
        return url() + "/fake-holds/" + id;
    }

    private CountDownLatch hold(String id) {
        return holds.computeIfAbsent(id, k -> new CountDownLatch(1));
    }

    private void echo(HttpExchange exchange) throws IOException {
        try (exchange) {
            MessageDigest sha256 = sha256();
            long bodyBytes = 0;
            try (InputStream body = exchange.getRequestBody()) {
                byte[] chunk = new byte[16 * 1024];
                for (int n = body.read(chunk); n != -1; n = body.read(chunk)) {
                    sha256.update(chunk, 0, n);
                    bodyBytes += n;
                }
            }
            String delay = exchange.getRequestHeaders().getFirst("X-Fake-Delay-Ms");
            if (delay != null) {
                Thread.sleep(Long.parseLong(delay));
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                exchange.getResponseHeaders().add("X-Request-Id", requestId);
            }
            if (exchange.getRequestHeaders().containsKey("X-Fake-Hop")) {
                exchange.getResponseHeaders().add("Connection", "X-Upstream-Secret");
                exchange.getResponseHeaders().add("X-Upstream-Secret", "internal");
                exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
            }
            String responseBytes = exchange.getRequestHeaders().getFirst("X-Fake-Response-Bytes");
            if (responseBytes != null) {
                streamBytes(exchange, Long.parseLong(responseBytes));
                return;
            }
            String fixedStatus = exchange.getRequestHeaders().getFirst("X-Fake-Status");
            if (fixedStatus != null) {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.sendResponseHeaders(Integer.parseInt(fixedStatus), -1);
                return;
            }
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("service", service);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("headers", headers);
            echo.put("bodyBytes", bodyBytes);
            echo.put("bodySha256", HexFormat.of().formatHex(sha256.digest()));
            int status = 200;
            String location = exchange.getRequestHeaders().getFirst("X-Fake-Location");
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location.replace("{self}", url()));
                status = 201;
            }
            byte[] body = JSON.writeValueAsBytes(echo);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void streamBytes(HttpExchange exchange, long count) throws IOException, InterruptedException {
        boolean knownLength = exchange.getRequestHeaders().containsKey("X-Fake-Known-Length");
        String holdId = exchange.getRequestHeaders().getFirst("X-Fake-Hold");
        String cutAt = exchange.getRequestHeaders().getFirst("X-Fake-Cut-After-Bytes");
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        if (cutAt != null) {
            // Promise the whole length, send part of it, and let the server drop the connection.
            exchange.sendResponseHeaders(200, count);
            exchange.getResponseBody().write(new byte[Integer.parseInt(cutAt)]);
            exchange.getResponseBody().flush();
            throw new IOException("the fake service breaks off its answer");
        }
        exchange.sendResponseHeaders(200, knownLength ? count : 0);
        byte[] chunk = new byte[8 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
                if (holdId != null && left == count) {
                    out.flush();
                    hold(holdId).await(30, TimeUnit.SECONDS);
                }
            }
        } catch (IOException cut) {
            if (holdId != null) {
                heldStreamOutcomes.put(holdId, "cut");
            }
            throw cut;
        }
        if (holdId != null) {
            heldStreamOutcomes.put(holdId, "completed");
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readDocument(String resource) {
        try (InputStream in = FakeUpstream.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
