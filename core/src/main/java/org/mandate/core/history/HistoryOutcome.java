package org.mandate.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outcome of a history an experiment records, parsed from text:
 * {@code STATE.ORG.member@WHEN} (1 when an active member, else 0), {@code STATE.rents.POWER@WHEN},
 * {@code STATE.alignment.POWER@WHEN}, {@code STATE.threat|coercive|institutional|control|overrules@WHEN},
 * {@code ORG.credibility|reach|members@WHEN}, {@code EPISODE.ORG.decided|implemented}; {@code WHEN} is a year (its
 * last step) or a day (the step that holds it). A comparison ({@code >=}, {@code >}, {@code <=}, {@code <},
 * {@code ==} and a number) makes it a yes/no outcome (1 or 0), as scenario discovery needs.
 *
 * @param text     the outcome as written
 * @param subject  state, organization or episode
 * @param what     the quantity
 * @param object   organization or power, or null
 * @param when     the day, or null for a crisis cell
 * @param yearEnd  whether {@code when} stands for a whole year (its last step)
 * @param op       the comparison, or null
 * @param bound    the number compared with
 */
public record HistoryOutcome(String text, String subject, String what, String object, LocalDate when,
                             boolean yearEnd, String op, double bound) {
    private static final Pattern FORM = Pattern.compile(
            "([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)(?:\\.([A-Za-z0-9_-]+))?(?:@(\\d{4}(?:-\\d\\d-\\d\\d)?))?"
                    + "(?:\\s*(>=|<=|==|>|<)\\s*(-?[0-9.]+))?");
    private static final List<String> STATE_VALUES = List.of("threat", "coercive", "institutional", "control",
            "overrules");
    private static final List<String> ORG_VALUES = List.of("credibility", "reach", "members");

    /** Parses and checks an outcome against the history; the message says what was expected. */
    public static HistoryOutcome parse(String text, HistorySpec spec) {
        Matcher m = FORM.matcher(text.trim());
        String usage = "expected STATE.ORG.member@WHEN, STATE.rents.POWER@WHEN, STATE.alignment.POWER@WHEN, "
                + "STATE.threat|coercive|institutional|control|overrules@WHEN, ORG.credibility|reach|members@WHEN or "
                + "EPISODE.ORG.decided|implemented, with WHEN a year or a day, optionally compared with a number";
        if (!m.matches()) {
            throw new IllegalArgumentException(usage);
        }
        String a = m.group(1);
        String b = m.group(2);
        String c = m.group(3);
        String whenText = m.group(4);
        LocalDate when = null;
        boolean yearEnd = false;
        if (whenText != null) {
            yearEnd = whenText.length() == 4;
            try {
                when = yearEnd ? LocalDate.of(Integer.parseInt(whenText), 12, 31) : LocalDate.parse(whenText);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("'" + whenText + "' is not a day");
            }
            LocalDate check = yearEnd ? LocalDate.of(when.getYear(), 1, 1) : when;
            if (check.isBefore(spec.from()) || check.isAfter(spec.to())) {
                throw new IllegalArgumentException("'" + whenText + "' is outside the history (" + spec.from() + " to "
                        + spec.to() + ")");
            }
        }
        boolean org = spec.institutions().stream().anyMatch(i -> i.id().equals(b));
        boolean isState = spec.states().contains(a);
        String subject;
        String what;
        String object = null;
        if (isState && c != null && c.equals("member") && org) {
            subject = a;
            what = "member";
            object = b;
        } else if (isState && c != null && (b.equals("rents") || b.equals("alignment")) && spec.powers().contains(c)) {
            subject = a;
            what = b;
            object = c;
        } else if (isState && c == null && STATE_VALUES.contains(b)) {
            subject = a;
            what = b;
        } else if (!isState && c == null && ORG_VALUES.contains(b)
                && spec.institutions().stream().anyMatch(i -> i.id().equals(a))) {
            subject = a;
            what = b;
        } else if (c != null && (c.equals("decided") || c.equals("implemented")) && whenText == null
                && spec.library().organizations().containsKey(b) && spec.crises().stream().anyMatch(
                        x -> x.loaded().scenario().episodes().stream().anyMatch(e -> e.id().equals(a)))) {
            return new HistoryOutcome(text, a, c, b, null, false, m.group(5), m.group(6) == null ? Double.NaN
                    : Double.parseDouble(m.group(6)));
        } else {
            throw new IllegalArgumentException(usage);
        }
        if (when == null) {
            throw new IllegalArgumentException("expected @YEAR or @DAY after " + a + "." + b + (c == null ? "" : "."
                    + c));
        }
        return new HistoryOutcome(text, subject, what, object, when, yearEnd, m.group(5), m.group(6) == null
                ? Double.NaN : Double.parseDouble(m.group(6)));
    }

    /** Whether the outcome is yes/no (a comparison, membership or overruling). */
    public boolean binary() {
        return op != null || what.equals("member") || what.equals("overrules");
    }

    /** The outcome's value in a run (recorded with its per-step rows), 1 or 0 when it is a comparison. */
    public double value(HistoryResult r) {
        return compare(raw(r));
    }

    /** The value itself, or 1 or 0 when the outcome is a comparison. */
    double compare(double v) {
        if (op == null || Double.isNaN(v)) {
            return v;
        }
        boolean yes = switch (op) {
            case ">=" -> v >= bound;
            case ">" -> v > bound;
            case "<=" -> v <= bound;
            case "<" -> v < bound;
            default -> v == bound;
        };
        return yes ? 1 : 0;
    }

    /** A crisis cell's level among the cells decided, NaN when the organization did not decide on the episode. */
    double rawCell(List<HistoryResult.CrisisCell> cells) {
        for (HistoryResult.CrisisCell cell : cells) {
            if (cell.episode().equals(subject) && cell.organization().equals(object)) {
                return what.equals("decided") ? cell.decided() : cell.implemented();
            }
        }
        return Double.NaN;
    }

    /** The quantity in the world as it stands at the end of a step (what that step's rows record). */
    double raw(World w) {
        switch (what) {
            case "member" -> {
                int o = w.orgIndex(object);
                int s = w.stateIndex(subject);
                return o >= 0 && s >= 0 && w.status(o, s) == World.MEMBER ? 1 : 0;
            }
            case "credibility", "reach", "members" -> {
                int o = w.orgIndex(subject);
                if (what.equals("reach")) {
                    return w.reach(o);
                }
                if (what.equals("credibility")) {
                    return w.meanCredibility(o);
                }
                int n = 0;
                for (int s = 0; s < w.states(); s++) {
                    n += w.status(o, s) == World.MEMBER ? 1 : 0;
                }
                return n;
            }
            default -> {
                int s = w.stateIndex(subject);
                int p = object == null ? -1 : w.spec().powers().indexOf(object);
                return switch (what) {
                    case "rents" -> w.rent(s, p);
                    case "alignment" -> w.align(s, p);
                    case "threat" -> w.threat(s);
                    case "coercive" -> w.coercive(s);
                    case "institutional" -> w.institutional(s);
                    case "control" -> w.control(s);
                    default -> w.capitalOverrules(s) ? 1 : 0;
                };
            }
        }
    }

    private double raw(HistoryResult r) {
        if (when == null) {
            return rawCell(r.crises());
        }
        switch (what) {
            case "member" -> {
                return memberAt(r);
            }
            case "credibility", "reach", "members" -> {
                double v = Double.NaN;
                for (HistoryResult.OrgRow o : r.orgs()) {
                    if (o.organization().equals(subject) && !o.date().isAfter(when)) {
                        v = what.equals("credibility") ? o.credibility() : what.equals("reach") ? o.reach()
                                : o.members().size();
                    }
                }
                return v;
            }
            default -> {
                double v = Double.NaN;
                int p = object == null ? -1 : r.powers().indexOf(object);
                for (HistoryResult.StateRow s : r.states()) {
                    if (s.state().equals(subject) && !s.date().isAfter(when)) {
                        v = switch (what) {
                            case "rents" -> s.rents()[p];
                            case "alignment" -> s.alignment()[p];
                            case "threat" -> s.threat();
                            case "coercive" -> s.coercive();
                            case "institutional" -> s.institutional();
                            case "control" -> s.control();
                            default -> s.overrules() ? 1 : 0;
                        };
                    }
                }
                return v;
            }
        }
    }

    private double memberAt(HistoryResult r) {
        LocalDate step = null;
        for (HistoryResult.OrgRow o : r.orgs()) {
            if (!o.date().isAfter(when)) {
                step = o.date();
            }
        }
        if (step == null) {
            return 0;
        }
        for (HistoryResult.MemberRow m : r.members()) {
            if (m.date().equals(step) && m.organization().equals(object) && m.state().equals(subject)) {
                return m.status().equals("member") ? 1 : 0;
            }
        }
        return 0;
    }

}
