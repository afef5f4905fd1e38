package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;

/**
 * What one history run produced: the timeline of events, the crises decided inside it, and the state of every
 * state, organization and membership at every step.
 *
 * @param history  history id
 * @param run      run index (0 for a single run)
 * @param seed     the run's seed
 * @param powers   the outside powers, in the order of the rows' per-power values
 * @param events   events in date order
 * @param crises   the crisis cells decided inside the history, in date order
 * @param states   one row per state and step
 * @param orgs     one row per organization and step
 * @param members  one row per organization, state and step where the state is or was a member
 */
public record HistoryResult(String history, int run, long seed, List<String> powers, List<HistoryEvent> events,
                            List<CrisisCell> crises, List<StateRow> states, List<OrgRow> orgs,
                            List<MemberRow> members) {

    /** Copies. */
    public HistoryResult {
        powers = List.copyOf(powers);
        events = List.copyOf(events);
        crises = List.copyOf(crises);
        states = List.copyOf(states);
        orgs = List.copyOf(orgs);
        members = List.copyOf(members);
    }

    /**
     * One crisis cell decided inside a history.
     *
     * @param file         the case file
     * @param episode      episode id
     * @param date         the episode's first day
     * @param host         host state
     * @param organization organization id
     * @param member       whether the host was a member then
     * @param decided      decided level
     * @param implemented  implemented level
     * @param stage        the stage that set it
     * @param forced       whether the level was imposed as a what-if
     * @param capitalOverrules whether the host's capital could overrule its regions then
     * @param headline     one line saying why
     */
    public record CrisisCell(String file, String episode, LocalDate date, String host, String organization,
                             boolean member, int decided, int implemented, String stage, boolean forced,
                             boolean capitalOverrules, String headline) {
    }

    /**
     * One state at one step.
     *
     * @param date           the step's first day
     * @param state          state id
     * @param threat         regime threat
     * @param coercive       coercive capacity
     * @param institutional  institutional capacity
     * @param control        the capital's control of its regions
     * @param overrules      whether the capital can overrule its regions
     * @param coerciveShare  share of the step's assistance and rents that went to coercion
     * @param assistance     assistance received, USD million a year
     * @param rents          base rents by power, USD million a year, in the order of {@code powers}
     * @param alignment      alignment with each power, in the order of {@code powers}
     */
    public record StateRow(LocalDate date, String state, double threat, double coercive, double institutional,
                           double control, boolean overrules, double coerciveShare, double assistance, double[] rents,
                           double[] alignment) {
    }

    /**
     * One organization at one step.
     *
     * @param date        the step's first day
     * @param organization organization id
     * @param exists      whether it exists
     * @param members     active members among the simulated states, in order
     * @param suspended   suspended members
     * @param credibility mean credibility with its active members (NaN when none)
     * @param reach       reach of its human-dimension monitoring
     * @param rules       the crisis rules it changed in this run, in words (empty when none)
     */
    public record OrgRow(LocalDate date, String organization, boolean exists, List<String> members,
                         List<String> suspended, double credibility, double reach, String rules) {
    }

    /**
     * One membership at one step.
     *
     * @param date         the step's first day
     * @param organization organization id
     * @param state        state id
     * @param status       {@code member}, {@code suspended} or {@code none}
     * @param credibility  the organization's credibility with the state
     */
    public record MemberRow(LocalDate date, String organization, String state, String status, double credibility) {
    }
}
