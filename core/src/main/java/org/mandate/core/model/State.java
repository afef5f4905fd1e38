package org.mandate.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A state: a participant with a capability (power weight), a regime type and weighted standing interests.
 *
 * @param id        ISO 3166 alpha-3 code, or a group id such as {@code EU}
 * @param name      display name
 * @param capability power weight in (0, 1]
 * @param regime    regime type
 * @param interests standing interests
 * @param zone      what the state treats as its own sphere: state ids ({@code KGZ}) or regions ({@code KGZ/osh})
 * @param rivals    outside powers it competes with (mechanism 12; read by the neighbour-veto term)
 * @param capitalOverrulesRegions whether the capital can overrule regional and local authorities on its ground
 * @param sources   where the profile's weights come from
 */
public record State(String id, String name, double capability, Regime regime, Interests interests, List<String> zone,
                    List<String> rivals, boolean capitalOverrulesRegions, List<String> sources) {

    /** Validates the state. */
    public State {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(interests, "interests");
        if (!(capability > 0 && capability <= 1)) {
            throw new IllegalArgumentException("capability of " + id + " must be in (0, 1], was " + capability);
        }
        zone = List.copyOf(zone);
        rivals = List.copyOf(rivals);
        sources = List.copyOf(sources);
    }

    /** Whether the state counts the given host, or one of the given regions of it, as its own sphere. */
    public boolean zoneCovers(String host, List<String> regions) {
        for (String z : zone) {
            if (z.equals(host)) {
                return true;
            }
            for (String region : regions) {
                if (z.equals(host + "/" + region)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy with other interests. */
    public State withInterests(Interests newInterests) {
        return new State(id, name, capability, regime, newInterests, zone, rivals, capitalOverrulesRegions, sources);
    }

    /** A copy with another capability. */
    public State withCapability(double newCapability) {
        return new State(id, name, newCapability, regime, interests, zone, rivals, capitalOverrulesRegions, sources);
    }

    /** A copy with the capital's power over its regions changed. */
    public State withCapitalOverrulesRegions(boolean overrules) {
        return new State(id, name, capability, regime, interests, zone, rivals, overrules, sources);
    }

    /** Regime type. */
    public enum Regime {
        /** Consolidated autocracy. */
        AUTOCRACY,
        /** Hybrid or competitive authoritarian regime. */
        HYBRID,
        /** Democracy. */
        DEMOCRACY
    }
}
