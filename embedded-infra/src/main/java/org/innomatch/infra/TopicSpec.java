package org.innomatch.infra;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A topic to create on the embedded broker. Compacted topics keep the latest record per key; a topic with a
 * {@code retention} drops its records after about that long (else the broker's default applies).
 */
public record TopicSpec(String name, int partitions, boolean compacted, Duration retention) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("topic name is required");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
        if (retention != null && (compacted || retention.toMillis() < 1)) {
            throw new IllegalArgumentException("a retention needs a plain topic and at least 1 ms, for " + name);
        }
    }

    public static TopicSpec compacted(String name, int partitions) {
        return new TopicSpec(name, partitions, true, null);
    }

    public static TopicSpec plain(String name, int partitions) {
        return new TopicSpec(name, partitions, false, null);
    }

    /** A plain topic whose records are dropped after about {@code retention}. */
    public static TopicSpec shortLived(String name, int partitions, Duration retention) {
        return new TopicSpec(name, partitions, false, retention);
    }

    Map<String, String> configs() {
        Map<String, String> configs = new HashMap<>();
        if (compacted) {
            configs.put("cleanup.policy", "compact");
        }
        if (retention != null) {
            configs.put("retention.ms", Long.toString(retention.toMillis()));
            // Records go only with their segment: one per retention period, so none outlives it twice over.
            configs.put("segment.ms", Long.toString(retention.toMillis()));
        }
        return configs;
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
            topics.add(new TopicSpec(parts[0], partitions, compact, null));
        }
        return topics;
    }
}
