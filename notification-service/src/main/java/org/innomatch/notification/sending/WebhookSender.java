package org.innomatch.notification.sending;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.innomatch.notification.webhooks.UrlGuard;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs a webhook to the address {@link UrlGuard} checked, not to whatever the name resolves to by then: the
 * connection goes to {@link UrlGuard.Target#address()}, while the Host header, the TLS server name and the
 * certificate check use the URL's host. (The JDK's HttpClient cannot be told where to connect; Vert.x can.)
 */
final class WebhookSender implements AutoCloseable {

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Vertx vertx, Duration timeout) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(false));
    }

    /** The receiver's status code; its body is not read. */
    int post(UrlGuard.Target target, Map<String, String> headers, byte[] body) throws Exception {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        Future<Integer> status = client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .map(response -> {
                    int code = response.statusCode();
                    // A receiver's answer body is of no use and may be large or slow: drop the connection.
                    response.request().connection().close();
                    return code;
                });
        try {
            return status.toCompletionStage().toCompletableFuture().get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
