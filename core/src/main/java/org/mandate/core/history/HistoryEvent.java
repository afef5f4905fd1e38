package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of a simulated history, with its reasons.
 *
 * @param date    the day it happened
 * @param kind    what happened (see {@link Kind})
 * @param subject the state it concerns (the member, the host, the recipient), or the organization for a rule change
 * @param object  the organization, the power or the base it concerns, or null
 * @param amount  a figure (rent in USD million a year, a credibility, a reach), or NaN when none
 * @param text    one line saying what happened
 * @param reasons why, each naming its mechanism and memo section
 */
public record HistoryEvent(LocalDate date, Kind kind, String subject, String object, double amount, String text,
                           List<Reason> reasons) {

    /** Copies. */
    public HistoryEvent {
        reasons = List.copyOf(reasons);
    }

    /** What happened. */
    public enum Kind {
        /** A state joined (or founded) an organization, or resumed its participation. */
        JOIN("join", true),
        /** A state left an organization (its membership ended, after notice or at the end of a term). */
        LEAVE("leave", false),
        /** A state suspended its participation. */
        SUSPEND("suspend", false),
        /** A state gave notice of leaving. */
        NOTICE("notice", false),
        /** A power opened a base in a host. */
        BASE_OPEN("base-open", true),
        /** A base closed. */
        BASE_CLOSE("base-close", false),
        /** A base's rent rose. */
        RENT_RISE("rent-rise", true),
        /** A host gave a base notice to leave. */
        EVICTION_NOTICE("eviction-notice", false),
        /** A host withdrew its notice. */
        EVICTION_REVERSED("eviction-reversed", true),
        /** Assistance flows to a state changed notably. */
        ASSISTANCE("assistance", true),
        /** Opponents of human-dimension monitoring acted together and cut its reach. */
        ROLLBACK("rollback", false),
        /** An organization changed a crisis rule after a failure. */
        RULE_CHANGE("rule-change", true),
        /** The hazard generated a crisis (only with generated crises on). */
        GENERATED_CRISIS("generated-crisis", false),
        /** An organization responded to a crisis (decided by the crisis engine). */
        CRISIS_RESPONSE("crisis-response", true);

        private final String key;
        private final boolean entry;

        Kind(String key, boolean entry) {
            this.key = key;
            this.entry = entry;
        }

        /** The name used in output. */
        public String key() {
            return key;
        }

        /** The direction of the event: toward more ties (join, open, rise) or fewer (leave, close, notice). */
        public boolean entry() {
            return entry;
        }
    }

    /**
     * One reason for an event.
     *
     * @param mechanism the mechanism id
     * @param memo      the memo section it cites
     * @param interest  the interest or quantity behind it, or null
     * @param amount    its contribution or size, or NaN
     * @param text      the reason in words
     */
    public record Reason(String mechanism, String memo, String interest, double amount, String text) {
    }
}
