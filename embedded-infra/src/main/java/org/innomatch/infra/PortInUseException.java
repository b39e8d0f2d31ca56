package org.innomatch.infra;

/** A port needed by one part of the stack is already taken by another process. */
public class PortInUseException extends RuntimeException {

    private final int port;
    private final String wantedBy;

    public PortInUseException(int port, String wantedBy) {
        super("Port " + port + " (" + wantedBy + ") is already in use; free it or choose another port");
        this.port = port;
        this.wantedBy = wantedBy;
    }

    public int port() {
        return port;
    }

    public String wantedBy() {
        return wantedBy;
    }
}
