package org.mandate.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShapleyTest {
    /** The glove game: player 0 holds a left glove, players 1 and 2 a right one; a pair is worth 1. */
    private static double[] gloves() {
        double[] v = new double[8];
        for (int s = 0; s < 8; s++) {
            v[s] = (s & 1) != 0 && (s & 6) != 0 ? 1 : 0;
        }
        return v;
    }

    @Test
    void gloveGame_givesTheScarceGloveTwoThirds_andTheOthersASixthEach() {
        double[] phi = Shapley.values(3, gloves());
        assertThat(phi[0]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(phi[1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(phi[2]).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void values_sumToTheGrandCoalitionLessTheEmptyOne_efficiency() {
        int n = 6;
        double[] v = new double[1 << n];
        for (int s = 0; s < v.length; s++) {
            // an arbitrary game with a non-zero empty coalition: interactions between bits
            v[s] = 3 + Integer.bitCount(s) * Integer.bitCount(s & 0b101010) - 2.5 * ((s >> 1) & 1) * (s & 1)
                    + (s == 0b111111 ? 7 : 0);
        }
        double sum = 0;
        for (double phi : Shapley.values(n, v)) {
            sum += phi;
        }
        assertThat(sum).isCloseTo(v[v.length - 1] - v[0], within(1e-9));
    }

    @Test
    void playersThatAddTheSameToEveryCoalition_getTheSameValue_symmetry() {
        // players 1 and 2 are interchangeable in the glove game
        double[] phi = Shapley.values(3, gloves());
        assertThat(phi[1]).isEqualTo(phi[2]);
    }

    @Test
    void aPlayerThatAddsNothing_getsZero() {
        double[] v = new double[16];
        for (int s = 0; s < 16; s++) {
            // player 3 is a dummy: the worth depends on players 0-2 only
            v[s] = gloves()[s & 7];
        }
        double[] phi = Shapley.values(4, v);
        assertThat(phi[3]).isZero();
        assertThat(phi[0]).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void fifteenPlayers_aMajorityGame_splitsTheWorthEvenly() {
        int n = 15;
        double[] v = new double[1 << n];
        for (int s = 0; s < v.length; s++) {
            v[s] = Integer.bitCount(s) >= 8 ? 1 : 0;
        }
        for (double phi : Shapley.values(n, v)) {
            assertThat(phi).isCloseTo(1.0 / 15, within(1e-12));
        }
    }

    @Test
    void wrongNumberOfValues_isRejected_namingTheExpectedCount() {
        assertThatThrownBy(() -> Shapley.values(3, new double[7])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2^3 = 8 coalition values, got 7");
        assertThatThrownBy(() -> Shapley.values(21, new double[1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("players must be 0 to 20, was 21");
    }
}
