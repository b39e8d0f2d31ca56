package org.innomatch.matching.meetings.schedule;

import org.junit.jupiter.api.Test;

/**
 * Scheduler time for 300 / 1,000 / 3,000 participants (about 6.7 accepted meetings each, 24 slots, a table per
 * 7.5 participants), with first-come-first-served timed in the same run as the baseline. Not part of
 * {@code ./mvnw verify} (the class name matches no surefire include); run it with
 * {@code ./mvnw -o -q test -pl matching-service -am -Dtest=SchedulerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SchedulerBenchmark {

    @Test
    void printSchedulerTimes() {
        System.out.println("participants  meetings  tables  scheduled  fcfs-scheduled  scheduler-ms  fcfs-ms  ratio");
        for (int participants : new int[] {300, 1_000, 3_000}) {
            int meetings = participants * 20 / 3;
            int tables = participants * 40 / 300;
            ScheduleInput input = GeneratedEvent.generate(42, participants, meetings, 24, tables);
            // Warm-up so the JIT has compiled the engine before it is timed.
            MeetingScheduler.schedule(input);
            MeetingScheduler.firstComeFirstServed(input);
            long[] ours = new long[3];
            long[] fcfs = new long[3];
            ScheduleResult r = null;
            ScheduleResult f = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                r = MeetingScheduler.schedule(input);
                ours[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                f = MeetingScheduler.firstComeFirstServed(input);
                fcfs[i] = System.nanoTime() - t0;
            }
            double oursMs = median(ours) / 1e6;
            double fcfsMs = median(fcfs) / 1e6;
            System.out.printf("%12d  %8d  %6d  %9d  %14d  %12.1f  %7.1f  %5.1fx%n", participants, input.meetings().size(),
                    tables, r.placed().size(), f.placed().size(), oursMs, fcfsMs, oursMs / fcfsMs);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
