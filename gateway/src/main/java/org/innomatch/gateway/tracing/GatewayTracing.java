package org.innomatch.gateway.tracing;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.innomatch.gateway.http.PipelineOrder;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;


/**
 * The gateway's spans: a server span per call that continues the client's W3C trace context (or starts a trace),
 * and a client span per proxied call whose context goes to the service as {@code traceparent}. The configured
 * OpenTelemetry SDK (propagators, sampler, exporter) decides what is recorded; ids are made and propagated, and
 * appear in the log lines, either way.
 * <p>
 * Quarkus' Vert.x instrumentation did the same work but filled every semantic-convention attribute (a dozen
 * header lookups, a URI parse) before sampling, also for spans that are never recorded: about a tenth of the
 * gateway's CPU per call. It is switched off for the public server ({@link TracingPolicy#IGNORE}) and for the
 * proxy's clients; attributes are set here only on spans that record. The gateway's other outbound calls keep
 * Quarkus' client instrumentation, which sees the server span as the current one.
 */
@Singleton
public class GatewayTracing implements HttpServerOptionsCustomizer {

    /** Routing-context key of the trace id of the call's server span, for the access log. */
    public static final String TRACE_ID_KEY = "innomatch.traceId";

    private static final String CONTEXT_KEY = "innomatch.traceContext";

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    private static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> UPSTREAM = AttributeKey.stringKey("innomatch.upstream");

    private static final TextMapGetter<MultiMap> HEADERS_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(MultiMap carrier) {
            return carrier.names();
        }

        @Override
        public String get(MultiMap carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
    private static final TextMapSetter<MultiMap> HEADERS_SETTER = (carrier, key, value) -> carrier.set(key, value);

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public GatewayTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.innomatch.gateway");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setTracingPolicy(TracingPolicy.IGNORE);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        options.setTracingPolicy(TracingPolicy.IGNORE);
    }

    @Override
    public void customizeDomainSocketServer(HttpServerOptions options) {
        options.setTracingPolicy(TracingPolicy.IGNORE);
    }

    void register(@Observes Router router) {
        router.route().order(PipelineOrder.TRACING).handler(ctx -> {
            startServerSpan(ctx, true);
            ctx.next();
        });
    }

    /**
     * Starts the call's server span and records its trace id for the access log. {@code makeCurrent} makes it the
     * current context of the request (log lines get its trace id, the gateway's own outbound calls its context);
     * a call proxied straight to a service needs neither: its client span gets the server span as parent
     * explicitly ({@link #startClientSpan}).
     */
    public void startServerSpan(RoutingContext ctx, boolean makeCurrent) {
        var request = ctx.request();
        Context parent = propagator.extract(Context.root(), request.headers(), HEADERS_GETTER);
        String path = request.path();
        // url.path goes in before sampling, so that samplers dropping /q/* paths can see it.
        Span span = tracer.spanBuilder(request.method().name())
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(URL_PATH, path)
                .startSpan();
        if (span.isRecording()) {
            span.setAttribute(METHOD, request.method().name());
            span.setAttribute(URL_SCHEME, request.scheme());
            if (request.remoteAddress() != null) {
                span.setAttribute(CLIENT_ADDRESS, request.remoteAddress().hostAddress());
            }
        }
        ctx.put(TRACE_ID_KEY, span.getSpanContext().getTraceId());
        Context context = parent.with(span);
        ctx.put(CONTEXT_KEY, context);
        Scope scope = makeCurrent ? context.makeCurrent() : Scope.noop();
        ctx.addEndHandler(done -> {
            if (span.isRecording()) {
                int status = ctx.response().getStatusCode();
                span.setAttribute(STATUS, (long) status);
                if (status >= 500 || done.failed()) {
                    span.setStatus(StatusCode.ERROR);
                }
            }
            span.end();
            scope.close();
        });
    }

    /**
     * A client span for one proxied call, child of the call's server span, written into {@code headers}; when the
     * server span is not recorded, no client span is made and the server span's context is written instead.
     */
    public Span startClientSpan(RoutingContext ctx, String method, String upstream, String host, int port, String uri,
                                MultiMap headers) {
        Context server = ctx.get(CONTEXT_KEY);
        Context parent = server != null ? server : Context.current();
        if (server != null && !Span.fromContext(server).isRecording()) {
            // Under a server span that is not recorded (parent-based sampling: its client span would not be either)
            // the service continues the server span's context; a span no one records need not be made.
            propagator.inject(server, headers, HEADERS_SETTER);
            return Span.getInvalid();
        }
        Span span = tracer.spanBuilder(method).setSpanKind(SpanKind.CLIENT).setParent(parent).startSpan();
        if (span.isRecording()) {
            span.setAttribute(METHOD, method);
            span.setAttribute(SERVER_ADDRESS, host);
            span.setAttribute(SERVER_PORT, (long) port);
            span.setAttribute(URL_FULL, "http://" + host + ":" + port + uri);
            span.setAttribute(UPSTREAM, upstream);
        }
        propagator.inject(parent.with(span), headers, HEADERS_SETTER);
        return span;
    }

    /** Ends a client span with the service's status, or as failed when no response came. */
    public static void endClientSpan(Span span, int status, Throwable failure) {
        if (span.isRecording()) {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR);
            } else {
                span.setAttribute(STATUS, (long) status);
                if (status >= 500) {
                    span.setStatus(StatusCode.ERROR);
                }
            }
        }
        span.end();
    }
}
