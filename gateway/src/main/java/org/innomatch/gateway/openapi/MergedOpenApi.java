package org.innomatch.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.gateway.routing.RouteTable;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Future;
import io.vertx.core.net.SocketAddress;

/**
 * The merged OpenAPI document, cached. A document built from every source is kept for {@code max-age}; one with a
 * source missing only for {@code incomplete-max-age}, so the console shows a recovered service soon. Concurrent
 * callers of an expired document share one rebuild.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final SourceDocumentFetcher fetcher;
    private final OpenApiMerger merger;
    private final ApiInfo info;
    private final long maxAgeNanos;
    private final long incompleteMaxAgeNanos;

    private record Snapshot(ObjectNode document, long expiresAtNanos) {
    }

    private Snapshot current;
    private Future<ObjectNode> rebuilding;

    public MergedOpenApi(SourceDocumentFetcher fetcher, RouteTable routes, OpenApiSettings settings) {
        this.fetcher = fetcher;
        this.merger = new OpenApiMerger(routes);
        this.info = new ApiInfo(settings.title(), settings.version(), settings.description());
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.incompleteMaxAgeNanos = settings.incompleteMaxAge().toNanos();
    }

    /**
     * @param gateway the address a request reached this gateway on, where its own document can be fetched
     * @return the merged document; callers must not modify it
     */
    public synchronized Future<ObjectNode> document(SocketAddress gateway) {
        if (current != null && System.nanoTime() - current.expiresAtNanos() < 0) {
            return Future.succeededFuture(current.document());
        }
        if (rebuilding == null) {
            Future<ObjectNode> started = fetcher.fetchAll(gateway).map(this::build);
            rebuilding = started;
            started.onComplete(done -> finished(started));
        }
        return rebuilding;
    }

    private synchronized void finished(Future<ObjectNode> rebuild) {
        if (rebuilding == rebuild) {
            rebuilding = null;
        }
    }

    private synchronized ObjectNode build(SourceDocumentFetcher.Fetched fetched) {
        ObjectNode document = merger.merge(fetched.documents(), fetched.missing(), info);
        fetched.missing().forEach(gap -> LOG.warnf("OpenAPI document of %s left out: %s", gap.source(), gap.reason()));
        long maxAge = fetched.missing().isEmpty() ? maxAgeNanos : incompleteMaxAgeNanos;
        current = new Snapshot(document, System.nanoTime() + maxAge);
        return document;
    }
}
