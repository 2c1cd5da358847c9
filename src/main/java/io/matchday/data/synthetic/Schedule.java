package io.matchday.data.synthetic;

import java.util.ArrayList;
import java.util.List;

/** A double round robin by the circle method: every pair meets once at each ground. */
final class Schedule {

    private Schedule() {
    }

    /** Rounds of {home, away} index pairs; {@code n} must be even. */
    static List<int[][]> doubleRoundRobin(int n) {
        List<int[][]> first = new ArrayList<>();
        int[] ring = new int[n];
        for (int i = 0; i < n; i++) {
            ring[i] = i;
        }
        for (int round = 0; round < n - 1; round++) {
            int[][] pairs = new int[n / 2][];
            for (int i = 0; i < n / 2; i++) {
                int a = ring[i];
                int b = ring[n - 1 - i];
                // Alternate grounds so nobody plays every first-half match at home.
                pairs[i] = (round + i) % 2 == 0 ? new int[]{a, b} : new int[]{b, a};
            }
            first.add(pairs);
            int last = ring[n - 1];
            System.arraycopy(ring, 1, ring, 2, n - 2);
            ring[1] = last;
        }
        List<int[][]> all = new ArrayList<>(first);
        for (int[][] round : first) {
            int[][] reversed = new int[round.length][];
            for (int i = 0; i < round.length; i++) {
                reversed[i] = new int[]{round[i][1], round[i][0]};
            }
            all.add(reversed);
        }
        return all;
    }
}
