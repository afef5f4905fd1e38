package org.mandate.bargaining;

/**
 * A probabilistic Condorcet election over a set of options, with reusable scratch space.
 *
 * <p>Given one weight per voter and each voter's utility for each option, it builds the
 * pairwise coalition strengths, turns them into victory probabilities with the
 * {@link VictoryProbModel}, and those into one probability per option with the
 * {@link PceModel} (SMP-ALGORITHM §1.4 and §12). An instance is used by one run only.
 */
final class Pce {

    /** The floor every coalition strength starts from. */
    static final double COALITION_FLOOR = 1e-8;

    private static final int MARKOV_ITERATION_CAP = 1_000_000;

    private final VotingRule rule;
    private final VictoryProbModel vpm;
    private final PceModel model;
    private double[] strength = new double[0];
    private double[] victory = new double[0];
    private double[] scratch = new double[0];
    private double[] scratch2 = new double[0];

    Pce(VotingRule rule, VictoryProbModel vpm, PceModel model) {
        this.rule = rule;
        this.vpm = vpm;
        this.model = model;
    }

    /**
     * Returns the probability of each option.
     *
     * @param weights  one vote weight per voter
     * @param util     utilities by option, {@code util[a * voters + m]} for option a and voter m
     * @param voters   number of voters
     * @param options  number of options
     * @param out      receives the probabilities; length at least {@code options}
     */
    void probabilities(double[] weights, double[] util, int voters, int options, double[] out) {
        ensure(options);
        double[] s = strength;
        double[] v = victory;
        for (int a = 0; a < options; a++) {
            s[a * options + a] = COALITION_FLOOR;
            v[a * options + a] = 0.5;
            int ra = a * voters;
            int b = 0;
            if (rule == VotingRule.PROP) {
                // Two pairs at a time: four independent sums, each in voter order, so they overlap in time.
                for (; b + 1 < a; b += 2) {
                    int rb = b * voters;
                    int rc = rb + voters;
                    double sab = COALITION_FLOOR;
                    double sba = COALITION_FLOOR;
                    double sac = COALITION_FLOOR;
                    double sca = COALITION_FLOOR;
                    for (int m = 0; m < voters; m++) {
                        double wm = weights[m];
                        double ua = util[ra + m];
                        double x = wm * (ua - util[rb + m]);
                        double y = wm * (ua - util[rc + m]);
                        double mx = Math.abs(x);
                        double my = Math.abs(y);
                        sab += (x + mx) * 0.5;
                        sba += (mx - x) * 0.5;
                        sac += (y + my) * 0.5;
                        sca += (my - y) * 0.5;
                    }
                    store(a, b, options, sab, sba);
                    store(a, b + 1, options, sac, sca);
                }
            }
            for (; b < a; b++) {
                int rb = b * voters;
                double sab = COALITION_FLOOR;
                double sba = COALITION_FLOOR;
                if (rule == VotingRule.PROP) {
                    for (int m = 0; m < voters; m++) {
                        double x = weights[m] * (util[ra + m] - util[rb + m]);
                        double magnitude = Math.abs(x);
                        sab += (x + magnitude) * 0.5;
                        sba += (magnitude - x) * 0.5;
                    }
                } else {
                    for (int m = 0; m < voters; m++) {
                        double x = rule.vote(weights[m], util[ra + m], util[rb + m]);
                        if (x > 0) {
                            sab += x;
                        } else if (x < 0) {
                            sba += -x;
                        }
                    }
                }
                store(a, b, options, sab, sba);
            }
        }
        switch (model) {
            case CONDITIONAL:
                conditional(options, out);
                break;
            case MARKOV_UNIFORM:
                markovUniform(options, out);
                break;
            case MARKOV_INCENTIVE:
                markovIncentive(options, out);
                break;
            default:
                throw new AssertionError(model);
        }
    }

    private void store(int a, int b, int options, double sab, double sba) {
        strength[a * options + b] = sab;
        strength[b * options + a] = sba;
        victory[a * options + b] = victory(vpm, sab, sba);
        victory[b * options + a] = victory(vpm, sba, sab);
    }

