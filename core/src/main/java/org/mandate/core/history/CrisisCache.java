package org.mandate.core.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mandate.core.engine.Outcome;

/**
 * The crisis engine's outcomes for a case inside a history, kept by the situation the history puts it in (see
 * {@code HistoryEngine.situation}) and the library of the history (an experiment that varies the states' interests
 * makes a new one): histories of an ensemble that reach a crisis in the same situation share the
 * outcome instead of deciding it again. The outcome is a function of the key alone, so the cache changes no result;
 * it holds a bounded number of entries and is safe for many threads.
 */
final class CrisisCache {
    private static final int MAX = 5_000;
    private static final Map<Key, List<Outcome>> CACHE = new ConcurrentHashMap<>();

    private CrisisCache() {
    }

    static List<Outcome> outcomes(ScheduledCrisis crisis, Object library, java.util.Set<String> disabled,
                                  long[] situation, Supplier<List<Outcome>> decide) {
        Key key = new Key(crisis, library, disabled, situation);
        List<Outcome> hit = CACHE.get(key);
        if (hit != null) {
            return hit;
        }
        List<Outcome> out = List.copyOf(decide.get());
        if (CACHE.size() >= MAX) {
            CACHE.clear();
        }
        CACHE.put(key, out);
        return out;
    }

    /**
     * A case and the history's library (the states' interests), both by identity, with the mechanisms switched off,
     * in a situation.
     */
    private record Key(ScheduledCrisis crisis, Object library, java.util.Set<String> disabled, long[] situation) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.crisis == crisis && k.library == library && k.disabled.equals(disabled)
                    && java.util.Arrays.equals(k.situation, situation);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(crisis) + System.identityHashCode(library))
                    + java.util.Arrays.hashCode(situation);
        }
    }
}
