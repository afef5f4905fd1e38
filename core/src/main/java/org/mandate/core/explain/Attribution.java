package org.mandate.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Why one level of one cell (the decided or the implemented) is not higher, by mechanism.
 *
 * <p>Write L(T) for the level with the set T of mechanisms switched off, and N for every mechanism that can be.
 * The game is v(T) = L(T) - L(∅): how much higher the level is with T switched off. A mechanism's Shapley value is
 * its share of v(N) = L(N) - L(∅), the difference between the level with every mechanism off and the level as it is:
 * positive when it holds the level down, negative when it holds it up. The values sum to {@code allOff - level}.
 *
 * <p>A set S of mechanisms is sufficient to keep the level from rising above {@code level} if, with S switched on,
 * no way of switching the other mechanisms off raises it: L(T) ≤ L(∅) for every T that leaves S alone.
 * {@code sufficient} lists the minimal such sets; {@code [[]]} (the empty set alone) means that nothing holds the
 * level down, since no set switched off raises it.
 *
 * @param level      the level with every mechanism on (0-4)
 * @param allOff     the level with every mechanism switched off
 * @param shapley    each mechanism's Shapley value, in {@code Mechanisms.IDS} order, rounded to six decimals
 * @param sufficient the minimal sets of mechanisms sufficient to keep the level from rising, smallest first
 * @param alone      the mechanisms whose switching off alone changes the level, with the level it then takes
 */
public record Attribution(int level, int allOff, Map<String, Double> shapley, List<List<String>> sufficient,
                          Map<String, Integer> alone) {

    /** Copies the collections. */
    public Attribution {
        shapley = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shapley));
        sufficient = sufficient.stream().map(List::copyOf).toList();
        alone = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alone));
    }

    /**
     * Computes the attribution of one level from its value under every set of mechanisms switched off.
     *
     * @param players the mechanisms; the i-th is bit i of a set
     * @param levelOff the level with a set of mechanisms switched off, by the set's index
     */
    public static Attribution of(List<String> players, IntUnaryOperator levelOff) {
        int n = players.size();
        int sets = 1 << n;
        int[] level = new int[sets];
        for (int off = 0; off < sets; off++) {
            level[off] = levelOff.applyAsInt(off);
        }
        int actual = level[0];
        double[] raise = new double[sets];
        for (int off = 0; off < sets; off++) {
            raise[off] = level[off] - actual;
        }
        double[] phi = Shapley.values(n, raise);
        Map<String, Double> shapley = new LinkedHashMap<>();
        Map<String, Integer> alone = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            shapley.put(players.get(i), round(phi[i]));
            if (level[1 << i] != actual) {
                alone.put(players.get(i), level[1 << i]);
            }
        }
        return new Attribution(actual, level[sets - 1], shapley, minimalSufficient(players, level, actual), alone);
    }

    /**
     * The minimal sets S (of mechanisms kept on) such that every set switched off that leaves S alone keeps the
     * level at or below {@code actual}.
     */
    private static List<List<String>> minimalSufficient(List<String> players, int[] level, int actual) {
        int n = players.size();
        int full = (1 << n) - 1;
        // highest[c] = the highest level over every switched-off set within c
        int[] highest = level.clone();
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            for (int c = 0; c <= full; c++) {
                if ((c & bit) != 0 && highest[c ^ bit] > highest[c]) {
                    highest[c] = highest[c ^ bit];
                }
            }
        }
        List<List<Integer>> minimal = new ArrayList<>();
        for (int on = 0; on <= full; on++) {
            if (highest[full & ~on] > actual) {
                continue;
            }
            boolean isMinimal = true;
            for (int i = 0; i < n && isMinimal; i++) {
                int bit = 1 << i;
                if ((on & bit) != 0 && highest[full & ~(on & ~bit)] <= actual) {
                    isMinimal = false;
                }
            }
            if (isMinimal) {
                List<Integer> set = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((on & 1 << i) != 0) {
                        set.add(i);
                    }
                }
                minimal.add(set);
            }
        }
        minimal.sort(Comparator.comparingInt((List<Integer> set) -> set.size()).thenComparing(Attribution::compare));
        List<List<String>> out = new ArrayList<>();
        for (List<Integer> set : minimal) {
            out.add(set.stream().map(players::get).toList());
        }
        return out;
    }

    /** Sets of equal size in pipeline order: the one with the earlier mechanism first. */
    private static int compare(List<Integer> a, List<Integer> b) {
        for (int j = 0; j < Math.min(a.size(), b.size()); j++) {
            int c = Integer.compare(a.get(j), b.get(j));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Whether some set of mechanisms switched off would raise the level: something holds it down. */
    public boolean held() {
        return !(sufficient.size() == 1 && sufficient.get(0).isEmpty());
    }

    /** Whether more than one minimal set is sufficient on its own to keep the level from rising. */
    public boolean overdetermined() {
        return sufficient.size() > 1;
    }

    /**
     * What keeps the level from rising, in words: "overdetermined: mandate-gate, lead-state-reluctance and
     * neighbour-veto each alone keep it from going above 2", or "nothing holds it down: ...".
     */
    public String sufficientText() {
        if (!held()) {
            return "nothing holds it down: no set of mechanisms switched off raises it above " + level;
        }
        List<String> singles = new ArrayList<>();
        List<List<String>> joint = new ArrayList<>();
        for (List<String> set : sufficient) {
            if (set.size() == 1) {
                singles.add(set.get(0));
            } else {
                joint.add(set);
            }
        }
        List<String> pieces = new ArrayList<>();
        if (!singles.isEmpty()) {
            pieces.add(and(singles) + (singles.size() > 1 ? " each alone" : " alone"));
        }
        int shown = 0;
        for (List<String> set : joint) {
            if (shown == 4) {
                pieces.add((joint.size() - shown) + " larger sets");
                break;
            }
            pieces.add(String.join(" + ", set) + " together");
            shown++;
        }
        return (overdetermined() ? "overdetermined: " : "") + String.join("; ", pieces)
                + (sufficient.size() > 1 ? " keep" : " keeps") + " it from going above " + level;
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static double round(double x) {
        double r = Math.round(x * 1e6) / 1e6;
        return r == 0 ? 0.0 : r;
    }
}
