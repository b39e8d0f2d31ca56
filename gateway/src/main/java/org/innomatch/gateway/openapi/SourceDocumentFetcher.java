package org.innomatch.gateway.openapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.gateway.upstreams.Upstream;
import org.innomatch.gateway.upstreams.Upstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Fetches the OpenAPI documents the merged one is built from, all in parallel, each within the fetch timeout.
 * The gateway's own document is fetched over HTTP from the address the asking request arrived on: it is
 * Quarkus' generated {@code /q/openapi}, and this way it goes through the same path as every other source.
 */
@ApplicationScoped
public class SourceDocumentFetcher {

    private static final String DOCUMENT_URI = "/q/openapi?format=json";

    private final Vertx vertx;
    private final HttpClient client;
    private final ObjectMapper json;
    private final List<Upstream> upstreams;
    private final long timeoutMillis;

    public SourceDocumentFetcher(Vertx vertx, HttpClient client, ObjectMapper json, Upstreams upstreams,
            OpenApiSettings settings) {
        this.vertx = vertx;
        this.client = client;
        this.json = json;
        this.upstreams = upstreams.all();
        this.timeoutMillis = settings.fetchTimeout().toMillis();
    }

    /** What was fetched, in a fixed order: the services as configured, then the gateway. */
    public record Fetched(List<SourceDocument> documents, List<MissingSource> missing) {
    }

    private record Attempt(String source, ObjectNode document, String failure) {
    }

    public Future<Fetched> fetchAll(SocketAddress gateway) {
        List<Future<Attempt>> attempts = new ArrayList<>();
        for (Upstream upstream : upstreams) {
            attempts.add(fetch(upstream.name(), upstream.host(), upstream.port(), upstream.tls()));
        }
        attempts.add(fetch(SourceDocument.GATEWAY, gateway.host(), gateway.port(), false));
        return Future.join(attempts).map(done -> {
            List<SourceDocument> documents = new ArrayList<>();
            List<MissingSource> missing = new ArrayList<>();
            for (Future<Attempt> attempt : attempts) {
                Attempt result = attempt.result();
                if (result.document() != null) {
                    documents.add(new SourceDocument(result.source(), result.document()));
                } else {
                    missing.add(new MissingSource(result.source(), result.failure()));
                }
            }
            return new Fetched(documents, missing);
        });
    }

    private Future<Attempt> fetch(String source, String host, int port, boolean tls) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setURI(DOCUMENT_URI)
                .setTimeout(timeoutMillis)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        Future<Buffer> body = client.request(options)
                .compose(HttpClientRequest::send)
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("answered HTTP " + response.statusCode()));
        return withDeadline(body).map(buffer -> parse(source, buffer))
                .otherwise(failure -> new Attempt(source, null, describe(failure)));
    }

    /** The request's own timeouts stop once headers arrive; this also bounds a body that stalls. */
    private <T> Future<T> withDeadline(Future<T> work) {
        Promise<T> outcome = Promise.promise();
        long timer = vertx.setTimer(timeoutMillis,
                id -> outcome.tryFail(new TimeoutException("no document within " + timeoutMillis + " ms")));
        work.onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                outcome.tryComplete(result.result());
            } else {
                outcome.tryFail(result.cause());
            }
        });
        return outcome.future();
    }

    private Attempt parse(String source, Buffer buffer) {
        try {
            JsonNode tree = json.readTree(buffer.getBytes());
            if (tree instanceof ObjectNode document && document.has("openapi")) {
                return new Attempt(source, document, null);
            }
            return new Attempt(source, null, "not an OpenAPI document");
        } catch (IOException e) {
            return new Attempt(source, null, "unreadable document: " + e.getMessage());
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
