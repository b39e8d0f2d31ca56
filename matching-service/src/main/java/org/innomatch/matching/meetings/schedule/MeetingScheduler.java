package org.innomatch.matching.meetings.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innomatch.matching.meetings.schedule.ScheduleInput.Placement;
import org.innomatch.matching.meetings.schedule.ScheduleInput.Request;

/**
 * Assigns agreed meetings to slots and tables without conflicts: nobody twice in a slot, no table twice in a
 * slot, nobody in a slot they marked unavailable, locked meetings exactly where they were locked. Pure and
 * deterministic: the same input gives the same result (ties broken by meeting id).
 *
 * <p>Algorithm (S slots, T tables, M meetings, P participants; see README "Meetings and scheduling"):
 * <ol>
 *   <li><b>Locks</b> are placed first, at their slot and table; a lock that conflicts is reported and its meeting
 *       scheduled like the others. O(M).</li>
 *   <li><b>Keep</b>: on a re-run, meetings still placeable where the previous run put them stay there (best score
 *       first), so an unchanged event is not reshuffled and an edited one moves as little as possible. O(M log M).</li>
 *   <li><b>Fair greedy rounds.</b> In round k = 1..S every participant may reach at most k meetings; within a round
 *       meetings go best score first. So a popular participant's 10th meeting never takes the slot a newcomer
 *       needed for a 1st. Each meeting takes, among slots free for both sides with a table left, a preferred slot,
 *       else the slot with the most free tables (keeps room everywhere for later meetings). A meeting that finds no
 *       slot is left for the repair. O(S · M · S) in the worst case, O(M · S) when most place in round one.</li>
 *   <li><b>Repair</b> (one-step augmentation): for each unplaced meeting and each slot both sides can attend,
 *       move the at most two meetings that block a side there (and, if the slot has no table left, one more
 *       meeting) to other feasible slots; commit only if all moves succeed. Repeated while it places meetings, at most 5 passes.
 *       O(U · S · (S + T · S)) per pass for U unplaced meetings.</li>
 *   <li><b>Tables</b> per slot: locked tables stay, a meeting keeps its previous table when free, the rest take
 *       the lowest free table. O(S · T + M).</li>
 * </ol>
 * This maximises the number of meetings heuristically (not provably: the exact problem is an NP-hard edge
 * colouring), then score; the test compares it with first-come-first-served on generated events.
 */
public final class MeetingScheduler {

    /** Bounds the repair: each pass is O(U · S · (S + T · S)); later passes rarely place anything. */
    static final int MAX_REPAIR_PASSES = 5;

    private MeetingScheduler() {
    }

    public static ScheduleResult schedule(ScheduleInput input) {
        Run run = new Run(input);
        run.placeLocks();
        run.keepPrevious();
        run.fairGreedy();
        run.repair();
        return run.result();
    }

    /** The baseline: meetings in input (request) order, each in the earliest slot free for both with a table left. */
    public static ScheduleResult firstComeFirstServed(ScheduleInput input) {
        Run run = new Run(input);
        run.placeLocks();
        run.keepPrevious();
        for (int m = 0; m < run.n; m++) {
            if (run.slotOf[m] < 0) {
                for (int s = 0; s < run.slots; s++) {
                    if (run.fits(m, s)) {
                        run.place(m, s);
                        break;
                    }
                }
            }
        }
        return run.result();
    }

    private static final class Run {
        final ScheduleInput input;
        final int slots;
        final int tables;
        final int n;
        final int[] a;
        final int[] b;
        final double[] score;
        final boolean[] locked;
        final boolean[] tableless;
        final int[] slotOf;
        final int[] lockedTable;
        final int[][] occupant;
        final BitSet[] unavailable;
        final int[] used;
        final int[] count;
        final BitSet[] inSlot;
        final List<String> rejectedLocks = new ArrayList<>();

