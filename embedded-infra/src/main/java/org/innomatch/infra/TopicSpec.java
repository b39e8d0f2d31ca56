package org.innomatch.infra;

import java.util.Map;

/** A topic to create on the embedded broker. Compacted topics keep the latest record per key. */
public record TopicSpec(String name, int partitions, boolean compacted) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name is required");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
    }

    public static TopicSpec compacted(String name, int partitions) {
        return new TopicSpec(name, partitions, true);
    }

    public static TopicSpec plain(String name, int partitions) {
        return new TopicSpec(name, partitions, false);
    }

    Map<String, String> configs() {
        return compacted ? Map.of("cleanup.policy", "compact") : Map.of();
    }

    /**
     * Parses a comma-separated list such as {@code innomatch.profiles:3:compact,innomatch.ping:1}.
     * Partitions default to 1; the third part, if present, must be {@code compact}.
     */
    public static java.util.List<TopicSpec> parseList(String spec) {
        java.util.List<TopicSpec> topics = new java.util.ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return topics;
        }
        for (String item : spec.split(",")) {
            String[] parts = item.trim().split(":");
            int partitions = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            boolean compact = parts.length > 2 && parts[2].equals("compact");
            if (parts.length > 2 && !compact) {
                throw new IllegalArgumentException("unknown topic option '" + parts[2] + "' in " + item);
            }
            topics.add(new TopicSpec(parts[0], partitions, compact));
        }
        return topics;
    }
}
