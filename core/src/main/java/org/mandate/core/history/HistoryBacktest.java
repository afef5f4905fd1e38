package org.mandate.core.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mandate.core.model.Membership;

/**
 * Scores a simulated history against the library's dated record of membership and base events.
 *
 * <p>An event counts as predicted when the history produces one of the same kind, state and organization (or power)
 * within {@code window} days of the record's date; each simulated event predicts at most one record event, the
 * nearest. Simulated events that predict nothing are false events. Leaving and suspending are one kind (an exit);
 * a notice of leaving is not scored (its exit is). The baselines: persistence (nothing changes: no hits, no false
 * events) and the base rate (a forecaster that announces an event in each slot and year with the record's overall
 * rate of events per slot-year, scored in expectation). Only events on or before {@code until} are scored: the
 * record after 2010 never sets anything.
 */
public final class HistoryBacktest {
    /** The last day the backtest scores by default. */
    public static final LocalDate UNTIL = LocalDate.of(2010, 12, 31);

    private HistoryBacktest() {
    }

    /** The result of a history backtest. */
    public record Report(LocalDate from, LocalDate until, int window, List<Match> matches, List<RecordEvent> falseEvents,
                         int slots, double years, double baseRateHits, double baseRateFalse) {
        /** Record events predicted. */
        public int hits() {
            return (int) matches.stream().filter(m -> m.predicted() != null).count();
        }

        /** Record events missed. */
        public int misses() {
            return matches.size() - hits();
        }

        /** Record events. */
        public int recorded() {
            return matches.size();
        }

        /** Hits less false events: persistence scores 0. */
        public double score() {
            return hits() - falseEvents.size();
        }

        /** The base rate's expected hits less its expected false events. */
        public double baseRateScore() {
            return baseRateHits - baseRateFalse;
        }
    }

    /**
     * One record event and the simulated event that predicted it, or null.
     *
     * @param recorded  the record event
     * @param predicted the simulated event, or null when missed
     * @param days      days between them (simulated minus recorded), 0 when missed
     */
    public record Match(RecordEvent recorded, RecordEvent predicted, long days) {
    }

    /** The record events of the spec's simulated states between its first day and {@code until}. */
    public static List<RecordEvent> record(HistorySpec spec, LocalDate until) {
        List<RecordEvent> out = new ArrayList<>();
        Set<String> states = new LinkedHashSet<>(spec.states());
        LocalDate from = spec.from();
        for (Institution org : spec.institutions()) {
            for (Membership m : org.record()) {
                if (!states.contains(m.state())) {
                    continue;
                }
                if (in(m.joined(), from, until)) {
                    out.add(new RecordEvent(m.joined(), "join", m.state(), org.id(), "joined"));
                }
                if (m.left() != null && in(m.left(), from, until)) {
                    out.add(new RecordEvent(m.left(), "exit", m.state(), org.id(), "left"));
                }
                for (Membership.Period p : m.suspended()) {
                    if (in(p.from(), from, until)) {
                        out.add(new RecordEvent(p.from(), "exit", m.state(), org.id(), "suspended"));
                    }
                    if (p.to() != null && in(p.to(), from, until) && !p.to().equals(m.left())) {
                        out.add(new RecordEvent(p.to(), "join", m.state(), org.id(), "resumed"));
                    }
                }
            }
        }
        for (BaseAgreement b : spec.bases()) {
            if (!states.contains(b.host()) || !spec.powers().contains(b.power())) {
                continue;
            }
            if (in(b.opened(), from, until)) {
                out.add(new RecordEvent(b.opened(), "base-open", b.host(), b.power(), b.id() + " opened"));
            }
            if (b.closed() != null && in(b.closed(), from, until)) {
                out.add(new RecordEvent(b.closed(), "base-close", b.host(), b.power(), b.id() + " closed"));
            }
            for (int i = 1; i < b.rents().size(); i++) {
                BaseAgreement.Rent r = b.rents().get(i);
                if (r.usdMillion() > b.rents().get(i - 1).usdMillion() && in(r.from(), from, until)) {
                    out.add(new RecordEvent(r.from(), "rent-rise", b.host(), b.power(), b.id() + " rent to "
                            + r.usdMillion()));
                }
            }
            for (BaseAgreement.Event e : b.events()) {
                String kind = switch (e.kind()) {
                    case "eviction-notice", "closure-announced" -> "eviction-notice";
                    case "eviction-reversed" -> "eviction-reversed";
                    default -> null;
                };
                if (kind != null && in(e.date(), from, until)) {
                    out.add(new RecordEvent(e.date(), kind, b.host(), b.power(), b.id() + " " + e.kind()));
                }
            }
        }
        out.sort(Comparator.comparing(RecordEvent::date).thenComparing(RecordEvent::slot));
        return dedupe(out);
    }