        Run(ScheduleInput input) {
            this.input = input;
            this.slots = input.slots();
            this.tables = input.tables();
            List<Request> ms = input.meetings();
            this.n = ms.size();
            Map<String, Integer> people = new HashMap<>();
            a = new int[n];
            b = new int[n];
            score = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = people.computeIfAbsent(ms.get(i).a(), k -> people.size());
                b[i] = people.computeIfAbsent(ms.get(i).b(), k -> people.size());
                score[i] = ms.get(i).score();
            }
            int p = people.size();
            occupant = new int[p][slots];
            for (int[] row : occupant) {
                Arrays.fill(row, -1);
            }
            unavailable = new BitSet[p];
            people.forEach((id, i) -> unavailable[i] = input.unavailable().getOrDefault(id, new BitSet()));
            locked = new boolean[n];
            tableless = new boolean[n];
            for (int i = 0; i < n; i++) {
                tableless[i] = !ms.get(i).needsTable();
            }
            lockedTable = new int[n];
            slotOf = new int[n];
            Arrays.fill(slotOf, -1);
            used = new int[slots];
            count = new int[p];
            inSlot = new BitSet[slots];
            for (int s = 0; s < slots; s++) {
                inSlot[s] = new BitSet(n);
            }
        }

        boolean free(int person, int s) {
            return occupant[person][s] < 0 && !unavailable[person].get(s);
        }

        boolean fits(int m, int s) {
            return a[m] != b[m] && (tableless[m] || used[s] < tables) && free(a[m], s) && free(b[m], s);
        }

        void place(int m, int s) {
            slotOf[m] = s;
            occupant[a[m]][s] = m;
            occupant[b[m]][s] = m;
            if (!tableless[m]) {
                used[s]++;
            }
            inSlot[s].set(m);
            count[a[m]]++;
            count[b[m]]++;
        }

        void remove(int m) {
            int s = slotOf[m];
            occupant[a[m]][s] = -1;
            occupant[b[m]][s] = -1;
            if (!tableless[m]) {
                used[s]--;
            }
            inSlot[s].clear(m);
            count[a[m]]--;
            count[b[m]]--;
            slotOf[m] = -1;
        }

        void placeLocks() {
            boolean[][] tableTaken = new boolean[slots][tables + 1];
            for (int m = 0; m < n; m++) {
                Placement l = input.meetings().get(m).locked();
                if (l == null) {
                    continue;
                }
                if (tableless[m] && l.slot() >= 0 && l.slot() < slots && fits(m, l.slot())) {
                    place(m, l.slot());
                    locked[m] = true;
                } else if (!tableless[m] && l.slot() >= 0 && l.slot() < slots && l.table() >= 1 && l.table() <= tables
                        && !tableTaken[l.slot()][l.table()] && fits(m, l.slot())) {
                    place(m, l.slot());
                    locked[m] = true;
                    lockedTable[m] = l.table();
                    tableTaken[l.slot()][l.table()] = true;
                } else {
                    rejectedLocks.add(input.meetings().get(m).id());
                }
            }
        }