    /** Returns the probability that a side of strength {@code sa} beats one of strength {@code sb}. */
    static double victory(VictoryProbModel vpm, double sa, double sb) {
        switch (vpm) {
            case LINEAR:
                return sa / (sa + sb);
            case SQUARE: {
                double xa = sa * sa;
                double xb = sb * sb;
                return xa / (xa + xb);
            }
            case QUARTIC: {
                double xa = sa * sa;
                double xb = sb * sb;
                xa *= xa;
                xb *= xb;
                return xa / (xa + xb);
            }
            case OCTIC: {
                double xa = sa * sa;
                double xb = sb * sb;
                xa *= xa;
                xb *= xb;
                xa *= xa;
                xb *= xb;
                return xa / (xa + xb);
            }
            case BINARY: {
                double xa;
                double xb;
                if (sa >= 1.1 * sb) {
                    xa = 1;
                    xb = 1e-6;
                } else if (sb >= 1.1 * sa) {
                    xa = 1e-6;
                    xb = 1;
                } else {
                    double tau = 1.1;
                    double r = sa / (sa + sb);
                    xa = (r * (tau + 1) - 1) / (tau - 1);
                    xb = 1 - xa;
                }
                return xa / (xa + xb);
            }
            default:
                throw new AssertionError(vpm);
        }
    }

    private void conditional(int m, double[] out) {
        double[] v = victory;
        double total = 0;
        for (int a = 0; a < m; a++) {
            double pi = 1;
            int row = a * m;
            for (int b = 0; b < m; b++) {
                pi *= v[row + b];
            }
            out[a] = pi;
        }
        for (int a = 0; a < m; a++) {
            total += out[a];
        }
        if (!(total > 0)) {
            throw new IllegalStateException("the conditional PCE over " + m + " options underflowed: every product"
                    + " of victory probabilities is " + total);
        }
        for (int a = 0; a < m; a++) {
            out[a] = out[a] / total;
        }
    }

    private void markovUniform(int m, double[] out) {
        double[] v = victory;
        double[] p = out;
        double[] q = scratch;
        for (int a = 0; a < m; a++) {
            p[a] = 1.0 / m;
        }
        for (int iteration = 0; ; iteration++) {
            if (iteration == MARKOV_ITERATION_CAP) {
                throw new IllegalStateException("the MarkovUniform PCE did not converge to 1e-6 in "
                        + MARKOV_ITERATION_CAP + " iterations");
            }
            double change = 0;
            for (int a = 0; a < m; a++) {
                double sum = 0;
                for (int b = 0; b < m; b++) {
                    sum += v[a * m + b] * (p[a] + p[b]);
                }
                q[a] = sum / m;
                change = Math.max(change, Math.abs(q[a] - p[a]));
            }
            for (int a = 0; a < m; a++) {
                p[a] = (p[a] + q[a]) / 2;
            }
            if (change <= 1e-6) {
                return;
            }
        }
    }

    private void markovIncentive(int m, double[] out) {
        double[] v = victory;
        double[] s = strength;
        double[] c = scratch2;
        for (int b = 0; b < m; b++) {
            double column = 0;
            for (int x = 0; x < m; x++) {
                column += incentive(s, v, m, x, b);
            }
            for (int a = 0; a < m; a++) {
                c[a * m + b] = incentive(s, v, m, a, b) / column;
            }
        }
        double[] p = out;
        double[] q = scratch;
        for (int a = 0; a < m; a++) {
            p[a] = 1.0 / m;
        }
        for (int iteration = 0; ; iteration++) {
            if (iteration == MARKOV_ITERATION_CAP) {
                throw new IllegalStateException("the MarkovIncentive PCE did not converge to 1e-8 in "
                        + MARKOV_ITERATION_CAP + " iterations");
            }
            double change = 0;
            for (int a = 0; a < m; a++) {
                double sum = 0;
                for (int b = 0; b < m; b++) {
                    sum += v[a * m + b] * (p[a] * c[b * m + a] + p[b] * c[a * m + b]);
                }
                q[a] = sum;
                change = Math.max(change, Math.abs(q[a] - p[a]));
            }
            for (int a = 0; a < m; a++) {
                p[a] = (p[a] + q[a]) / 2;
            }
            if (change <= 1e-8) {
                return;
            }
        }
    }

    private static double incentive(double[] s, double[] v, int m, int a, int b) {
        double n = s[a * m + b] * v[a * m + b];
        return a == b ? n + 1e-10 : n;
    }

    private void ensure(int options) {
        int size = options * options;
        if (strength.length < size) {
            strength = new double[size];
            victory = new double[size];
            scratch2 = new double[size];
        }
        if (scratch.length < options) {
            scratch = new double[options];
        }
    }
}
