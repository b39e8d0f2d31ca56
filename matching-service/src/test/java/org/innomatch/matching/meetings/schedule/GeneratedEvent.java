package org.innomatch.matching.meetings.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.innomatch.matching.meetings.schedule.ScheduleInput.Request;

/**
 * A synthetic partnering day: popularity is skewed (a few participants are asked by many, as at real events),
 * a fifth of the participants cannot attend a block of consecutive slots, and the requests come in random
 * order (their list order is the "first come" of the baseline).
 */
final class GeneratedEvent {

    private GeneratedEvent() {
    }

    static ScheduleInput generate(long seed, int participants, int requests, int slots, int tables) {
        Random random = new Random(seed);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            people.add("p" + i);
        }
        Set<String> pairs = new HashSet<>();
        List<Request> meetings = new ArrayList<>();
        int attempts = 0;
        while (meetings.size() < requests && attempts++ < requests * 50) {
            String a = people.get(random.nextInt(participants));
            // Invitees Zipf-like: index = participants * u^2 favours the low indexes (the "popular" ones).
            double u = random.nextDouble();
            String b = people.get((int) (participants * u * u));
            String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            if (a.equals(b) || !pairs.add(key)) {
                continue;
            }
            Set<Integer> preferred = random.nextInt(5) == 0 ? Set.of(random.nextInt(slots)) : Set.of();
            meetings.add(new Request("m" + meetings.size(), a, b, Math.round(random.nextDouble() * 1000) / 1000.0,
                    preferred, null, null));
        }
        Map<String, BitSet> unavailable = new HashMap<>();
        for (String p : people) {
            if (random.nextInt(5) == 0) {
                BitSet busy = new BitSet(slots);
                int from = random.nextInt(slots);
                busy.set(from, Math.min(slots, from + 1 + random.nextInt(6)));
                unavailable.put(p, busy);
            }
        }
        return new ScheduleInput(slots, tables, meetings, unavailable);
    }

    /** The same event where every {@code every}-th meeting placed by {@code earlier} is locked there, the rest remember it. */
    static ScheduleInput rerun(ScheduleInput input, ScheduleResult earlier, int every) {
        List<Request> meetings = new ArrayList<>();
        int i = 0;
        for (Request r : input.meetings()) {
            ScheduleInput.Placement p = earlier.placed().get(r.id());
            boolean lock = p != null && i++ % every == 0;
            meetings.add(new Request(r.id(), r.a(), r.b(), r.score(), r.preferredSlots(), lock ? p : null, p));
        }
        return new ScheduleInput(input.slots(), input.tables(), meetings, input.unavailable());
    }
}
