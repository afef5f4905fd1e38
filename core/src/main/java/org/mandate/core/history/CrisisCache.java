package org.mandate.core.history;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mandate.core.engine.Outcome;

/**
 * The crisis engine's outcomes for a case inside a history, kept by everything the decision depends on: the case, the
 * crisis mechanisms switched off and the situation the history puts the case in ({@link Situation}). The case file is
 * read as written whatever the history's library, so histories of an ensemble with other inputs that reach a crisis
 * in the same situation share the outcome instead of deciding it again. The key is exact, so a cached outcome equals
 * the one deciding afresh would give and no result depends on which run, or which thread, decided first. The cache
 * holds a bounded number of entries and is safe for many threads.
 */
final class CrisisCache {
    private static final int MAX = 20_000;
    private static final Map<Key, Decision> CACHE = new ConcurrentHashMap<>();

    private CrisisCache() {
    }

    static Decision decision(ScheduledCrisis crisis, Set<String> crisisMechanismsOff, Situation situation,
                             Supplier<List<Outcome>> decide) {
        Key key = new Key(crisis, crisisMechanismsOff, situation);
        Decision hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        Decision out = new Decision(decide.get());
        if (CACHE.size() >= MAX) {
            CACHE.clear();
        }
        CACHE.put(key, out);
        return out;
    }

    /** Forgets every outcome (for tests that decide afresh). */
    static void clear() {
        CACHE.clear();
    }

    /** Number of outcomes held. */
    static int size() {
        return CACHE.size();
    }

    /**
     * What a case's scenario takes from the history: the membership status of every simulated state in each
     * organization of the case, whether each host's capital overrules its regions and the monitoring reach
     * packed in {@code bits}, and the rules the organizations changed ({@code rules}: per organization of the case,
     * null when unchanged, else the crisis types added to the mandate, the decision rule adopted and whether tabling
     * is open).
     */
    record Situation(long[] bits, Object[] rules) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Situation s && Arrays.equals(s.bits, bits) && Arrays.equals(s.rules, rules);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bits) + Arrays.hashCode(rules);
        }

        @Override
        public String toString() {
            return Arrays.toString(bits) + Arrays.toString(rules);
        }
    }

    /** A case, by identity, with the crisis mechanisms switched off, in a situation. */
    private record Key(ScheduledCrisis crisis, Set<String> off, Situation situation) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.crisis == crisis && k.off.equals(off) && k.situation.equals(situation);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(crisis) + off.hashCode()) + situation.hashCode();
        }
    }
}
