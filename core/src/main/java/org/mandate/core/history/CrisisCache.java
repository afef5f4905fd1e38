package org.mandate.core.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mandate.core.engine.Outcome;

/**
 * The crisis engine's outcomes for a case inside a history, kept by the situation the history puts it in (see
 * {@code HistoryEngine.situation}): histories of an ensemble that reach a crisis in the same situation share the
 * outcome instead of deciding it again. The outcome is a function of the key alone, so the cache changes no result;
 * it holds a bounded number of entries and is safe for many threads.
 */
final class CrisisCache {
    private static final int MAX = 20_000;
    private static final Map<Key, List<Outcome>> CACHE = new ConcurrentHashMap<>();

    private CrisisCache() {
    }

    static List<Outcome> outcomes(ScheduledCrisis crisis, String situation, Supplier<List<Outcome>> decide) {
        Key key = new Key(crisis, situation);
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

    /** A case, by identity, in a situation. */
    private record Key(ScheduledCrisis crisis, String situation) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.crisis == crisis && k.situation.equals(situation);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(crisis) + situation.hashCode();
        }
    }
}
