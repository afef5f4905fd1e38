package org.mandate.core.model;

import java.util.List;

/**
 * Something an organization can do, at one level of the response scale.
 *
 * @param id           kebab-case id
 * @param name         display name
 * @param level        its level on the response scale
 * @param appliesTo    crisis types it is meant for; empty means every type
 * @param hostConsent  whether it needs the host government's consent
 * @param localConsent whether it needs the consent of whoever controls the region where it works
 * @param monitoring   whether it observes and reports on the host's conduct (human-dimension monitoring)
 */
public record Instrument(String id, String name, ResponseLevel level, List<String> appliesTo, boolean hostConsent,
                         boolean localConsent, boolean monitoring) {

    /** Copies the list. */
    public Instrument {
        appliesTo = List.copyOf(appliesTo);
    }

    /** An instrument that does not monitor. */
    public Instrument(String id, String name, ResponseLevel level, List<String> appliesTo, boolean hostConsent,
                      boolean localConsent) {
        this(id, name, level, appliesTo, hostConsent, localConsent, false);
    }

    /** Whether the instrument is meant for crises of the given type. */
    public boolean appliesTo(String crisisType) {
        return appliesTo.isEmpty() || appliesTo.contains(crisisType);
    }
}
