package org.mandate.core.mechanism.choice;

import java.util.Arrays;

/**
 * The input of one collective decision: voters, their utilities and objections, and the feasible levels.
 *
 * <p>A ballot is mutable scratch space owned by one run and never shared between threads. It can be filled voter by
 * voter ({@link #reset(int)}, {@link #weight(int, double)}, {@link #stance}), or pointed at stances kept elsewhere
 * ({@link #view}) so that the fast path copies nothing; the capability-weighted utility and the number of objectors
 * of each level are kept as totals, so the consensus rules decide in time proportional to the number of levels.
 */
public final class Ballot {
    /** Number of levels on the response scale. */
    public static final int LEVELS = 5;

    // own storage, used when filled voter by voter
    private double[] ownWeight;
    private double[][] ownUtility;
    private boolean[][] ownObjects;
    private int[] ownRows;

    // what the ballot reads: rows of utilities and objections, weights by row, and the rows that vote
    private double[] weight;
    private double[][] utility;
    private boolean[][] objects;
    private int[] rows;
    private int voters;
    private final boolean[] feasible = new boolean[LEVELS];
    private int lead = -1;

    private final double[] weighted = new double[LEVELS];
    private final int[] objectorCount = new int[LEVELS];
    private boolean totalsValid;

    /** A ballot with room for the given number of voters. */
    public Ballot(int capacity) {
        allocate(Math.max(1, capacity));
    }

    private void allocate(int capacity) {
        ownWeight = new double[capacity];
        ownUtility = new double[capacity][LEVELS];
        ownObjects = new boolean[capacity][LEVELS];
        ownRows = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            ownRows[i] = i;
        }
    }

    /** Starts a new decision with the given number of voters, to be filled one by one; all levels but 0 infeasible. */
    public void reset(int voterCount) {
        if (voterCount > ownWeight.length) {
            allocate(voterCount);
        }
        weight = ownWeight;
        utility = ownUtility;
        objects = ownObjects;
        rows = ownRows;
        voters = voterCount;
        start();
    }

    /**
     * Starts a new decision that reads stances kept elsewhere.
     *
     * @param rowWeights   weight of each row
     * @param rowUtility   utility of each row for each level
     * @param rowObjects   whether each row objects to each level
     * @param votingRows   the rows that vote, in order
     * @param count        how many of {@code votingRows} are used
     * @param totalUtility the weighted utility of each level over exactly these voters, or null to compute it
     * @param totalObjectors the number of objectors to each level over exactly these voters, or null
     */
    public void view(double[] rowWeights, double[][] rowUtility, boolean[][] rowObjects, int[] votingRows, int count,
                     double[] totalUtility, int[] totalObjectors) {
        weight = rowWeights;
        utility = rowUtility;
        objects = rowObjects;
        rows = votingRows;
        voters = count;
        start();
        if (totalUtility != null && totalObjectors != null) {
            System.arraycopy(totalUtility, 0, weighted, 0, LEVELS);
            System.arraycopy(totalObjectors, 0, objectorCount, 0, LEVELS);
            totalsValid = true;
        }
    }

    private void start() {
        Arrays.fill(feasible, false);
        feasible[0] = true;
        lead = -1;
        totalsValid = false;
    }

    /** Sets a voter's weight. */
    public void weight(int voter, double w) {
        ownWeight[voter] = w;
        totalsValid = false;
    }

    /** Sets a voter's utility for a level, and whether it objects to it. */
    public void stance(int voter, int level, double u, boolean objection) {
        ownUtility[voter][level] = u;
        ownObjects[voter][level] = objection;
        totalsValid = false;
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
        return weight[rows[voter]];
    }

    /** A voter's utility for a level. */
    public double utility(int voter, int level) {
        return utility[rows[voter]][level];
    }

    /** Whether a voter objects to a level. */
    public boolean objects(int voter, int level) {
        return objects[rows[voter]][level];
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
        double[] u = utility[rows[voter]];
        int best = 0;
        double bestU = u[0];
        for (int l = 1; l < LEVELS; l++) {
            if (feasible[l] && u[l] > bestU) {
                best = l;
                bestU = u[l];
            }
        }
        return best;
    }

    /** The highest preferred feasible level of any voter, 0 when there are none. */
    public int highestIdeal() {
        int top = 0;
        for (int l = LEVELS - 1; l > 0 && top == 0; l--) {
            if (feasible[l]) {
                top = l;
            }
        }
        int best = 0;
        for (int v = 0; v < voters && best < top; v++) {
            best = Math.max(best, ideal(v));
        }
        return best;
    }

    /** Number of voters that object to the level. */
    public int objectors(int level) {
        totals();
        return objectorCount[level];
    }

    /** The weighted sum of utilities for a level. */
    public double weightedUtility(int level) {
        totals();
        return weighted[level];
    }

    private void totals() {
        if (totalsValid) {
            return;
        }
        Arrays.fill(weighted, 0.0);
        Arrays.fill(objectorCount, 0);
        for (int v = 0; v < voters; v++) {
            int r = rows[v];
            double w = weight[r];
            double[] u = utility[r];
            boolean[] o = objects[r];
            for (int l = 0; l < LEVELS; l++) {
                weighted[l] += w * u[l];
                if (o[l]) {
                    objectorCount[l]++;
                }
            }
        }
        totalsValid = true;
    }

    /**
     * Among feasible levels with at most {@code maxObjectors} objectors, the one with the highest weighted utility;
     * ties go to the lower level, and 0 is always acceptable.
     */
    int bestAcceptable(int maxObjectors) {
        totals();
        int best = 0;
        double bestU = weighted[0];
        for (int l = 1; l < LEVELS; l++) {
            if (feasible[l] && objectorCount[l] <= maxObjectors && weighted[l] > bestU) {
                best = l;
                bestU = weighted[l];
            }
        }
        return best;
    }
}
