package org.innomatch.gateway.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange written by hand, for the cases where an HTTP client library would add or drop the very
 * headers under test. Reads one response (by {@code Content-Length} or chunked), then closes the socket.
 */
public final class RawHttp {

    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private RawHttp() {
    }

    public static Response exchange(URI server, String request) throws IOException {
        return exchangeInTurn(server, request).get(0);
    }

    /** Sends the requests one after the other on one connection, each once the previous response has arrived. */
    public static List<Response> exchangeInTurn(URI server, String... requests) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            List<Response> responses = new ArrayList<>();
            for (String request : requests) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                responses.add(readResponse(in));
            }
            return responses;
        }
    }

    private static Response readResponse(InputStream in) throws IOException {
        int status = Integer.parseInt(readLine(in).split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        byte[] body;
        if (status < 200 || status == 204 || status == 304) {
            // Never a body (RFC 9112 §6.3), whatever the framing headers say: a 304 may name the coding a 200 had.
            body = new byte[0];
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = dechunk(in);
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", List.of("0")).get(0)));
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
            if (size == 0) {
                readLine(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
