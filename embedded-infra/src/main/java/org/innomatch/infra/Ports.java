package org.innomatch.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Port helpers shared by the embedded servers, the test resources and the local stack. */
public final class Ports {

    private Ports() {
    }

    /** Picks {@code count} distinct free loopback ports; all sockets are held open while picking so none repeats. */
    public static int[] free(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do: the port is released either way
                }
            }
        }
    }

    public static int free() {
        return free(1)[0];
    }

    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a {@link PortInUseException} whose one-line message names the port and who wanted it. */
    public static void requireFree(String host, int port, String wantedBy) {
        if (!isFree(host, port)) {
            throw new PortInUseException(port, wantedBy);
        }
    }
}
