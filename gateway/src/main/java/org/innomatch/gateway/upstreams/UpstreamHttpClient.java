package org.innomatch.gateway.upstreams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;

/**
 * The Vert.x HTTP clients the gateway reaches its upstreams with: keep-alive connections, pooled per upstream, on
 * Quarkus' managed Vert.x.
 * <p>
 * The proxy takes its client from {@link #forCurrentEventLoop()}: one client per event loop, so that a call is
 * written to and answered on the event loop that received it. A single shared pool hands any idle connection to
 * any event loop, and every proxied call then hopped between two threads four times (queueing the request on
 * the connection's loop, the response head, body and end back on the caller's), each a task queued to another
 * thread and often a wake-up; a quarter of the gateway's profile samples ran inside such tasks. Each pool gets its
 * share of {@code max-connections-per-upstream}.
 * <p>
 * The single {@link HttpClient} bean serves the gateway's occasional own calls (OpenAPI documents).
 */
@Singleton
public class UpstreamHttpClient {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final HttpClientOptions perEventLoopOptions;
    private final PoolOptions perEventLoopPool;
    private final Map<Thread, HttpClient> byEventLoop = new ConcurrentHashMap<>();
    private final List<HttpClient> created = new ArrayList<>();
    private final HttpClient shared;

    public UpstreamHttpClient(Vertx vertx, Upstreams upstreams) {
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setKeepAlive(true)
                .setPipelining(false)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis())
                // Bodies pass through as the service encoded them; the client decides what it accepts.
                .setDecompressionSupported(false)
                // Shorter than the services' idle timeout, so the gateway never reuses a connection they closed.
                .setKeepAliveTimeout(30);
        // The proxy makes its client spans itself (GatewayTracing).
        this.perEventLoopOptions = new HttpClientOptions(options).setTracingPolicy(TracingPolicy.IGNORE);
        int eventLoops = 0;
        for (EventExecutor ignored : vertx.nettyEventLoopGroup()) {
            eventLoops++;
        }
        int total = upstreams.maxConnectionsPerUpstream();
        this.perEventLoopPool = new PoolOptions()
                .setHttp1MaxSize(Math.max(1, (total + eventLoops - 1) / Math.max(1, eventLoops)))
                .setMaxWaitQueueSize(-1);
        this.shared = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(total).setMaxWaitQueueSize(-1));
    }

    @Produces
    @Singleton
    HttpClient sharedClient() {
        return shared;
    }

    /**
     * The client whose connections live on the calling event loop; called elsewhere (which the proxy never is)
     * it falls back to the shared client.
     */
    public HttpClient forCurrentEventLoop() {
        Thread thread = Thread.currentThread();
        HttpClient client = byEventLoop.get(thread);
        if (client != null) {
            return client;
        }
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext()) {
            return shared;
        }
        return byEventLoop.computeIfAbsent(thread, t -> {
            // New connections are opened on the event loop of the call asking for one (PoolOptions' default).
            HttpClient fresh = vertx.createHttpClient(perEventLoopOptions, perEventLoopPool);
            synchronized (created) {
                created.add(fresh);
            }
            return fresh;
        });
    }

    @PreDestroy
    void closeAll() {
        shared.close();
        synchronized (created) {
            created.forEach(HttpClient::close);
        }
    }
}
