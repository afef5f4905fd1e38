package org.mandate.core.model;

/**
 * A kind of crisis, defined in the library ({@code data/crisis-types.yaml}), with the properties the mechanisms read.
 *
 * @param id               kebab-case id used by scenario files and mandates
 * @param label            display label
 * @param domestic         whether the threat arises inside the host rather than from outside it
 * @param precedent        how far the crisis sets a precedent against incumbents elsewhere (0 to 1)
 * @param humanitarianNeed how much the crisis calls for protection and relief of people (0 to 1)
 * @param openEnded        how open-ended a mission into it would be, with no clear purpose or end (0 to 1)
 * @param interMember      whether it is by nature a dispute between member states
 * @param separatist       how far the crisis is about separatism (0 to 1)
 */
public record CrisisType(String id, String label, boolean domestic, double precedent, double humanitarianNeed,
                         double openEnded, boolean interMember, double separatist) {

    /** Validates the ranges. */
    public CrisisType {
        check("precedent", precedent, id);
        check("humanitarianNeed", humanitarianNeed, id);
        check("openEnded", openEnded, id);
        check("separatist", separatist, id);
    }

    private static void check(String field, double value, String id) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " of crisis type " + id + " must be in [0, 1], was " + value);
        }
    }
}
