package org.mandate.core.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mandate.core.engine.Mechanisms;

/**
 * A design factor of a history experiment: {@code mechanism:ID} (levels {@code on}, {@code off}),
 * {@code conditionality:DONOR} (levels: shares from 0 to 1) or {@code force:EPISODE:ORG} (levels {@code none} or a
 * level from 0 to 4).
 *
 * @param name   the factor
 * @param levels its levels, in order
 */
public record HistoryFactor(String name, List<String> levels) {

    /** Copies. */
    public HistoryFactor {
        levels = List.copyOf(levels);
    }

    /** What is wrong with the factor for the history, or null. */
    public String check(HistorySpec spec) {
        String[] p = name.split(":");
        if (new TreeSet<>(levels).size() != levels.size()) {
            return "expected distinct levels";
        }
        switch (p[0]) {
            case "mechanism" -> {
                if (p.length != 2 || !HistoryEngine.MECHANISMS.contains(p[1]) && !Mechanisms.IDS.contains(p[1])) {
                    return "expected mechanism:ID with a mechanism of the history or the crisis engine";
                }
                return levels.stream().allMatch(l -> l.equals("on") || l.equals("off")) ? null
                        : "expected levels on and off";
            }
            case "conditionality" -> {
                if (p.length != 2 || !spec.donors().containsKey(p[1])) {
                    return "expected conditionality:DONOR with a donor of the history";
                }
                for (String l : levels) {
                    double v;
                    try {
                        v = Double.parseDouble(l);
                    } catch (NumberFormatException e) {
                        v = Double.NaN;
                    }
                    if (!(v >= 0 && v <= 1)) {
                        return "expected shares from 0 to 1 as levels, got '" + l + "'";
                    }
                }
                return null;
            }
            case "force" -> {
                if (p.length != 3) {
                    return "expected force:EPISODE:ORG";
                }
                boolean found = spec.crises().stream().anyMatch(c -> c.loaded().scenario().episodes().stream()
                        .anyMatch(e -> e.id().equals(p[1])));
                if (!found) {
                    return "no episode '" + p[1] + "' among the history's crises";
                }
                if (!spec.library().organizations().containsKey(p[2])) {
                    return "expected an organization that decides on crises";
                }
                return levels.stream().allMatch(l -> l.matches("none|[0-4]")) ? null
                        : "expected levels none or 0 to 4";
            }
            default -> {
                return "expected mechanism:ID, conditionality:DONOR or force:EPISODE:ORG";
            }
        }
    }

    /** The history at one level of this factor. */
    public HistorySpec apply(HistorySpec spec, String level) {
        String[] p = name.split(":");
        switch (p[0]) {
            case "mechanism" -> {
                TreeSet<String> off = new TreeSet<>(spec.disabled());
                if (level.equals("off")) {
                    off.add(p[1]);
                } else {
                    off.remove(p[1]);
                }
                return spec.withDisabled(off);
            }
            case "conditionality" -> {
                Map<String, Donor> donors = new LinkedHashMap<>(spec.donors());
                donors.put(p[1], donors.get(p[1]).withConditionality(Double.parseDouble(level)));
                return spec.withDonors(donors);
            }
            default -> {
                List<ForcedOutcome> forced = new ArrayList<>();
                for (ForcedOutcome f : spec.forced()) {
                    if (!(f.episode().equals(p[1]) && f.organization().equals(p[2]))) {
                        forced.add(f);
                    }
                }
                if (!level.equals("none")) {
                    forced.add(new ForcedOutcome(p[1], p[2], Integer.parseInt(level)));
                }
                return spec.withForced(forced);
            }
        }
    }
}