    private static List<RecordEvent> dedupe(List<RecordEvent> events) {
        // two record events of one slot within a month are one event (an announcement and the vote that follows)
        List<RecordEvent> out = new ArrayList<>();
        for (RecordEvent e : events) {
            boolean dup = false;
            for (RecordEvent o : out) {
                if (o.slot().equals(e.slot()) && Math.abs(ChronoUnit.DAYS.between(o.date(), e.date())) <= 31) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(e);
            }
        }
        return out;
    }

    /** The scored events of a simulated history between its first day and {@code until}. */
    public static List<RecordEvent> simulated(HistoryResult result, LocalDate from, LocalDate until) {
        List<RecordEvent> out = new ArrayList<>();
        for (HistoryEvent e : result.events()) {
            String kind = switch (e.kind()) {
                case JOIN -> "join";
                case LEAVE, SUSPEND -> "exit";
                case BASE_OPEN -> "base-open";
                case BASE_CLOSE -> "base-close";
                case RENT_RISE -> "rent-rise";
                case EVICTION_NOTICE -> "eviction-notice";
                case EVICTION_REVERSED -> "eviction-reversed";
                default -> null;
            };
            // the first step's choices are outputs too: only the first day's state is an input
            if (kind != null && !e.date().isBefore(from) && !e.date().isAfter(until)) {
                out.add(new RecordEvent(e.date(), kind, e.subject(), e.object(), e.text()));
            }
        }
        return dedupe(out);
    }

    /** Scores the simulated events against the record. */
    public static Report score(HistorySpec spec, HistoryResult result, LocalDate until, int window) {
        LocalDate end = until.isAfter(spec.to()) ? spec.to() : until;
        List<RecordEvent> record = record(spec, end);
        List<RecordEvent> sim = simulated(result, spec.from(), end);
        boolean[] used = new boolean[sim.size()];
        List<Match> matches = new ArrayList<>();
        for (RecordEvent r : record) {
            int best = -1;
            long bestDays = Long.MAX_VALUE;
            for (int i = 0; i < sim.size(); i++) {
                RecordEvent s = sim.get(i);
                if (used[i] || !s.slot().equals(r.slot())) {
                    continue;
                }
                long d = ChronoUnit.DAYS.between(r.date(), s.date());
                if (Math.abs(d) <= window && Math.abs(d) < Math.abs(bestDays)) {
                    best = i;
                    bestDays = d;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matches.add(new Match(r, sim.get(best), bestDays));
            } else {
                matches.add(new Match(r, null, 0));
            }
        }
        List<RecordEvent> falseEvents = new ArrayList<>();
        for (int i = 0; i < sim.size(); i++) {
            if (!used[i]) {
                falseEvents.add(sim.get(i));
            }
        }
        // slots: membership kinds for every state and organization, base kinds for every host and power
        int n = spec.states().size() - spec.powers().size();
        int slots = 2 * spec.states().size() * spec.institutions().size() + 5 * n * spec.powers().size();
        double years = (ChronoUnit.DAYS.between(spec.from(), end) + 1) / 365.25;
        double rate = record.size() / (slots * years);
        double windowYears = 2.0 * window / 365.25;
        double hitChance = 1 - Math.pow(1 - Math.min(1, rate), windowYears);
        double hits = record.size() * hitChance;
        double announced = rate * slots * years;
        double falses = Math.max(0, announced - hits);
        return new Report(spec.from(), end, window, matches, falseEvents, slots, years, hits, falses);
    }

    /** Whether the day falls after the history's first day (whose state is an input) and on or before the end. */
    private static boolean in(LocalDate day, LocalDate from, LocalDate until) {
        return day.isAfter(from) && !day.isAfter(until);
    }
}
