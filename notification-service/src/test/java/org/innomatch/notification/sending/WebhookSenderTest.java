package org.innomatch.notification.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.innomatch.notification.webhooks.UrlGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** The sender connects to the address that was checked and names the URL's host only in the request. */
class WebhookSenderTest {

    private Vertx vertx;
    private HttpServer receiver;
    private final CompletableFuture<String> received = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        receiver = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            received.complete(request.method() + " " + request.uri() + " Host=" + request.getHeader("Host")
                    + " webhook-id=" + request.getHeader("webhook-id") + " " + body.toString(StandardCharsets.UTF_8));
            request.response().setStatusCode(202).end("ignored answer");
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void connectsToTheCheckedAddressWithoutLookingTheNameUpAgain() throws Exception {
        int port = receiver.actualPort();
        // .invalid never resolves: the call can only succeed by connecting to the pinned address.
        URI url = URI.create("http://hooks.receiver.invalid:" + port + "/in/bound?tenant=pl");
        UrlGuard.Target target = new UrlGuard.Target(url, "hooks.receiver.invalid", port, false,
                InetAddress.getByName("127.0.0.1"));
        try (WebhookSender sender = new WebhookSender(vertx, Duration.ofSeconds(5))) {
            byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
            int status = sender.post(target, Map.of("webhook-id", "msg_1"), body);
            assertEquals(202, status);
        }
        assertEquals("POST /in/bound?tenant=pl Host=hooks.receiver.invalid:" + port + " webhook-id=msg_1 {\"a\":1}",
                received.get(5, TimeUnit.SECONDS));
    }
}
