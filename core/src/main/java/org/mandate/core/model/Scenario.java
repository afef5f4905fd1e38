package org.mandate.core.model;

import java.util.List;
import java.util.Map;

/**
 * A scenario ready to run: the library's states, organizations and crisis types with the scenario's overrides
 * applied, its local actors, and its episodes.
 *
 * @param id            scenario id
 * @param title         display title
 * @param states        states by id, in library order
 * @param organizations organizations by id, in library order
 * @param crisisTypes   crisis types by id
 * @param localActors   sub-state actors
 * @param episodes      episodes in date order
 * @param mechanisms    memo sections of the mechanisms, by mechanism id
 */
public record Scenario(String id, String title, Map<String, State> states, Map<String, Organization> organizations,
                       Map<String, CrisisType> crisisTypes, List<LocalActor> localActors, List<Episode> episodes,
                       Map<String, String> mechanisms) {

    /** Copies collections, keeping their order. */
    public Scenario {
        states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
        organizations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(organizations));
        crisisTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(crisisTypes));
        localActors = List.copyOf(localActors);
        episodes = List.copyOf(episodes);
        mechanisms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mechanisms));
    }

    /** The state with the id; an exception naming it when there is none. */
    public State state(String stateId) {
        State s = states.get(stateId);
        if (s == null) {
            throw new IllegalArgumentException("no state '" + stateId + "' in scenario " + id);
        }
        return s;
    }

    /** A copy with one state replaced. */
    public Scenario withState(State state) {
        var copy = new java.util.LinkedHashMap<>(states);
        copy.put(state.id(), state);
        return new Scenario(id, title, copy, organizations, crisisTypes, localActors, episodes, mechanisms);
    }

    /** A copy with one organization replaced. */
    public Scenario withOrganization(Organization org) {
        var copy = new java.util.LinkedHashMap<>(organizations);
        copy.put(org.id(), org);
        return new Scenario(id, title, states, copy, crisisTypes, localActors, episodes, mechanisms);
    }

    /** A copy with other local actors. */
    public Scenario withLocalActors(List<LocalActor> actors) {
        return new Scenario(id, title, states, organizations, crisisTypes, actors, episodes, mechanisms);
    }

    /** A copy with other episodes. */
    public Scenario withEpisodes(List<Episode> newEpisodes) {
        return new Scenario(id, title, states, organizations, crisisTypes, localActors, newEpisodes, mechanisms);
    }
}
