package org.mandate.core.model;

import java.util.List;

/**
 * The threat types an organization may act on, and how far it may go on any other crisis (mechanism 1).
 *
 * @param types          crisis types fully inside the mandate
 * @param foreignFramed  whether any crisis the deciding body frames as foreign is inside the mandate
 * @param outsideCeiling the highest level it may use on a crisis outside the mandate
 *                       (statements and relief are usually allowed, missions and forces not)
 */
public record Mandate(List<String> types, boolean foreignFramed, ResponseLevel outsideCeiling) {

    /** Copies the list. */
    public Mandate {
        types = List.copyOf(types);
    }

    /** Whether the type is inside the mandate. */
    public boolean covers(String crisisType) {
        return types.contains(crisisType);
    }

    /** A copy that also covers the given type. */
    public Mandate adding(String crisisType) {
        if (covers(crisisType)) {
            return this;
        }
        var more = new java.util.ArrayList<>(types);
        more.add(crisisType);
        return new Mandate(more, foreignFramed, outsideCeiling);
    }
}
