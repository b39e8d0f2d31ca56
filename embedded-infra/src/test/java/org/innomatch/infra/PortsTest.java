package org.innomatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aTakenPortGivesAOneLineErrorNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertFalse(Ports.isFree("127.0.0.1", port));
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> Ports.requireFree("127.0.0.1", port, "kafka"));
            assertEquals("Port " + port + " (kafka) is already in use; free it or choose another port", e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void freePortsAreDistinct() {
        int[] p = Ports.free(3);
        assertEquals(3, java.util.Arrays.stream(p).distinct().count());
    }
}
