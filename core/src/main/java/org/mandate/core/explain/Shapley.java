package org.mandate.core.explain;

/**
 * Exact Shapley values of a cooperative game with up to 20 players, given by its value on every coalition.
 *
 * <p>Player {@code i} is bit {@code i} of a coalition's index; {@code value[coalition]} is the coalition's worth. The
 * Shapley value of player {@code i} is the average, over every order in which the players could join, of what
 * {@code i} adds to the coalition it joins: the sum over coalitions S without i of
 * |S|! (n - |S| - 1)! / n! · (v(S ∪ {i}) - v(S)). The values sum to v(all) - v(none) (efficiency), two players that
 * add the same to every coalition get the same value (symmetry), and a player that adds nothing gets 0.
 */
public final class Shapley {
    private Shapley() {
    }

    /**
     * The Shapley value of each of {@code n} players.
     *
     * @param n     number of players, 0 to 20
     * @param value the worth of every coalition, indexed by its bit set; length 2^n
     * @throws IllegalArgumentException if {@code n} is out of range or {@code value} has the wrong length
     */
    public static double[] values(int n, double[] value) {
        if (n < 0 || n > 20) {
            throw new IllegalArgumentException("players must be 0 to 20, was " + n);
        }
        if (value.length != 1 << n) {
            throw new IllegalArgumentException("expected 2^" + n + " = " + (1 << n) + " coalition values, got "
                    + value.length);
        }
        // weight[s] = s! (n - s - 1)! / n!, computed as a product to stay exact enough for n up to 20
        double[] weight = new double[Math.max(n, 1)];
        for (int s = 0; s < n; s++) {
            double w = 1.0 / n;
            for (int j = 1; j <= s; j++) {
                w *= (double) j / (n - j);
            }
            weight[s] = w;
        }
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            double sum = 0;
            for (int s = 0; s < value.length; s++) {
                if ((s & bit) == 0) {
                    double gain = value[s | bit] - value[s];
                    if (gain != 0) {
                        sum += weight[Integer.bitCount(s)] * gain;
                    }
                }
            }
            phi[i] = sum;
        }
        return phi;
    }
}
