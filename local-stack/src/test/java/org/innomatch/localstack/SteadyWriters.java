package org.innomatch.localstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A few threads writing through the gateway at a steady pace until closed: each creates pairs of profiles and makes
 * both sides of a pair interested in each other (a mutual match), recording every answer in the {@link WriteLedger}.
 * An interest the matching index refuses for now (the new profile not yet read from Kafka, the service down) is
 * tried again on a later turn.
 */
final class SteadyWriters implements AutoCloseable {

    private static final int OPEN_PAIRS_PER_WRITER = 3;

    private final CrashApi api;
    private final WriteLedger ledger;
    private final Duration pace;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    private SteadyWriters(CrashApi api, WriteLedger ledger, Duration pace) {
        this.api = api;
        this.ledger = ledger;
        this.pace = pace;
    }

    static SteadyWriters start(CrashApi api, WriteLedger ledger, int writers, Duration pace) {
        SteadyWriters steady = new SteadyWriters(api, ledger, pace);
        for (int i = 0; i < writers; i++) {
            String prefix = ledger.namePrefix() + "w" + i + "-";
            Thread thread = new Thread(() -> steady.write(prefix), "crash-writer-" + i);
            thread.setDaemon(true);
            steady.threads.add(thread);
            thread.start();
        }
        return steady;
    }

    private void write(String prefix) {
        Deque<WriteLedger.Pair> open = new ArrayDeque<>();
        int created = 0;
        while (!stopping) {
            long turnEnds = System.nanoTime() + pace.toNanos();
            if (open.size() < OPEN_PAIRS_PER_WRITER) {
                String a = createProfile(prefix + created++);
                String b = createProfile(prefix + created++);
                if (a != null && b != null) {
                    WriteLedger.Pair pair = new WriteLedger.Pair(a, b);
                    ledger.pairCreated(pair);
                    open.addLast(pair);
                }
            } else {
                WriteLedger.Pair pair = open.removeFirst();
                if (!declareNextInterest(pair)) {
                    open.addLast(pair);
                }
            }
            LockSupport.parkNanos(Math.max(0, turnEnds - System.nanoTime()));
        }
    }

    private String createProfile(String name) {
        CrashApi.Reply reply = api.createProfile(name);
        ledger.profileSent(name, reply);
        return reply.acknowledged() ? reply.json().path("id").asText() : null;
    }

    /** Sends the first interest of the pair not yet acknowledged; true once both are. */
    private boolean declareNextInterest(WriteLedger.Pair pair) {
        for (WriteLedger.Interest interest : List.of(new WriteLedger.Interest(pair.a(), pair.b()),
                new WriteLedger.Interest(pair.b(), pair.a()))) {
            if (!ledger.isAcknowledged(interest)) {
                ledger.interestSent(interest, api.interested(interest.from(), interest.to()));
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        stopping = true;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
