package org.mandate.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Scenario;
import org.mandate.core.model.State;

/**
 * The inputs of a history an experiment can vary, addressed by path:
 * {@code parameters.KEY}, {@code initial.STATE.threat|coercive|institutional}, {@code initial.STATE.alignment.POWER},
 * {@code donors.DONOR.conditionality}, {@code donors.DONOR.budgetScale} (multiplies every budget of the donor) and
 * {@code states.STATE.interests.KEY} (a library interest weight of a simulated state).
 */
public final class HistoryInputs {
    private HistoryInputs() {
    }

    /** Checks that the path names an input of the history; the message says what was expected. */
    public static void check(HistorySpec spec, String path) {
        String[] p = path.split("\\.");
        switch (p[0]) {
            case "parameters" -> {
                if (p.length != 2 || Parameter.byKey(p[1]) == null) {
                    throw new IllegalArgumentException("expected parameters.KEY with a key of docs/history.md");
                }
            }
            case "initial" -> {
                if (p.length < 3 || !spec.states().contains(p[1])) {
                    throw new IllegalArgumentException("expected initial.STATE... with a state of the history");
                }
                boolean ok = p.length == 3 && List.of("threat", "coercive", "institutional").contains(p[2])
                        || p.length == 4 && p[2].equals("alignment") && spec.powers().contains(p[3])
                        && !p[1].equals(p[3]);
                if (!ok) {
                    throw new IllegalArgumentException("expected initial.STATE.threat, .coercive, .institutional or"
                            + " .alignment.POWER (another power of the history)");
                }
            }
            case "donors" -> {
                if (p.length != 3 || !spec.donors().containsKey(p[1])
                        || !List.of("conditionality", "budgetScale").contains(p[2])) {
                    throw new IllegalArgumentException("expected donors.DONOR.conditionality or .budgetScale with a"
                            + " donor of the history (" + String.join(", ", spec.donors().keySet()) + ")");
                }
            }
            case "states" -> {
                if (p.length != 4 || !spec.states().contains(p[1]) || !p[2].equals("interests")
                        || Interest.byKey(p[3]) == null) {
                    throw new IllegalArgumentException("expected states.STATE.interests.KEY with a state of the"
                            + " history and an interest key");
                }
            }
            default -> throw new IllegalArgumentException("expected a path starting parameters., initial., donors."
                    + " or states.");
        }
    }

    /** The history with the inputs at the given paths set to the given values (checked paths only). */
    public static HistorySpec apply(HistorySpec spec, List<String> paths, double[] values) {
        double[] params = spec.parameters();
        Map<String, InitialState> initial = new LinkedHashMap<>(spec.initial());
        Map<String, Donor> donors = new LinkedHashMap<>(spec.donors());
        Scenario library = spec.library();
        for (int i = 0; i < paths.size(); i++) {
            String[] p = paths.get(i).split("\\.");
            double v = values[i];
            switch (p[0]) {
                case "parameters" -> params[Parameter.byKey(p[1]).ordinal()] = v;
                case "initial" -> {
                    InitialState s = initial.getOrDefault(p[1], new InitialState(0, 0, 0, Map.of(), null));
                    double u = Math.max(0, Math.min(1, v));
                    InitialState changed = switch (p[2]) {
                        case "threat" -> new InitialState(u, s.coercive(), s.institutional(), s.alignment(),
                                s.independence());
                        case "coercive" -> new InitialState(s.threat(), u, s.institutional(), s.alignment(),
                                s.independence());
                        case "institutional" -> new InitialState(s.threat(), s.coercive(), u, s.alignment(),
                                s.independence());
                        default -> {
                            Map<String, Double> a = new LinkedHashMap<>(s.alignment());
                            a.put(p[3], Math.max(-1, Math.min(1, v)));
                            yield new InitialState(s.threat(), s.coercive(), s.institutional(), a, s.independence());
                        }
                    };
                    initial.put(p[1], changed);
                }
                case "donors" -> {
                    Donor d = donors.get(p[1]);
                    if (p[2].equals("conditionality")) {
                        donors.put(p[1], d.withConditionality(Math.max(0, Math.min(1, v))));
                    } else {
                        List<Donor.Budget> scaled = new ArrayList<>();
                        for (Donor.Budget b : d.budgets()) {
                            scaled.add(new Donor.Budget(b.from(), b.usdMillion() * Math.max(0, v)));
                        }
                        donors.put(p[1], new Donor(d.id(), scaled, d.conditionality()));
                    }
                }
                default -> {
                    Interest key = Interest.byKey(p[3]);
                    State st = library.state(p[1]);
                    double min = key == Interest.HUMAN_DIMENSION ? -1 : 0;
                    library = library.withState(st.withInterests(st.interests().with(key,
                            Math.max(min, Math.min(1, v)))));
                }
            }
        }
        return new HistorySpec(spec.id(), spec.title(), spec.from(), spec.to(), spec.stepMonths(), spec.states(),
                spec.powers(), library, spec.institutions(), spec.bases(), spec.drivers(), spec.presences(), initial,
                donors, params, spec.disabled(), spec.crises(), spec.forced(), spec.seed());
    }
}
