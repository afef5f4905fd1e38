package org.mandate.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dated episode of a crisis in a host state.
 *
 * @param id         id, unique in the scenario
 * @param title      display title
 * @param date       the day it started
 * @param assessOn   the day by which outcomes are judged (what has been implemented by then)
 * @param host       host state
 * @param regions    regions affected
 * @param type       crisis type
 * @param severity   severity 0 to 1
 * @param government standing of the host's government
 * @param involves   other states that are parties to it (a kin state, a neighbour)
 * @param framing    how actors present it: {@code domestic} or {@code foreign}, by actor id
 * @param defaultFraming the framing of actors not named
 * @param alignments attitude of actors to the host's government in power, -1 hostile to 1 supportive
 * @param requests   requests made in the episode, in date order
 */
public record Episode(String id, String title, LocalDate date, LocalDate assessOn, String host, List<String> regions,
                      CrisisType type, double severity, Government government, List<String> involves,
                      Map<String, Framing> framing, Framing defaultFraming, Map<String, Double> alignments,
                      List<Request> requests) {

    /** Copies collections. */
    public Episode {
        regions = List.copyOf(regions);
        involves = List.copyOf(involves);
        framing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(framing));
        alignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alignments));
        requests = List.copyOf(requests);
    }

    /** How the actor presents the crisis. */
    public Framing framingBy(String actor) {
        return framing.getOrDefault(actor, defaultFraming);
    }

    /** The actor's attitude to the government in power, 0 when not stated. */
    public double alignment(String actor) {
        return alignments.getOrDefault(actor, 0.0);
    }

    /** How a crisis is presented. */
    public enum Framing {
        /** An internal matter of the host. */
        DOMESTIC,
        /** Caused or driven from outside. */
        FOREIGN
    }
}