        List<Integer> byScore() {
            List<Integer> order = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                if (slotOf[m] < 0) {
                    order.add(m);
                }
            }
            order.sort(Comparator.<Integer>comparingDouble(m -> -score[m]).thenComparing(m -> input.meetings().get(m).id()));
            return order;
        }

        void keepPrevious() {
            for (int m : byScore()) {
                Placement prev = input.meetings().get(m).previous();
                if (prev != null && prev.slot() >= 0 && prev.slot() < slots && fits(m, prev.slot())) {
                    place(m, prev.slot());
                }
            }
        }

        void fairGreedy() {
            List<Integer> order = byScore();
            boolean[] stuck = new boolean[n];
            for (int k = 1; k <= slots; k++) {
                boolean pending = false;
                for (int m : order) {
                    if (slotOf[m] >= 0 || stuck[m]) {
                        continue;
                    }
                    if (count[a[m]] >= k || count[b[m]] >= k) {
                        pending = true;
                        continue;
                    }
                    int s = chooseSlot(m);
                    if (s >= 0) {
                        place(m, s);
                    } else {
                        stuck[m] = true; // the grid only fills up: no later round can place it either
                    }
                }
                if (!pending) {
                    break;
                }
            }
        }

        int chooseSlot(int m) {
            Request r = input.meetings().get(m);
            for (int s : r.preferredSlots().stream().sorted().toList()) {
                if (s >= 0 && s < slots && fits(m, s)) {
                    return s;
                }
            }
            int best = -1;
            for (int s = 0; s < slots; s++) {
                if (fits(m, s) && (best < 0 || used[s] < used[best])) {
                    best = s;
                }
            }
            return best;
        }

        void repair() {
            boolean improved = true;
            for (int pass = 0; improved && pass < MAX_REPAIR_PASSES; pass++) {
                improved = false;
                for (int m : byScore()) {
                    if (slotOf[m] < 0 && a[m] != b[m] && augment(m)) {
                        improved = true;
                    }
                }
            }
        }

        /** Tries to place {@code m} by moving the meetings in its way to other slots; all or nothing. */
        boolean augment(int m) {
            for (int s = 0; s < slots; s++) {
                if (unavailable[a[m]].get(s) || unavailable[b[m]].get(s)) {
                    continue;
                }
                int x = occupant[a[m]][s];
                int y = occupant[b[m]][s];
                if ((x >= 0 && locked[x]) || (y >= 0 && locked[y])) {
                    continue;
                }
                List<int[]> moves = new ArrayList<>();
                boolean ok = true;
                for (int blocker : x == y ? new int[] {x} : new int[] {x, y}) {
                    if (blocker >= 0 && !(ok = moveElsewhere(blocker, s, moves))) {
                        break;
                    }
                }
                if (ok && !tableless[m] && used[s] >= tables) {
                    ok = false;
                    if (hasFreeTableOutside(s)) {
                        for (int other = inSlot[s].nextSetBit(0); other >= 0 && !ok; other = inSlot[s].nextSetBit(other + 1)) {
                            if (!locked[other] && !tableless[other]) {
                                ok = moveElsewhere(other, s, moves);
                            }
                        }
                    }
                }
                if (ok && fits(m, s)) {
                    place(m, s);
                    return true;
                }
                for (int i = moves.size() - 1; i >= 0; i--) {
                    int[] mv = moves.get(i);
                    remove(mv[0]);
                    place(mv[0], mv[1]);
                }
            }
            return false;
        }

        boolean hasFreeTableOutside(int s) {
            for (int t = 0; t < slots; t++) {
                if (t != s && used[t] < tables) {
                    return true;
                }
            }
            return false;
        }

        boolean moveElsewhere(int m, int from, List<int[]> moves) {
            int original = slotOf[m];
            remove(m);
            for (int s = 0; s < slots; s++) {
                if (s != from && fits(m, s)) {
                    place(m, s);
                    moves.add(new int[] {m, original});
                    return true;
                }
            }
            place(m, original);
            return false;
        }

        ScheduleResult result() {
            int[] table = new int[n];
            boolean[][] taken = new boolean[slots][tables + 1];
            for (int m = 0; m < n; m++) {
                if (locked[m] && !tableless[m]) {
                    table[m] = lockedTable[m];
                    taken[slotOf[m]][lockedTable[m]] = true;
                }
            }
            for (int m = 0; m < n; m++) {
                Placement prev = input.meetings().get(m).previous();
                if (!locked[m] && !tableless[m] && slotOf[m] >= 0 && prev != null && prev.slot() == slotOf[m] && prev.table() >= 1
                        && prev.table() <= tables && !taken[slotOf[m]][prev.table()]) {
                    table[m] = prev.table();
                    taken[slotOf[m]][prev.table()] = true;
                }
            }
            Map<String, Placement> placed = new LinkedHashMap<>();
            List<String> unplaced = new ArrayList<>();
            for (int m = 0; m < n; m++) {
                int s = slotOf[m];
                if (s < 0) {
                    continue;
                }
                if (table[m] == 0 && !tableless[m]) {
                    int t = 1;
                    while (taken[s][t]) {
                        t++;
                    }
                    table[m] = t;
                    taken[s][t] = true;
                }
                placed.put(input.meetings().get(m).id(), new Placement(s, table[m]));
            }
            for (int m : byScore()) {
                unplaced.add(input.meetings().get(m).id());
            }
            return new ScheduleResult(placed, unplaced, List.copyOf(rejectedLocks));
        }
    }
}
