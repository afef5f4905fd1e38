package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;

/**
 * An organization's field presence in a host state, with its dates and what it does.
 *
 * @param organization organization id
 * @param host         host state
 * @param name         display name
 * @param opened       first day
 * @param closed       first day after it closed, or null
 * @param mandate      short tags of what it does ({@code police-assistance}, {@code human-dimension}, ...)
 */
public record FieldPresence(String organization, String host, String name, LocalDate opened, LocalDate closed,
                            List<String> mandate) {
    /** The tag of a presence that trains and equips the police. */
    public static final String POLICE_ASSISTANCE = "police-assistance";

    /** Copies. */
    public FieldPresence {
        mandate = List.copyOf(mandate);
    }

    /** Whether it is open on the day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opened) && (closed == null || day.isBefore(closed));
    }
}
