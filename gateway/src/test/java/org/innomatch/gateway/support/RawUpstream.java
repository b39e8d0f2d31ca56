package org.innomatch.gateway.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A service that answers every request with one response written by hand, for headers the JDK's
 * {@code HttpServer} (behind {@link FakeUpstream}) would write itself: it sets its own {@code Date} on every
 * response. Listens on the given port (that of a service which is down, such as
 * {@link GatewayTestUpstreams#matchingService()}), answers each connection's first request and closes it.
 */
public final class RawUpstream implements AutoCloseable {

    private final ServerSocket server;
    private final String head;
    private final byte[] body;
    private final Thread acceptor;

    private RawUpstream(int port, int status, List<String> headers, String body) {
        this.body = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Answer\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        head.append("Content-Length: ").append(this.body.length).append("\r\nConnection: close\r\n\r\n");
        this.head = head.toString();
        try {
            server = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind port " + port, e);
        }
        acceptor = new Thread(this::serve, "raw-upstream-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every request with {@code status}, exactly these header lines (and the framing), and {@code body}. */
    public static RawUpstream answering(int port, int status, List<String> headers, String body) {
        return new RawUpstream(port, status, headers, body);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                InputStream in = new BufferedInputStream(socket.getInputStream());
                String requestHead = readHead(in);
                if (requestHead.isEmpty()) {
                    continue;
                }
                // Read a body of known length, so that closing leaves nothing unread (which would reset the
                // connection under the answer).
                in.readNBytes(contentLength(requestHead));
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                if (!requestHead.startsWith("HEAD ")) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // close() while waiting, or the gateway went first: nothing to answer.
            }
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    /** The request line and headers (the tests send no chunked body). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
