package org.innomatch.localstack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The port chosen for every {@link StackPort}. */
public record StackPorts(Map<StackPort, Integer> byPort) {

    public StackPorts {
        EnumMap<StackPort, Integer> copy = new EnumMap<>(StackPort.class);
        copy.putAll(byPort);
        for (StackPort port : StackPort.values()) {
            if (!copy.containsKey(port)) {
                throw new IllegalArgumentException("no port given for " + port.part());
            }
        }
        byPort = Collections.unmodifiableMap(copy);
    }

    public static StackPorts defaults() {
        EnumMap<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            ports.put(port, port.defaultPort());
        }
        return new StackPorts(ports);
    }

    public int get(StackPort port) {
        return byPort.get(port);
    }

    public StackPorts with(StackPort port, int number) {
        EnumMap<StackPort, Integer> ports = new EnumMap<>(byPort);
        ports.put(port, number);
        return new StackPorts(ports);
    }
}
