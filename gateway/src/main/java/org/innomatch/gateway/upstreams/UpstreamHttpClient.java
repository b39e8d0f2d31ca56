package org.innomatch.gateway.upstreams;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * The one Vert.x HTTP client the gateway uses to reach every upstream: keep-alive connections, pooled per upstream,
 * on Quarkus' managed Vert.x so calls stay on the event loop that received the request.
 */
public class UpstreamHttpClient {

    @Produces
    @Singleton
    HttpClient upstreamClient(Vertx vertx, Upstreams upstreams) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setPipelining(false)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis())
                // Bodies pass through as the service encoded them; the client decides what it accepts.
                .setDecompressionSupported(false)
                // Shorter than the services' idle timeout, so the gateway never reuses a connection they closed.
                .setKeepAliveTimeout(30);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(upstreams.maxConnectionsPerUpstream())
                .setMaxWaitQueueSize(-1);
        return vertx.createHttpClient(options, pool);
    }

    void close(@Disposes HttpClient client) {
        client.close();
    }
}
