package org.mandate.bargaining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One SMP bargaining run: the mutable state of a single run, from the input to the result.
 *
 * <p>The section numbers in comments refer to SMP-ALGORITHM.md of the KTAB reference runs. All
 * matrices are flattened row-major primitive arrays; every sum runs in ascending index order,
 * as KTAB's do, so a run reproduces KTAB's numbers to the last bit. The work per turn is
 * O(N³ + N²K): the challenge step evaluates up to N(N − 1) challenges with N − 2 third parties
 * each, and queue resolution scores each proposal for every actor. Each initiator's search skips
 * the targets whose bound on the gain (see {@link #heapOfTargets}) cannot beat the best gain
 * found so far, which leaves about a fifth of the challenges at N = 80 and fewer at larger N,
 * with the same choices.
 */
final class Engine {

    /** Positions closer than this (Euclidean, on [0, 1]) are the same option (§2.7). */
    static final double EQUIVALENCE = 1e-3;
    /** The floor of the coalition sums in a challenge (§4). */
    static final double CHALLENGE_FLOOR = 1e-10;
    /** The smallest expected gain that makes a challenge worth making (§5). */
    static final double MIN_GAIN = 1e-5;
    /** The pull of each principal toward its own side in a bargain (§6). */
    static final double BARGAIN_EPSILON = 1e-6;
    /** Added to the first move in the change ratio (§8). */
    static final double FIRST_MOVE_GUARD = 1e-4;
    /** KTAB's sanity threshold on the utility-matrix differences (§2.6). */
    static final double SANITY_NORM = 1e-6;
    /** The relative slack of the bound on a challenge's gain: 2⁻⁴⁰ (see {@link #heapOfTargets}). */
    static final double BOUND_SLACK = 0x1p-40;

    private final SmpOptions options;
    private final boolean fastPaths;
    private final RandomGenerator rng;
    private final Trace trace;
    private final boolean ktab;
    private final int n;
    private final int dims;
    private final List<String> actorNames;
    private final List<String> dimensionNames;
    private final double[] cap;
    private final double[] sal;
    private final double[] sigma;
    private final double[] challengeWeight;
    private final VotingRule rule;
    private final VictoryProbModel vpm;
    private final BigRAdjust adjust;
    private final BigRRange range;
    private final ThirdPartyCommit commit;
    private final BargainInterpolation interpolation;
    private final BargainModel bargainModel;
    private final Pce pce;

    private double[] theta;
    private double[] ideal;
    private final double[] dist;
    private final double[] distT;
    private final double[] risk;
    private final double[] ownU;
    private final double[] trueU;
    private final double[] reported;
    private final int[] reps;
    private final int[] repOf;
    private int repCount;

    private final double[] rhoH;
    private final double[] colI;
    private final double[] colJ;
    private final double[] diag;
    private final double[] thirdPartyVotes;
    private final double[] joinI;
    private final double[] stayI;
    private boolean distancesAtMostOne;
    private final double[] pceUtil;
    private final double[] pceOut;
    private double evalP;
    private double evalGain;
    private final boolean pruning;
    private final double[] gainBound;
    private final int[] targetHeap;
    private long challengesEvaluated;
    private double searchBest;
    private int searchChosen;
    private double searchP;

    Engine(SmpInput input, SmpOptions options, RandomGenerator rng, Trace trace) {
        this(input, options, rng, trace, true, true);
    }

    Engine(SmpInput input, SmpOptions options, RandomGenerator rng, Trace trace, boolean fastPaths) {
        this(input, options, rng, trace, fastPaths, true);
    }

    /**
     * Creates a run; {@code fastPaths} false makes every challenge go through the general
     * {@link #evaluate}, and {@code pruning} false makes every initiator evaluate every target:
     * the tests use both to check that the faster searches agree bit for bit.
     */
    Engine(SmpInput input, SmpOptions options, RandomGenerator rng, Trace trace, boolean fastPaths,
            boolean pruning) {
        this.fastPaths = fastPaths;
        this.options = options;
        this.rng = rng;
        this.trace = trace;
        this.ktab = options.profile() == Profile.KTAB;
        this.n = input.actorCount();
        this.dims = input.dimensionCount();
        this.actorNames = input.actorNames();
        this.dimensionNames = input.dimensionNames();
        this.rule = options.votingRule();
        this.vpm = options.victoryProbModel();
        this.adjust = options.bigRAdjust();
        this.range = options.bigRRange();
        this.commit = options.thirdPartyCommit();
        this.interpolation = options.bargainInterpolation();
        this.bargainModel = options.bargainModel();
        this.pce = new Pce(rule, vpm, options.pceModel());
        if (options.accommodation() instanceof Accommodation.Matrix m && m.size() != n) {
            throw new IllegalArgumentException("the accommodation matrix must be " + n + " x " + n
                    + " (one row per actor), got " + m.size() + " x " + m.size());
        }
        cap = input.capabilities();
        sal = new double[n * dims];
        sigma = new double[n];
        challengeWeight = new double[n];
        theta = new double[n * dims];
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int k = 0; k < dims; k++) {
                double s = input.salience(i, k);
                sal[i * dims + k] = s;
                theta[i * dims + k] = input.position(i, k);
                total += s;
            }
            if (total > 1) {
                if (ktab) {
                    throw new IllegalArgumentException("total salience of actor " + i + " (\"" + actorNames.get(i)
                            + "\") is " + total + ", above 1 after round-off; KTAB aborts on this (saliences "
                            + Arrays.toString(input.saliences()[i]) + "); use Profile.MANDATE, which counts it as 1");
                }
                total = 1;
            }
            sigma[i] = total;
            challengeWeight[i] = cap[i] * total;
        }
        ideal = theta.clone();
        dist = new double[n * n];
        distT = new double[n * n];
        risk = new double[n];
        ownU = new double[n * n];
        trueU = new double[n * n];
        reported = new double[n];
        reps = new int[n];
        repOf = new int[n];
        rhoH = new double[n];
        colI = new double[n];
        colJ = new double[n];
        diag = new double[n];
        thirdPartyVotes = new double[n];
        joinI = new double[n];
        stayI = new double[n];
        pceUtil = new double[(2 * n + 1) * n];
        pceOut = new double[2 * n + 1];
        // The bound below needs P[i wins] and P[j wins] in [0, 1] summing to 1 up to round-off;
        // the Binary VPM's two probabilities are computed apart, so it is searched in full.
        this.pruning = pruning && (ktab || vpm != VictoryProbModel.BINARY);
        gainBound = new double[n];
        targetHeap = new int[n];
    }

    /** Returns how many challenges the target searches of this run have evaluated so far. */
    long challengesEvaluated() {
        return challengesEvaluated;
    }

    /** Returns the utility of distance {@code d} with risk attitude {@code r} (§1.2). */
    static double utility(double d, double r) {
        return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
    }

    /** Rounds half-up to 4 decimals (§6). */
    static double round4(double x) {
        return Math.floor(10000 * x + 0.5) / 10000;
    }

    SmpResult run() {
        List<double[]> thetas = new ArrayList<>();
        List<double[]> ideals = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        setUp(0);
        thetas.add(theta.clone());
        ideals.add(ideal.clone());
        probabilities.add(reported.clone());
        double firstMove = 0;
        StopReason stop = null;
        int cyclePeriod = 0;
        int t = 0;
        while (stop == null) {
            double[] next = turn(t);
            double[] previous = theta;
            theta = next;
            updateIdeals();
            t++;
            setUp(t);
            thetas.add(theta.clone());
            ideals.add(ideal.clone());
            probabilities.add(reported.clone());
            double move = movement(previous, theta);
            if (t == 1) {
                firstMove = move;
            }
            double ratio = move / (firstMove + FIRST_MOVE_GUARD);
            ratios.add(ratio);
            if (t >= options.maxTurns()) {
                stop = StopReason.TURN_CAP;
            } else if (t >= options.minTurns() && ratio < options.stopRatio()) {
                stop = StopReason.CONVERGENCE;
            } else if (!ktab && options.stateTransitions() == StateTransitions.DETERMINISTIC) {
                int period = repeatPeriod(thetas, ideals);
                if (period == 1 && t >= options.minTurns()) {
                    stop = StopReason.CONVERGENCE;
                } else if (period > 1) {
                    stop = StopReason.CYCLE;
                    cyclePeriod = period;
                }
            }
        }
        return buildResult(t, stop, cyclePeriod, thetas, ideals, probabilities, ratios);
    }

    /** Returns p if the last state equals the state p turns earlier (the nearest such), else 0. */
    private static int repeatPeriod(List<double[]> thetas, List<double[]> ideals) {
        int last = thetas.size() - 1;
        for (int s = last - 1; s >= 0; s--) {
            if (Arrays.equals(thetas.get(s), thetas.get(last)) && Arrays.equals(ideals.get(s), ideals.get(last))) {
                return last - s;
            }
        }
        return 0;
    }

    private double movement(double[] from, double[] to) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < dims; k++) {
                double x = from[i * dims + k] - to[i * dims + k];
                sum += x * x;
            }
            total += Math.sqrt(sum);
        }
        return total;
    }

    // ---------------------------------------------------------------- state set-up (§2)

    private void setUp(int t) {
        computeDistances();
        computeRepresentatives();
        computeRiskAttitudes(t);
        for (int a = 0; a < n; a++) {
            double own = adjust.perceive(risk[a], risk[a]);
            double r = risk[a];
            int row = a * n;
            for (int j = 0; j < n; j++) {
                double d = dist[row + j];
                ownU[row + j] = utility(d, own);
                trueU[row + j] = utility(d, r);
            }
        }
        if (ktab) {
            checkSanity(t);
        }
        for (int r = 0; r < repCount; r++) {
            int col = reps[r];
            for (int i = 0; i < n; i++) {
                pceUtil[r * n + i] = ownU[i * n + col];
            }
        }
        pce.probabilities(cap, pceUtil, n, repCount, pceOut);
        for (int i = 0; i < n; i++) {
            reported[i] = pceOut[repOf[i]];
        }
        trace.state(t, n, ownU);
    }

    private void computeDistances() {
        double largest = 0;
        for (int i = 0; i < n; i++) {
            int ri = i * dims;
            for (int j = 0; j < n; j++) {
                int rj = j * dims;
                double num = 0;
                double den = 0;
                for (int k = 0; k < dims; k++) {
                    double s = sal[ri + k];
                    double x = s * (ideal[ri + k] - theta[rj + k]);
                    num += x * x;
                    den += s * s;
                }
                double d = Math.sqrt(num / den);
                dist[i * n + j] = d;
                distT[j * n + i] = d;
                largest = Math.max(largest, d);
            }
        }
        distancesAtMostOne = largest <= 1;
    }

    private boolean equivalent(int a, int b) {
        double sum = 0;
        for (int k = 0; k < dims; k++) {
            double x = theta[a * dims + k] - theta[b * dims + k];
            sum += x * x;
        }
        return Math.sqrt(sum) < EQUIVALENCE;
    }

    /** Finds the unique positions and, for each actor, the last one equivalent to it (§2.7, §9). */
    private void computeRepresentatives() {
        repCount = 0;
        for (int i = 0; i < n; i++) {
            boolean fresh = true;
            for (int r = 0; r < repCount && fresh; r++) {
                fresh = !equivalent(i, reps[r]);
            }
            if (fresh) {
                reps[repCount++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            int last = -1;
            for (int r = 0; r < repCount; r++) {
                if (equivalent(i, reps[r])) {
                    last = r;
                }
            }
            repOf[i] = last;
        }
    }

    private void computeRiskAttitudes(int t) {
        double[] p = new double[n];
        if (ktab) {
            for (int a = 0; a < n; a++) {
                for (int m = 0; m < n; m++) {
                    pceUtil[a * n + m] = utility(distT[a * n + m], 0);
                }
            }
            pce.probabilities(cap, pceUtil, n, n, p);
        } else {
            for (int r = 0; r < repCount; r++) {
                int col = reps[r];
                for (int m = 0; m < n; m++) {
                    pceUtil[r * n + m] = utility(distT[col * n + m], 0);
                }
            }
            pce.probabilities(cap, pceUtil, n, repCount, pceOut);
            for (int i = 0; i < n; i++) {
                p[i] = pceOut[repOf[i]];
            }
        }
        double pMin = p[0];
        double pMax = p[0];
        for (int i = 1; i < n; i++) {
            pMin = Math.min(pMin, p[i]);
            pMax = Math.max(pMax, p[i]);
        }
        if (!(pMax - pMin > 0)) {
            if (ktab) {
                throw new IllegalStateException("state " + t + ": every position has the same risk-neutral"
                        + " probability " + pMax + ", so risk attitudes divide by zero (p_max - p_min = "
                        + (pMax - pMin) + "); KTAB fails here; use Profile.MANDATE, which makes every actor risk"
                        + " neutral");
            }
            Arrays.fill(risk, 0.0);
            trace.riskAttitudes(t, p, risk);
            return;
        }
        for (int i = 0; i < n; i++) {
            risk[i] = range.riskAttitude(p[i], pMin, pMax);
        }
        trace.riskAttitudes(t, p, risk);
    }

    /** KTAB's sanity checks of §2.6: risk attitudes and perceptions must change the utilities. */
    private void checkSanity(int t) {
        double limit = SANITY_NORM * SANITY_NORM;
        double sum = 0;
        for (int x = 0; x < n * n && sum <= limit; x++) {
            double diff = utility(dist[x], 0) - trueU[x];
            sum += diff * diff;
        }
        if (Math.sqrt(sum) <= SANITY_NORM) {
            throw new IllegalStateException("state " + t + ": risk attitudes leave the utilities unchanged"
                    + " (Frobenius norm of U0 - U* is " + Math.sqrt(sum) + ", at most " + SANITY_NORM
                    + "); KTAB aborts here");
        }
        for (int h = 0; h < n; h++) {
            sum = 0;
            for (int i = 0; i < n && sum <= limit; i++) {
                double rho = adjust.perceive(risk[h], risk[i]);
                for (int j = 0; j < n; j++) {
                    double diff = utility(dist[i * n + j], rho) - trueU[i * n + j];
                    sum += diff * diff;
                }
            }
            if (Math.sqrt(sum) <= SANITY_NORM) {
                throw new IllegalStateException("state " + t + ": actor " + h + " (\"" + actorNames.get(h)
                        + "\") perceives every risk attitude correctly (Frobenius norm of its perception minus"
                        + " U* is " + Math.sqrt(sum) + ", at most " + SANITY_NORM + "); KTAB aborts here");
            }
        }
    }

    // ---------------------------------------------------------------- challenges (§4, §5)

    /** Fills the columns i and j and the diagonal of actor h's perception matrix. */
    private void perceptionColumns(int h, int i, int j) {
        for (int x = 0; x < n; x++) {
            rhoH[x] = adjust.perceive(risk[h], risk[x]);
        }
        for (int x = 0; x < n; x++) {
            double rho = rhoH[x];
            colI[x] = utility(distT[i * n + x], rho);
            colJ[x] = utility(distT[j * n + x], rho);
            diag[x] = utility(dist[x * n + x], rho);
        }
    }

    /**
     * Evaluates challenge i → j as seen by the owner of the perception columns, for actor k;
     * leaves P[i wins] in {@link #evalP} and k's expected gain in {@link #evalGain}.
     */
    private void evaluate(int i, int j, int k) {
        double ci = CHALLENGE_FLOOR;
        double cj = CHALLENGE_FLOOR;
        double vi = rule.vote(challengeWeight[i], colI[i], colJ[i]);
        if (vi > 0) {
            ci += vi;
        } else if (vi < 0) {
            cj += -vi;
        }
        double vj = rule.vote(challengeWeight[j], colI[j], colJ[j]);
        if (vj > 0) {
            ci += vj;
        } else if (vj < 0) {
            cj += -vj;
        }
        double bi = ci;
        double bj = cj;
        if (ktab) {
            if (commit == ThirdPartyCommit.SEMI_COMMIT && rule == VotingRule.PROP) {
                double[] votes = thirdPartyVotes;
                for (int m = 0; m < n; m++) {
                    double uni = colI[m];
                    double unj = colJ[m];
                    double unn = diag[m];
                    double w = challengeWeight[m];
                    double v0 = w * (uni - unj);
                    double bpi = bi + (v0 > 0 ? v0 : 0.0);
                    double bpj = bj + (v0 < 0 ? -v0 : 0.0);
                    double pi = bpi / (bpi + bpj);
                    double pib = 1 - pi;
                    double xi = pi * (uni + uni + unn) + pib * (unj + unj + unj);
                    double xj = pi * (uni + uni + uni) + pib * (unj + unj + unn);
                    votes[m] = w * (xi - xj);
                }
                votes[i] = 0;
                votes[j] = 0;
                for (int m = 0; m < n; m++) {
                    double vn = votes[m];
                    ci += Math.max(vn, 0.0);
                    cj += Math.max(-vn, 0.0);
                }
            } else if (commit == ThirdPartyCommit.SEMI_COMMIT) {
                for (int m = 0; m < n; m++) {
                    if (m == i || m == j) {
                        continue;
                    }
                    double uni = colI[m];
                    double unj = colJ[m];
                    double unn = diag[m];
                    double w = challengeWeight[m];
                    double v0 = rule.vote(w, uni, unj);
                    double bpi = bi + (v0 > 0 ? v0 : 0);
                    double bpj = bj + (v0 < 0 ? -v0 : 0);
                    double pi = bpi / (bpi + bpj);
                    double pib = 1 - pi;
                    double xi = pi * (uni + uni + unn) + pib * (unj + unj + unj);
                    double xj = pi * (uni + uni + uni) + pib * (unj + unj + unn);
                    double vn = rule.vote(w, xi, xj);
                    if (vn > 0) {
                        ci += vn;
                    } else if (vn < 0) {
                        cj += -vn;
                    }
                }
            }
        } else {
            for (int m = 0; m < n; m++) {
                if (m == i || m == j) {
                    continue;
                }
                double uni = colI[m];
                double unj = colJ[m];
                double unn = diag[m];
                double w = challengeWeight[m];
                double strength = Math.abs(rule.vote(w, uni, unj));
                double piI = Pce.victory(vpm, bi + strength, bj);
                double piJ = Pce.victory(vpm, bi, bj + strength);
                double xi;
                double xj;
                switch (commit) {
                    case SEMI_COMMIT:
                        xi = piI * (uni + uni + unn) + (1 - piI) * (unj + unj + unj);
                        xj = piJ * (uni + uni + uni) + (1 - piJ) * (unj + unj + unn);
                        break;
                    case NO_COMMIT:
                        xi = piI * (uni + uni + unn) + (1 - piI) * (unj + unj + unn);
                        xj = piJ * (uni + uni + unn) + (1 - piJ) * (unj + unj + unn);
                        break;
                    case FULL_COMMIT:
                        xi = piI * (uni + uni + uni) + (1 - piI) * (unj + unj + unj);
                        xj = piJ * (uni + uni + uni) + (1 - piJ) * (unj + unj + unj);
                        break;
                    default:
                        throw new AssertionError(commit);
                }
                double vn = rule.vote(w, xi, xj);
                if (vn > 0) {
                    ci += vn;
                } else if (vn < 0) {
                    cj += -vn;
                }
            }
        }
        double p;
        double pb;
        if (ktab) {
            p = ci / (ci + cj);
            pb = cj / (ci + cj);
        } else {
            p = Pce.victory(vpm, ci, cj);
            pb = Pce.victory(vpm, cj, ci);
        }
        double uki = colI[k];
        double ukj = colJ[k];
        double euSq = uki + ukj;
        double euV = uki + uki;
        double euL = ukj + ukj;
        double euC = p * euV + pb * euL;
        double sj = sigma[j];
        double euCh = (1 - sj) * euV + sj * euC;
        evalP = p;
        evalGain = euCh - euSq;
    }

    /**
     * Evaluates challenge i → j in i's own view, as {@link #evaluate} does for the KTAB profile
     * with {@code SEMI_COMMIT} and {@code PROP}, but computes column j of the perception matrix
     * on the fly and reuses the sums that depend on i only. Every operation and its order are
     * those of {@link #evaluate}, so the results are bit-identical.
     */
    private void evaluateKtabDefault(int i, int j) {
        int row = j * n;
        double[] w = challengeWeight;
        double[] votes = thirdPartyVotes;
        double uij = (1 - distT[row + i]) * (1 + distT[row + i] * rhoH[i]);
        double ujj = (1 - distT[row + j]) * (1 + distT[row + j] * rhoH[j]);
        double uii = colI[i];
        double uji = colI[j];
        double ci = CHALLENGE_FLOOR;
        double cj = CHALLENGE_FLOOR;
        double vi = w[i] * (uii - uij);
        if (vi > 0) {
            ci += vi;
        } else if (vi < 0) {
            cj += -vi;
        }
        double vj = w[j] * (uji - ujj);
        if (vj > 0) {
            ci += vj;
        } else if (vj < 0) {
            cj += -vj;
        }
        double bi = ci;
        double bj = cj;
        for (int m = 0; m < n; m++) {
            double d = distT[row + m];
            double unj = (1 - d) * (1 + d * rhoH[m]);
            double v0 = w[m] * (colI[m] - unj);
            double magnitude = Math.abs(v0);
            double bpi = bi + (v0 + magnitude) * 0.5;
            double bpj = bj + (magnitude - v0) * 0.5;
            double pi = bpi / (bpi + bpj);
            double pib = 1 - pi;
            double xi = pi * joinI[m] + pib * (unj + unj + unj);
            double xj = pi * stayI[m] + pib * (unj + unj + diag[m]);
            votes[m] = w[m] * (xi - xj);
        }
        votes[i] = 0;
        votes[j] = 0;
        for (int m = 0; m < n; m++) {
            double vn = votes[m];
            double magnitude = Math.abs(vn);
            ci += (vn + magnitude) * 0.5;
            cj += (magnitude - vn) * 0.5;
        }
        double p = ci / (ci + cj);
        double pb = cj / (ci + cj);
        double euSq = uii + uij;
        double euV = uii + uii;
        double euL = uij + uij;
        double euC = p * euV + pb * euL;
        double sj = sigma[j];
        double euCh = (1 - sj) * euV + sj * euC;
        evalP = p;
        evalGain = euCh - euSq;
    }

    /**
     * Evaluates challenge i → j in i's own view, as {@link #evaluate} does for the MANDATE
     * profile with the {@code LINEAR} VPM and {@code PROP}, with the same operations in the same
     * order (bit-identical results), computing column j of the perception matrix on the fly.
     */
    private void evaluateMandateLinear(int i, int j) {
        int row = j * n;
        double[] w = challengeWeight;
        double[] votes = thirdPartyVotes;
        double uij = (1 - distT[row + i]) * (1 + distT[row + i] * rhoH[i]);
        double ujj = (1 - distT[row + j]) * (1 + distT[row + j] * rhoH[j]);
        double uii = colI[i];
        double uji = colI[j];
        double ci = CHALLENGE_FLOOR;
        double cj = CHALLENGE_FLOOR;
        double vi = w[i] * (uii - uij);
        if (vi > 0) {
            ci += vi;
        } else if (vi < 0) {
            cj += -vi;
        }
        double vj = w[j] * (uji - ujj);
        if (vj > 0) {
            ci += vj;
        } else if (vj < 0) {
            cj += -vj;
        }
        double bi = ci;
        double bj = cj;
        double[] winI = commit == ThirdPartyCommit.FULL_COMMIT ? stayI : joinI;
        double[] winJ = commit == ThirdPartyCommit.NO_COMMIT ? joinI : stayI;
        boolean loseIStays = commit == ThirdPartyCommit.NO_COMMIT;
        boolean loseJStays = commit != ThirdPartyCommit.FULL_COMMIT;
        for (int m = 0; m < n; m++) {
            double d = distT[row + m];
            double unj = (1 - d) * (1 + d * rhoH[m]);
            double strength = Math.abs(w[m] * (colI[m] - unj));
            double bis = bi + strength;
            double bjs = bj + strength;
            double piI = bis / (bis + bj);
            double piJ = bi / (bi + bjs);
            double stay = unj + unj + diag[m];
            double move = unj + unj + unj;
            double xi = piI * winI[m] + (1 - piI) * (loseIStays ? stay : move);
            double xj = piJ * winJ[m] + (1 - piJ) * (loseJStays ? stay : move);
            votes[m] = w[m] * (xi - xj);
        }
        votes[i] = 0;
        votes[j] = 0;
        for (int m = 0; m < n; m++) {
            double vn = votes[m];
            double magnitude = Math.abs(vn);
            ci += (vn + magnitude) * 0.5;
            cj += (magnitude - vn) * 0.5;
        }
        double p = ci / (ci + cj);
        double pb = cj / (cj + ci);
        double euSq = uii + uij;
        double euV = uii + uii;
        double euL = uij + uij;
        double euC = p * euV + pb * euL;
        double sj = sigma[j];
        double euCh = (1 - sj) * euV + sj * euC;
        evalP = p;
        evalGain = euCh - euSq;
    }

    // ---------------------------------------------------------------- one turn (§3)

    private double[] turn(int t) {
        int[] target = new int[n];
        double[] winProb = new double[n];
        double[] gain = new double[n];
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < n; x++) {
                rhoH[x] = adjust.perceive(risk[i], risk[x]);
            }
            for (int x = 0; x < n; x++) {
                colI[x] = utility(distT[i * n + x], rhoH[x]);
                diag[x] = utility(dist[x * n + x], rhoH[x]);
            }
            boolean fastKtab = fastPaths && ktab && commit == ThirdPartyCommit.SEMI_COMMIT
                    && rule == VotingRule.PROP && distancesAtMostOne;
            boolean fastMandate = fastPaths && !ktab && vpm == VictoryProbModel.LINEAR && rule == VotingRule.PROP
                    && distancesAtMostOne;
            if (fastKtab || fastMandate) {
                for (int x = 0; x < n; x++) {
                    joinI[x] = colI[x] + colI[x] + diag[x];
                    stayI[x] = colI[x] + colI[x] + colI[x];
                }
            }
            searchBest = -1;
            searchChosen = -1;
            searchP = 0;
            if (pruning) {
                // Targets by descending bound. A gain is at most its bound, so once a bound is below the
                // best gain no later target can win; one equal to it could only tie, and a tie goes to
                // the lower index.
                int size = heapOfTargets(i);
                while (size > 0) {
                    int j = targetHeap[0];
                    size = popTarget(size);
                    double bound = gainBound[j];
                    if (bound < searchBest) {
                        break;
                    }
                    if (bound == searchBest && j > searchChosen) {
                        continue;
                    }
                    challenge(i, j, fastKtab, fastMandate);
                }
            } else {
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        challenge(i, j, fastKtab, fastMandate);
                    }
                }
            }
            target[i] = searchChosen;
            winProb[i] = searchP;
            gain[i] = searchBest;
        }
        Proposals proposals = new Proposals(n);
        for (int i = 0; i < n; i++) {
            int j = target[i];
            if (j < 0) {
                continue;
            }
            double[] initI = new double[dims];
            double[] initJ = new double[dims];
            interpolate(i, j, winProb[i], initI, initJ);
            if (bargainModel == BargainModel.INIT_ONLY_INTERP) {
                proposals.add(i, j, winProb[i], gain[i], initI, initJ);
                continue;
            }
            perceptionColumns(j, i, j);
            evaluate(i, j, i);
            double receiverP = ktab ? evalGain : evalP;
            double[] rcvrI = new double[dims];
            double[] rcvrJ = new double[dims];
            interpolate(i, j, receiverP, rcvrI, rcvrJ);
            if (bargainModel == BargainModel.INIT_RCVR_INTERP) {
                proposals.add(i, j, winProb[i], gain[i], initI, initJ);
                proposals.add(i, j, receiverP, gain[i], rcvrI, rcvrJ);
            } else {
                double wInit = cap[i] * sigma[i];
                double wRcvr = ktab ? cap[i] * sigma[j] : cap[j] * sigma[j];
                double[] bI = new double[dims];
                double[] bJ = new double[dims];
                for (int k = 0; k < dims; k++) {
                    bI[k] = (wInit * initI[k] + wRcvr * rcvrI[k]) / (wInit + wRcvr);
                    bJ[k] = (wInit * initJ[k] + wRcvr * rcvrJ[k]) / (wInit + wRcvr);
                }
                proposals.add(i, j, winProb[i], gain[i], bI, bJ);
            }
        }
        return resolve(t, proposals);
    }

    /**
     * Fills {@link #gainBound} with a bound on initiator i's gain from challenging each target,
     * and {@link #targetHeap} with the targets whose bound exceeds {@link #MIN_GAIN}, as a heap
     * that gives them by descending bound, so that good targets come early and set a high best
     * against which the rest are skipped. Returns the heap's size. Needs {@link #rhoH} and
     * {@link #colI} filled for i.
     *
     * <p><b>The bound.</b> Let a = u_i(θ_i) ({@code colI[i]}) and b = u_i(θ_j) (the value
     * {@link #evaluate} reads as {@code colJ[i]}), both in i's perception, s = σ_j ∈ (0, 1], and
     * let p and q be the P[i wins] and P[j wins] of the challenge. Every evaluation computes
     * <pre>
     *   gain = (1 − s)·2a + s·(p·2a + q·2b) − (a + b).
     * </pre>
     * Both p and q are x/(x + y) and y/(x + y) (the same denominator: KTAB's formula, or a
     * Linear, Square, Quartic or Octic VPM) with x, y ≥ 10⁻⁸⁰ (powers of coalition sums that
     * start at 10⁻¹⁰), so exactly one of three things holds:
     * <ol>
     *   <li>x + y is finite, p and q lie in [0, 1] and p + q = 1 + δ with |δ| ≤ 3ε
     *   (ε = 2⁻⁵³); then gain = (a − b)(1 − 2sq) + 2sa·δ, and as 0 ≤ 2sq ≤ 2 the first term
     *   is at most |a − b|;</li>
     *   <li>x + y overflows, p = q = 0, and gain = a − b − 2sa, at most
     *   |a − b| + 2s·max(0, −a);</li>
     *   <li>x or y is infinite and the gain is NaN, which never wins.</li>
     * </ol>
     * In floating point each of the about ten roundings adds at most a few ε·max(|a|, |b|),
     * less than 64ε·max(|a|, |b|) in all (Higham's standard model; no term exceeds
     * 4·max(|a|, |b|) in magnitude), so the computed gain is at most
     * <pre>
     *   bound = |a − b| + 2s·max(0, −a) + 2⁻⁴⁰·(|a| + |b|),
     * </pre>
     * whose slack is 2¹³ times the error and also absorbs the rounding of the bound itself.
     * (Utilities below 2⁻¹⁰⁰⁰, where underflow breaks the relative model, give gains far
     * under {@link #MIN_GAIN} and are skipped as such.) A NaN bound is never skipped.
     */
    private int heapOfTargets(int i) {
        double a = colI[i];
        double shortfall = Math.max(0.0, -a);
        int size = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double b = utility(distT[j * n + i], rhoH[i]);
            double bound = Math.abs(a - b) + 2 * sigma[j] * shortfall + BOUND_SLACK * (Math.abs(a) + Math.abs(b));
            gainBound[j] = bound;
            // A gain at most MIN_GAIN never wins; a NaN bound stays in the heap and comes out first.
            if (!(bound <= MIN_GAIN)) {
                targetHeap[size++] = j;
            }
        }
        for (int x = size / 2 - 1; x >= 0; x--) {
            siftDown(x, size);
        }
        return size;
    }

    /** Removes the top of the target heap of {@code size} targets and returns the new size. */
    private int popTarget(int size) {
        targetHeap[0] = targetHeap[size - 1];
        siftDown(0, size - 1);
        return size - 1;
    }

    private void siftDown(int x, int size) {
        int[] heap = targetHeap;
        int j = heap[x];
        while (true) {
            int child = 2 * x + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], j)) {
                break;
            }
            heap[x] = heap[child];
            x = child;
        }
        heap[x] = j;
    }

    /** Whether target a comes out of the heap before b: the greater bound first (NaN first), then the lower index. */
    private boolean before(int a, int b) {
        int order = Double.compare(gainBound[a], gainBound[b]);
        return order > 0 || order == 0 && a < b;
    }

    /**
     * Evaluates initiator i's challenge to j and keeps it if it is the best so far: the greatest gain above
     * MIN_GAIN wins and, of equal gains, the lowest target, which is the choice of the search in ascending target
     * order with a strict comparison.
     */
    private void challenge(int i, int j, boolean fastKtab, boolean fastMandate) {
        challengesEvaluated++;
        if (fastKtab) {
            evaluateKtabDefault(i, j);
        } else if (fastMandate) {
            evaluateMandateLinear(i, j);
        } else {
            for (int y = 0; y < n; y++) {
                colJ[y] = utility(distT[j * n + y], rhoH[y]);
            }
            evaluate(i, j, i);
        }
        if (evalGain > MIN_GAIN && (evalGain > searchBest || evalGain == searchBest && j < searchChosen)) {
            searchBest = evalGain;
            searchChosen = j;
            searchP = evalP;
        }
    }

    /** Places the bargain between i and j given P[i wins] (§6, §12 InterVecBrgn). */
    private void interpolate(int i, int j, double pI, double[] outI, double[] outJ) {
        double pJ = 1 - pI;
        for (int k = 0; k < dims; k++) {
            double si = sal[i * dims + k];
            double sj = sal[j * dims + k];
            double xi = theta[i * dims + k];
            double xj = theta[j * dims + k];
            if (interpolation == BargainInterpolation.S2PMAX) {
                double di = Math.max(0, pJ - pI);
                double dj = Math.max(0, pI - pJ);
                double si2 = si * si;
                double sj2 = sj * sj;
                outI[k] = xi + di * sj2 / (di * sj2 + BARGAIN_EPSILON + (1 - di) * si2) * (xj - xi);
                outJ[k] = xj + dj * si2 / (dj * si2 + BARGAIN_EPSILON + (1 - dj) * sj2) * (xi - xj);
                continue;
            }
            double wI;
            double wJ;
            if (interpolation == BargainInterpolation.S2P2) {
                wI = (si * si) * (pI * pI);
                wJ = (sj * sj) * (pJ * pJ);
            } else {
                wI = si * pI;
                wJ = sj * pJ;
            }
            double den = wI + BARGAIN_EPSILON + wJ;
            outI[k] = round4(((wI + BARGAIN_EPSILON) * xi + wJ * xj) / den);
            outJ[k] = round4((wI * xi + (BARGAIN_EPSILON + wJ) * xj) / den);
        }
    }

    /** Actor a's utility for a point x, from its ideal and with its true risk attitude (§7). */
    private double pointUtility(int a, double[] x) {
        double num = 0;
        double den = 0;
        int ra = a * dims;
        for (int k = 0; k < dims; k++) {
            double s = sal[ra + k];
            double y = s * (ideal[ra + k] - x[k]);
            num += y * y;
            den += s * s;
        }
        return utility(Math.sqrt(num / den), risk[a]);
    }

    /** Resolves every actor's queue (§7) and returns the new positions. */
    private double[] resolve(int t, Proposals proposals) {
        double[] base = ktab ? ownU : trueU;
        double[] sqScore = new double[n];
        for (int a = 0; a < n; a++) {
            double sum = 0;
            for (int m = 0; m < n; m++) {
                sum += base[a * n + m];
            }
            sqScore[a] = checkScore(t, sum / n, a, -1);
        }
        int count = proposals.size;
        double[][] score = new double[count][n];
        int[] initiators = proposals.initiator;
        int[] receivers = proposals.receiver;
        double[] sums = new double[count];
        for (int a = 0; a < n; a++) {
            // Each proposal's sum is added up in the order of the memo's formula (its two points, then
            // the other positions by index); running all proposals' sums side by side only lets them
            // overlap in time.
            for (int p = 0; p < count; p++) {
                double sum = 0;
                sum += pointUtility(a, proposals.initiatorPoint[p]);
                sum += pointUtility(a, proposals.receiverPoint[p]);
                sums[p] = sum;
            }
            int ra = a * n;
            for (int m = 0; m < n; m++) {
                double u = base[ra + m];
                for (int p = 0; p < count; p++) {
                    if (m != initiators[p] && m != receivers[p]) {
                        sums[p] += u;
                    }
                }
            }
            for (int p = 0; p < count; p++) {
                score[p][a] = sums[p] / n;
            }
        }
        for (int p = 0; p < count; p++) {
            for (int a = 0; a < n; a++) {
                checkScore(t, score[p][a], a, p);
            }
        }
        double[] next = theta.clone();
        double[] probInInit = new double[count];
        double[] probInRecv = new double[count];
        boolean[] chosenByInit = new boolean[count];
        boolean[] chosenByRecv = new boolean[count];
        int[] queue = new int[count + 1];
        for (int k = 0; k < n; k++) {
            int size = 0;
            queue[size++] = -1;
            for (int p = 0; p < count; p++) {
                if (proposals.initiator[p] == k || proposals.receiver[p] == k) {
                    queue[size++] = p;
                }
            }
            for (int e = 0; e < size; e++) {
                double[] col = queue[e] < 0 ? sqScore : score[queue[e]];
                System.arraycopy(col, 0, pceUtil, e * n, n);
            }
            pce.probabilities(cap, pceUtil, n, size, pceOut);
            int pick = choose(size);
            for (int e = 1; e < size; e++) {
                int p = queue[e];
                if (proposals.initiator[p] == k) {
                    probInInit[p] = pceOut[e];
                    chosenByInit[p] = e == pick;
                } else {
                    probInRecv[p] = pceOut[e];
                    chosenByRecv[p] = e == pick;
                }
            }
            trace.statusQuo(t, k, pceOut[0], pick == 0);
            if (pick > 0) {
                int p = queue[pick];
                double[] point = proposals.initiator[p] == k ? proposals.initiatorPoint[p]
                        : proposals.receiverPoint[p];
                System.arraycopy(point, 0, next, k * dims, dims);
            }
        }
        for (int p = 0; p < count; p++) {
            trace.proposal(t, proposals.initiator[p], proposals.receiver[p], proposals.winProbability[p],
                    proposals.gain[p], proposals.initiatorPoint[p].clone(), proposals.receiverPoint[p].clone(),
                    probInInit[p], chosenByInit[p], probInRecv[p], chosenByRecv[p]);
        }
        return next;
    }

    private double checkScore(int t, double w, int actor, int proposal) {
        if (ktab && !(w > 0 && w <= 1)) {
            throw new IllegalStateException("turn " + t + ": actor " + actor + " (\"" + actorNames.get(actor)
                    + "\") scores " + (proposal < 0 ? "the status quo" : "proposal " + proposal) + " at " + w
                    + ", outside (0, 1]; KTAB aborts here");
        }
        return w;
    }

    /** Picks a queue entry from the probabilities in {@link #pceOut} (§7, §12). */
    private int choose(int size) {
        if (options.stateTransitions() == StateTransitions.DETERMINISTIC) {
            int best = 0;
            for (int e = 1; e < size; e++) {
                if (pceOut[e] > pceOut[best]) {
                    best = e;
                }
            }
            return best;
        }
        double r = rng.nextDouble();
        double cumulative = 0;
        for (int e = 0; e < size; e++) {
            cumulative += pceOut[e];
            if (cumulative >= r) {
                return e;
            }
        }
        return size - 1;
    }

    /** Moves the ideals toward the new positions (§3 step 4). */
    private void updateIdeals() {
        Accommodation accommodation = options.accommodation();
        if (accommodation instanceof Accommodation.Identity) {
            ideal = theta.clone();
        } else if (accommodation instanceof Accommodation.Diagonal diagonal) {
            double rate = diagonal.rate();
            for (int x = 0; x < n * dims; x++) {
                ideal[x] = rate * theta[x] + (1 - rate) * ideal[x];
            }
        } else {
            Accommodation.Matrix matrix = (Accommodation.Matrix) accommodation;
            double[] next = new double[n * dims];
            for (int i = 0; i < n; i++) {
                double total = 0;
                for (int j = 0; j < n; j++) {
                    total += matrix.weight(i, j);
                }
                double keep = 1 - Math.min(1, total);
                for (int k = 0; k < dims; k++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += matrix.weight(i, j) * theta[j * dims + k];
                    }
                    next[i * dims + k] = sum + keep * ideal[i * dims + k];
                }
            }
            ideal = next;
        }
    }

    private SmpResult buildResult(int turns, StopReason stop, int cyclePeriod, List<double[]> thetas,
            List<double[]> ideals, List<double[]> probabilities, List<Double> ratios) {
        int states = thetas.size();
        double[][][] pos = new double[states][n][dims];
        double[][][] idl = new double[states][n][dims];
        double[][] prob = new double[states][];
        for (int s = 0; s < states; s++) {
            double[] th = thetas.get(s);
            double[] q = ideals.get(s);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < dims; k++) {
                    pos[s][i][k] = th[i * dims + k] * 100;
                    idl[s][i][k] = q[i * dims + k] * 100;
                }
            }
            prob[s] = probabilities.get(s);
        }
        double[] changeRatios = new double[ratios.size()];
        for (int x = 0; x < changeRatios.length; x++) {
            changeRatios[x] = ratios.get(x);
        }
        return new SmpResult(options, actorNames, dimensionNames, turns, stop, cyclePeriod, pos, idl, prob,
                changeRatios);
    }

    /** The proposals of one turn, in queue order (ascending initiator). */
    private static final class Proposals {
        final int[] initiator;
        final int[] receiver;
        final double[] winProbability;
        final double[] gain;
        final double[][] initiatorPoint;
        final double[][] receiverPoint;
        int size;

        Proposals(int n) {
            int capacity = 2 * n;
            initiator = new int[capacity];
            receiver = new int[capacity];
            winProbability = new double[capacity];
            gain = new double[capacity];
            initiatorPoint = new double[capacity][];
            receiverPoint = new double[capacity][];
        }

        void add(int i, int j, double p, double g, double[] bI, double[] bJ) {
            initiator[size] = i;
            winProbability[size] = p;
            receiver[size] = j;
            gain[size] = g;
            initiatorPoint[size] = bI;
            receiverPoint[size] = bJ;
            size++;
        }
    }
}
