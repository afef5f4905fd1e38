package org.mandate.core.history;

import java.time.LocalDate;

/**
 * A documented event of the library's record, or a simulated one, as the history backtest compares them.
 *
 * @param date    the day
 * @param kind    the kind: {@code join}, {@code exit}, {@code base-open}, {@code base-close}, {@code rent-rise},
 *                {@code eviction-notice} or {@code eviction-reversed}
 * @param subject the state (member or host)
 * @param object  the organization or the power
 * @param note    what it was
 */
public record RecordEvent(LocalDate date, String kind, String subject, String object, String note) {
    /** The slot the event belongs to: kind, subject and object. */
    public String slot() {
        return kind + " " + subject + " " + object;
    }
}
