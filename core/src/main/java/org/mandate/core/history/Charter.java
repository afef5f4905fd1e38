package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An organization's own rules on joining, leaving and suspending, as they stood over time, and the library's record
 * of the dated changes of its crisis rules.
 *
 * @param admission  who admits a new member: {@code consensus}, {@code open} or {@code lead-state}
 * @param exit       exit rules, each in force from its date, in date order
 * @param suspension whether members may suspend their participation, each from its date, in date order
 * @param changes    documented changes of the crisis rules (the record; a history generates its own)
 */
public record Charter(String admission, List<ExitRule> exit, List<Suspension> suspension, List<RuleChange> changes) {

    /** Copies and checks the order. */
    public Charter {
        Objects.requireNonNull(admission, "admission");
        exit = List.copyOf(exit);
        suspension = List.copyOf(suspension);
        changes = List.copyOf(changes);
        for (int i = 1; i < exit.size(); i++) {
            if (!exit.get(i).from().isAfter(exit.get(i - 1).from())) {
                throw new IllegalArgumentException("exit rules must be in date order, " + exit.get(i).from()
                        + " follows " + exit.get(i - 1).from());
            }
        }
    }

    /** A charter that admits by consensus and lets members leave at any time without notice. */
    public static Charter open() {
        return new Charter("consensus", List.of(new ExitRule(LocalDate.of(1900, 1, 1), ExitRule.NOTICE, List.of(), 0)),
                List.of(), List.of());
    }

    /** The exit rule in force on the day, or null before the first. */
    public ExitRule exitRuleOn(LocalDate day) {
        ExitRule in = null;
        for (ExitRule r : exit) {
            if (!r.from().isAfter(day)) {
                in = r;
            }
        }
        return in;
    }

    /**
     * Whether a member may give notice of leaving in the period [from, to): always under a notice rule, only when a
     * term ends in the period under a renewal window, never where the charter has no exit clause. A charter with no
     * exit rules lets members leave at any time.
     */
    public boolean mayLeaveIn(LocalDate from, LocalDate to) {
        ExitRule r = exitRuleOn(from);
        if (r == null) {
            return exit.isEmpty();
        }
        return switch (r.kind()) {
            case ExitRule.NOTICE -> true;
            case ExitRule.RENEWAL_WINDOW -> r.windowIn(from, to) != null;
            default -> false;
        };
    }

    /** The day a member that decides to leave in the period [from, to) is out: the term's end, or after notice. */
    public LocalDate leavesOn(LocalDate decided, LocalDate to) {
        ExitRule r = exitRuleOn(decided);
        if (r == null) {
            return decided;
        }
        if (ExitRule.RENEWAL_WINDOW.equals(r.kind())) {
            LocalDate w = r.windowIn(decided, to);
            return w == null ? decided : w;
        }
        return decided.plusMonths(r.noticeMonths());
    }

    /** Whether members may suspend their participation on the day. */
    public boolean maySuspendOn(LocalDate day) {
        boolean allowed = false;
        for (Suspension s : suspension) {
            if (!s.from().isAfter(day)) {
                allowed = s.allowed();
            }
        }
        return allowed;
    }

    /**
     * An exit rule.
     *
     * @param from         first day in force
     * @param kind         {@code renewal-window} (leave only when a term ends), {@code notice} (any time, with
     *                     notice) or {@code none} (no exit clause)
     * @param windows      for renewal windows, the days terms end
     * @param noticeMonths months of notice
     */
    public record ExitRule(LocalDate from, String kind, List<LocalDate> windows, int noticeMonths) {
        /** Leave only when a term ends. */
        public static final String RENEWAL_WINDOW = "renewal-window";
        /** Leave at any time with notice. */
        public static final String NOTICE = "notice";
        /** No exit clause. */
        public static final String NONE = "none";

        /** Validates and copies. */
        public ExitRule {
            windows = List.copyOf(windows);
            if (noticeMonths < 0) {
                throw new IllegalArgumentException("noticeMonths must be 0 or more, was " + noticeMonths);
            }
        }

        /** The first term end in [from, to), or null. */
        public LocalDate windowIn(LocalDate periodFrom, LocalDate periodTo) {
            for (LocalDate w : windows) {
                if (!w.isBefore(periodFrom) && w.isBefore(periodTo)) {
                    return w;
                }
            }
            return null;
        }
    }

    /**
     * Whether the charter lets members suspend their participation, from a day.
     *
     * @param from    first day
     * @param allowed whether suspension is allowed
     */
    public record Suspension(LocalDate from, boolean allowed) {
    }

    /**
     * A documented change of the rules by which an organization decides on crises.
     *
     * @param date    the day it was decided
     * @param field   what changed: {@code decisionRule}, {@code mandate}, {@code agenda}, {@code instruments},
     *                {@code membershipRules} or {@code other}
     * @param change  what changed, in words
     * @param add     crisis types or instrument ids added, when machine-readable
     * @param to      the new decision rule, when the decision rule changed
     * @param trigger the event the sources say prompted it, or null
     */
    public record RuleChange(LocalDate date, String field, String change, List<String> add, String to,
                             String trigger) {
        /** Copies. */
        public RuleChange {
            add = List.copyOf(add);
        }
    }
}
