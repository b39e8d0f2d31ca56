package org.innomatch.localstack;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The writes the crash tests sent and which of them were acknowledged (a 2xx answer), and the audit that checks
 * the stack against them: every acknowledged write there exactly once, no write there twice, and the stores of
 * the different services agreeing about the matches.
 */
final class WriteLedger {

    record Pair(String a, String b) {
    }

    record Interest(String from, String to) {
    }

    record Audit(int profiles, int interests, int matches, int refused, int unanswered, List<String> lost,
                 List<String> duplicated) {
        String figures() {
            return "acknowledged " + (profiles + interests) + " writes (" + profiles + " profiles, " + interests
                    + " interests, making " + matches + " matches); not acknowledged: " + refused + " refused (an "
                    + "error status, e.g. a service down or the index not yet knowing a new profile), " + unanswered
                    + " unanswered; lost " + lost.size() + ", duplicated " + duplicated.size();
        }
    }

    /** Reads that wait for what travels over Kafka (notifications, contact grants) get this long. */
    private static final Duration PROPAGATION = Duration.ofSeconds(120);

    private final String namePrefix;
    private final Map<String, String> acknowledgedProfiles = new ConcurrentHashMap<>();
    private final Set<String> attemptedNames = ConcurrentHashMap.newKeySet();
    private final Set<Interest> acknowledgedInterests = ConcurrentHashMap.newKeySet();
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();

    WriteLedger(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    String namePrefix() {
        return namePrefix;
    }

    void profileSent(String name, CrashApi.Reply reply) {
        attemptedNames.add(name);
        if (reply.acknowledged()) {
            acknowledgedProfiles.put(name, reply.json().path("id").asText());
        } else {
            notAcknowledged(reply);
        }
    }

    void pairCreated(Pair pair) {
        pairs.add(pair);
    }

    void interestSent(Interest interest, CrashApi.Reply reply) {
        if (reply.acknowledged()) {
            acknowledgedInterests.add(interest);
        } else {
            notAcknowledged(reply);
        }
    }

    private void notAcknowledged(CrashApi.Reply reply) {
        (reply.status() == 0 ? unanswered : refused).incrementAndGet();
    }

    boolean isAcknowledged(Interest interest) {
        return acknowledgedInterests.contains(interest);
    }

    int acknowledged() {
        return acknowledgedProfiles.size() + acknowledgedInterests.size();
    }

    Audit audit(CrashApi api) {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        auditProfiles(api, lost, duplicated);
        Set<Interest> interests = Set.copyOf(acknowledgedInterests);
        for (Interest interest : interests) {
            // the same decision again changes nothing; 200 says it was there, 201 that it had been lost
            CrashApi.Reply again = untilAnswered(() -> api.interested(interest.from(), interest.to()));
            if (again.status() != 200) {
                lost.add("interest " + interest + " (asked again: " + again.status() + ")");
            }
        }
        int matches = 0;
        for (Pair pair : pairs) {
            Interest ab = new Interest(pair.a(), pair.b());
            Interest ba = new Interest(pair.b(), pair.a());
            if (!interests.contains(ab) && !interests.contains(ba)) {
                continue;
            }
            // one side acknowledged before the crash: the other side's interest now must make the match
            for (Interest missing : List.of(ab, ba)) {
                if (!interests.contains(missing)) {
                    untilAnswered(() -> api.interested(missing.from(), missing.to()));
                }
            }
            matches++;
            auditMatch(api, pair, lost, duplicated);
        }
        return new Audit(acknowledgedProfiles.size(), interests.size(), matches, refused.get(), unanswered.get(),
                lost, duplicated);
    }

    private void auditProfiles(CrashApi api, List<String> lost, List<String> duplicated) {
        Map<String, List<String>> idsByName = allProfiles(api).stream()
                .filter(profile -> profile.path("name").asText().startsWith(namePrefix))
                .collect(Collectors.groupingBy(profile -> profile.path("name").asText(),
                        Collectors.mapping(profile -> profile.path("id").asText(), Collectors.toList())));
        acknowledgedProfiles.forEach((name, id) -> {
            if (!idsByName.getOrDefault(name, List.of()).contains(id)) {
                lost.add("profile " + name + " " + id);
            }
        });
        attemptedNames.forEach(name -> {
            if (idsByName.getOrDefault(name, List.of()).size() > 1) {
                duplicated.add("profile " + name + " " + idsByName.get(name));
            }
        });
    }

    /** Every profile listed, page by page (the gateway may still hold back a service it saw down for a while). */
    private static List<JsonNode> allProfiles(CrashApi api) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String from = cursor;
            JsonNode page = untilAnswered(() -> api.profiles(from)).json();
            page.path("items").forEach(all::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }

    /** The match in matching-service, its MATCH_FOUND in both inboxes, the contact grant in profile-service. */
    private static void auditMatch(CrashApi api, Pair pair, List<String> lost, List<String> duplicated) {
        long stored = count(api.matchesOf(pair.a()).json().path("items"), match -> joins(match, pair));
        if (stored != 1) {
            (stored == 0 ? lost : duplicated).add("match " + pair + " stored " + stored + " times");
        }
        for (Pair side : List.of(pair, new Pair(pair.b(), pair.a()))) {
            JsonNode inbox = untilTrue(() -> api.inboxOf(side.a()),
                    reply -> count(reply.json().path("items"), n -> foundMatchWith(n, side.b())) > 0).json();
            long notified = count(inbox.path("items"), n -> foundMatchWith(n, side.b()));
            if (notified != 1) {
                duplicated.add("MATCH_FOUND about " + side.b() + " in the inbox of " + side.a() + " " + notified
                        + " times");
            }
            untilTrue(() -> api.profileAsSeenBy(side.b(), side.a()),
                    reply -> reply.json().path("contact").path("email").isTextual());
        }
    }

    private static boolean joins(JsonNode match, Pair pair) {
        Set<String> sides = Set.of(match.path("a").path("id").asText(), match.path("b").path("id").asText());
        return sides.equals(Set.of(pair.a(), pair.b()));
    }

    private static boolean foundMatchWith(JsonNode notification, String other) {
        return "MATCH_FOUND".equals(notification.path("type").asText())
                && other.equals(notification.path("otherProfileId").asText());
    }

    private static long count(JsonNode items, Predicate<JsonNode> which) {
        long count = 0;
        for (JsonNode item : items) {
            if (which.test(item)) {
                count++;
            }
        }
        return count;
    }

    /** Until the call is acknowledged: the matching index may still be catching up with Kafka after a restart. */
    private static CrashApi.Reply untilAnswered(Supplier<CrashApi.Reply> call) {
        return untilTrue(call, CrashApi.Reply::acknowledged);
    }

    private static CrashApi.Reply untilTrue(Supplier<CrashApi.Reply> call,
                                            Predicate<CrashApi.Reply> done) {
        return await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(250)).until(call::get, done);
    }
}
