package org.mandate.core.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.engine.Outcome;
import org.mandate.core.model.Episode;
import org.mandate.core.model.Request;
import org.mandate.core.model.Scenario;

/**
 * The crisis engine's outcomes for a case in one situation, as a history keeps them, with what applying them to a
 * world needs resolved once for the world's states and organizations (the episode, host, organization and request
 * of each outcome, and the state of each member's stance) instead of looked up by name at every crisis. Immutable
 * to its readers and safe to share between threads: the resolution is a function of the outcomes and the lists it
 * was made for, remade when a world with other lists asks.
 */
final class Decision {
    private final List<Outcome> outcomes;
    private volatile Resolved resolved;

    Decision(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** The outcomes, in the engine's order. */
    List<Outcome> outcomes() {
        return outcomes;
    }

    /** The outcomes resolved for the world's states and organizations. */
    Resolved resolved(World w, Scenario sc) {
        Resolved r = resolved;
        if (r == null || r.states != w.spec().states() || r.institutions != w.spec().institutions()) {
            r = resolve(w, sc);
            resolved = r;
        }
        return r;
    }

    private Resolved resolve(World w, Scenario sc) {
        Map<String, Episode> byId = new LinkedHashMap<>();
        for (Episode e : sc.episodes()) {
            byId.put(e.id(), e);
        }
        int n = outcomes.size();
        Episode[] episode = new Episode[n];
        int[] host = new int[n];
        int[] org = new int[n];
        int[] requested = new int[n];
        int[][] stances = new int[n][];
        for (int i = 0; i < n; i++) {
            Outcome out = outcomes.get(i);
            Episode e = byId.get(out.episode());
            episode[i] = e;
            host[i] = w.stateIndex(e.host());
            org[i] = w.orgIndex(out.organization());
            for (Request q : e.requests()) {
                if (q.to().equals(out.organization())) {
                    requested[i] = Math.max(requested[i], q.level().value());
                }
            }
            stances[i] = out.stances().stream().mapToInt(st -> w.stateIndex(st.actor())).toArray();
        }
        return new Resolved(w.spec().states(), w.spec().institutions(), episode, host, org, requested, stances);
    }

    /**
     * The outcomes resolved for lists of states and organizations, by outcome: its episode, the host's state index
     * and the organization's index (-1 when not simulated), the highest level the episode's requests asked of the
     * organization, and the state index of each stance's actor (-1 when not simulated).
     */
    record Resolved(List<String> states, List<Institution> institutions, Episode[] episode, int[] host, int[] org,
                    int[] requested, int[][] stanceStates) {
    }
}
