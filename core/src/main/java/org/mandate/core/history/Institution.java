package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mandate.core.model.Membership;

/**
 * An organization as the history sees it: what kind of club it is, which outside powers lead it or it leans to,
 * when it existed, its charter, and the library's dated record of its members.
 *
 * @param id            organization id
 * @param name          display name
 * @param kind          what kind of club it is
 * @param patrons       the outside powers that lead it or that it leans to (empty when none)
 * @param founded       the first day it existed
 * @param dissolved     the first day it no longer existed, or null
 * @param record        the documented memberships (the backtest's record; inputs only before a history's start)
 * @param charter       its exit, suspension and admission rules
 * @param decidesCrises whether the crisis engine decides its responses to crises (an organization of the crisis
 *                      library), rather than a club that matters only for membership
 * @param eligible      the states its charter lets join (its area), or empty when any state may
 */
public record Institution(String id, String name, Kind kind, List<String> patrons, LocalDate founded,
                          LocalDate dissolved, List<Membership> record, Charter charter, boolean decidesCrises,
                          List<String> eligible) {

    /** Validates and copies. */
    public Institution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(founded, "founded");
        Objects.requireNonNull(charter, "charter");
        patrons = List.copyOf(patrons);
        record = List.copyOf(record);
        eligible = List.copyOf(eligible);
        if (dissolved != null && !dissolved.isAfter(founded)) {
            throw new IllegalArgumentException("organization " + id + " dissolved " + dissolved + " before it was founded "
                    + founded);
        }
    }

    /** Whether it exists on the day. */
    public boolean existsOn(LocalDate day) {
        return !day.isBefore(founded) && (dissolved == null || day.isBefore(dissolved));
    }

    /** Whether its charter lets the state join. */
    public boolean admits(String state) {
        return eligible.isEmpty() || eligible.contains(state);
    }

    /** A copy with another kind, patrons and area. */
    public Institution with(Kind newKind, List<String> newPatrons, List<String> newEligible) {
        return new Institution(id, name, newKind, newPatrons, founded, dissolved, record, charter, decidesCrises,
                newEligible);
    }

    /** A copy with another record. */
    public Institution withRecord(List<Membership> newRecord) {
        return new Institution(id, name, kind, patrons, founded, dissolved, newRecord, charter, decidesCrises,
                eligible);
    }

    /** What kind of club an organization is; it sets what membership costs and gives (docs/history.md). */
    public enum Kind {
        /** A military alliance or security organization: regime protection, but a patron's dominance. */
        SECURITY(0.6, 1.0, 1.0),
        /** A political commonwealth: some protection, some dominance. */
        POLITICAL(0.3, 0.3, 1.0),
        /** An economic union: a patron's dominance over trade and customs, little protection. */
        ECONOMIC(0.5, 0.1, 1.0),
        /** A partnership programme: recognition and training, next to no dominance or protection. */
        PARTNERSHIP(0.1, 0.1, 0.0),
        /** A cooperative security organization with a human dimension: the cost is its scrutiny of the regime. */
        COOPERATIVE(0.0, 0.2, 0.0);

        private final double dominance;
        private final double protection;
        private final double camp;

        Kind(double dominance, double protection, double camp) {
            this.dominance = dominance;
            this.protection = protection;
            this.camp = camp;
        }

        /** How far joining takes a side between rival powers (1: a bloc; 0: open to all camps). */
        public double camp() {
            return camp;
        }

        /** How far membership constrains a member's sovereignty (0 to 1). */
        public double dominance() {
            return dominance;
        }

        /** How far membership protects a member's regime (0 to 1). */
        public double protection() {
            return protection;
        }

        /** The kind named in files ({@code security}), or null. */
        public static Kind byKey(String key) {
            for (Kind k : values()) {
                if (k.name().toLowerCase(java.util.Locale.ROOT).equals(key)) {
                    return k;
                }
            }
            return null;
        }

        /** The name used in files. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
