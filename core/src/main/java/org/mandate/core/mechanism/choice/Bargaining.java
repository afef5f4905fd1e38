package org.mandate.core.mechanism.choice;

import java.util.ArrayList;
import java.util.List;
import org.mandate.bargaining.SmpInput;
import org.mandate.bargaining.SmpModel;
import org.mandate.bargaining.SmpOptions;
import org.mandate.bargaining.SmpResult;
import org.mandate.core.mechanism.stance.MemberStances;

/**
 * Bargaining before the vote: the members bargain over the response level with the Spatial Model of Politics, the
 * reluctant pressed and the eager conceding, and then the organization's own rule applies to their bargained
 * stances.
 *
 * <p>Each voter enters with its preferred feasible level as its position (the level divided by 4, on [0, 1]), its
 * capability, and as salience how much it cares: its utility range over the feasible levels relative to the
 * widest range among the voters (at least 0.05). The model runs with the {@code MANDATE} profile's defaults. A voter
 * that moved from {@code x0} to {@code x} then values level {@code L} at
 * {@code u(L) + salience * (|L/4 - x0| - |L/4 - x|)}: its utility tilts towards where it moved, so a member pressed
 * upwards may drop its objection to a higher level and an eager one may accept less.
 *
 * @param rule the rule applied after bargaining
 */
public record Bargaining(DecisionRule rule) implements DecisionRule {

    /** Validates the inner rule. */
    public Bargaining {
        if (rule == null || rule instanceof Bargaining) {
            throw new IllegalArgumentException("bargaining needs a plain decision rule to apply after it, was "
                    + rule);
        }
    }

    @Override
    public int decide(Ballot ballot) {
        return rule.decide(bargain(ballot).ballot());
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public String describe() {
        return "members bargain first (spatial model of politics), then " + rule.describe();
    }

    /**
     * The bargaining of one decision.
     *
     * @param ballot the ballot with the bargained stances
     * @param before each voter's position before bargaining, as a level (0 to 4)
     * @param after  each voter's position after bargaining, as a level
     * @param turns  the bargaining rounds
     */
    public record Result(Ballot ballot, double[] before, double[] after, int turns) {
        /** Voters that moved at least a quarter of a level. */
        public List<Integer> movers() {
            List<Integer> out = new ArrayList<>();
            for (int v = 0; v < before.length; v++) {
                if (Math.abs(after[v] - before[v]) >= 0.25) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** Runs the bargaining among the ballot's voters. */
    public Result bargain(Ballot ballot) {
        int n = ballot.voters();
        double[] before = new double[n];
        double[] range = new double[n];
        double maxRange = 0;
        boolean spread = false;
        for (int v = 0; v < n; v++) {
            before[v] = ballot.ideal(v);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < Ballot.LEVELS; l++) {
                if (ballot.isFeasible(l)) {
                    lo = Math.min(lo, ballot.utility(v, l));
                    hi = Math.max(hi, ballot.utility(v, l));
                }
            }
            range[v] = hi - lo;
            maxRange = Math.max(maxRange, range[v]);
            spread |= v > 0 && before[v] != before[0];
        }
        if (n < 2 || !spread) {
            return new Result(ballot, before, before.clone(), 0);
        }
        List<String> names = new ArrayList<>();
        double[] capability = new double[n];
        double[][] position = new double[n][1];
        double[][] salience = new double[n][1];
        for (int v = 0; v < n; v++) {
            names.add("v" + v);
            capability[v] = ballot.weight(v);
            position[v][0] = before[v] / 4;
            salience[v][0] = maxRange > 0 ? Math.max(0.05, range[v] / maxRange) : 1;
        }
        SmpResult r = SmpModel.run(SmpInput.of(names, capability, position, salience), SmpOptions.mandateDefaults());
        double[][] last = r.finalPositions();
        double[] after = new double[n];
        Ballot out = new Ballot(n);
        out.reset(n);
        double[] u = new double[Ballot.LEVELS];
        for (int v = 0; v < n; v++) {
            double x0 = position[v][0];
            double x = last[v][0] / 100;
            after[v] = 4 * x;
            out.weight(v, ballot.weight(v));
            for (int l = 0; l < Ballot.LEVELS; l++) {
                u[l] = ballot.utility(v, l) + salience[v][0] * (Math.abs(l / 4.0 - x0) - Math.abs(l / 4.0 - x));
            }
            for (int l = 0; l < Ballot.LEVELS; l++) {
                out.stance(v, l, u[l], MemberStances.objects(u, l));
            }
        }
        for (int l = 1; l < Ballot.LEVELS; l++) {
            out.feasible(l, ballot.isFeasible(l));
        }
        out.lead(ballot.lead());
        return new Result(out, before, after, r.turns());
    }
}
