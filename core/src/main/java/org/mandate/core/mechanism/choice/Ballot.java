package org.mandate.core.mechanism.choice;

/**
 * The input of one collective decision: voters, their utilities and objections, and the feasible levels.
 *
 * <p>A ballot is mutable scratch space owned by one run, sized once and refilled for each decision, so the fast path
 * allocates nothing. It is never shared between threads.
 */
public final class Ballot {
    /** Number of levels on the response scale. */
    public static final int LEVELS = 5;

    private int voters;
    private double[] weight;
    private double[] utility;
    private boolean[] objects;
    private final boolean[] feasible = new boolean[LEVELS];
    private int lead = -1;

    /** A ballot with room for the given number of voters. */
    public Ballot(int capacity) {
        weight = new double[capacity];
        utility = new double[capacity * LEVELS];
        objects = new boolean[capacity * LEVELS];
    }

    /** Starts a new decision with the given number of voters; all levels infeasible but 0, no lead. */
    public void reset(int voterCount) {
        if (voterCount > weight.length) {
            weight = new double[voterCount];
            utility = new double[voterCount * LEVELS];
            objects = new boolean[voterCount * LEVELS];
        }
        voters = voterCount;
        java.util.Arrays.fill(feasible, false);
        feasible[0] = true;
        lead = -1;
    }

    /** Sets a voter's weight. */
    public void weight(int voter, double w) {
        weight[voter] = w;
    }

    /** Sets a voter's utility for a level, and whether it objects to it. */
    public void stance(int voter, int level, double u, boolean objection) {
        utility[voter * LEVELS + level] = u;
        objects[voter * LEVELS + level] = objection;
    }

    /** Marks a level feasible. */
    public void feasible(int level, boolean isFeasible) {
        feasible[level] = isFeasible;
    }

    /** Sets the voter index of the lead state, or -1. */
    public void lead(int voter) {
        lead = voter;
    }

    /** Number of voters. */
    public int voters() {
        return voters;
    }

    /** A voter's weight. */
    public double weight(int voter) {
        return weight[voter];
    }

    /** A voter's utility for a level. */
    public double utility(int voter, int level) {
        return utility[voter * LEVELS + level];
    }

    /** Whether a voter objects to a level. */
    public boolean objects(int voter, int level) {
        return objects[voter * LEVELS + level];
    }

    /** Whether a level is feasible. */
    public boolean isFeasible(int level) {
        return feasible[level];
    }

    /** The voter index of the lead state, or -1. */
    public int lead() {
        return lead;
    }

    /** The voter's most preferred feasible level; ties go to the lower level. */
    public int ideal(int voter) {
        int best = 0;
        double bestU = utility(voter, 0);
        for (int l = 1; l < LEVELS; l++) {
            if (feasible[l] && utility(voter, l) > bestU) {
                best = l;
                bestU = utility(voter, l);
            }
        }
        return best;
    }

    /** Number of voters that object to the level. */
    public int objectors(int level) {
        int n = 0;
        for (int v = 0; v < voters; v++) {
            if (objects[v * LEVELS + level]) {
                n++;
            }
        }
        return n;
    }

    /** The weighted sum of utilities for a level. */
    public double weightedUtility(int level) {
        double sum = 0;
        for (int v = 0; v < voters; v++) {
            sum += weight[v] * utility[v * LEVELS + level];
        }
        return sum;
    }

    /**
     * Among feasible levels with at most {@code maxObjectors} objectors, the one with the highest weighted utility;
     * ties go to the lower level, and 0 is always acceptable.
     */
    int bestAcceptable(int maxObjectors) {
        int best = 0;
        double bestU = weightedUtility(0);
        for (int l = 1; l < LEVELS; l++) {
            if (feasible[l] && objectors(l) <= maxObjectors) {
                double u = weightedUtility(l);
                if (u > bestU) {
                    best = l;
                    bestU = u;
                }
            }
        }
        return best;
    }
}
