package org.mandate.core.mechanism.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BargainingTest {

    /** Three voters over levels 0-2: two strong members want 2, a weak one wants 1 and objects to 2. */
    private static Ballot ballot() {
        Ballot b = new Ballot(3);
        b.reset(3);
        double[][] u = {{0, 0.1, 0.4}, {0, 0.1, 0.4}, {0, 0.1, -0.06}};
        double[] w = {0.4, 0.4, 0.05};
        for (int v = 0; v < 3; v++) {
            b.weight(v, w[v]);
            for (int l = 0; l < 5; l++) {
                double ul = l < 3 ? u[v][l] : -1;
                b.stance(v, l, ul, ul < -0.05);
            }
        }
        b.feasible(1, true);
        b.feasible(2, true);
        return b;
    }

    @Test
    void consensus_withoutBargaining_isBlockedByTheWeakObjector() {
        assertThat(new Consensus().decide(ballot())).isEqualTo(1);
    }

    @Test
    void bargaining_pressesTheReluctantMemberTowardsTheStrong_andItsObjectionFalls() {
        Bargaining b = new Bargaining(new Consensus());
        Bargaining.Result r = b.bargain(ballot());
        assertThat(r.before()).containsExactly(2, 2, 1);
        assertThat(r.after()[2]).isGreaterThan(1.5);
        assertThat(r.movers()).containsExactly(2);
        assertThat(r.ballot().objects(2, 2)).isFalse();
        assertThat(b.decide(ballot())).isEqualTo(2);
    }

    @Test
    void bargaining_amongMembersThatAgree_changesNothing() {
        Ballot agree = new Ballot(2);
        agree.reset(2);
        for (int v = 0; v < 2; v++) {
            agree.weight(v, 1);
            agree.stance(v, 1, 0.2, false);
        }
        agree.feasible(1, true);
        Bargaining.Result r = new Bargaining(new Majority()).bargain(agree);
        assertThat(r.turns()).isZero();
        assertThat(r.ballot()).isSameAs(agree);
    }

    @Test
    void bargaining_describesItselfThenTheRule_andCannotWrapItself() {
        assertThat(new Bargaining(new Majority()).describe()).isEqualTo("members bargain first (spatial model of "
                + "politics), then majority: the level a majority of members wants at least");
        assertThatThrownBy(() -> new Bargaining(new Bargaining(new Consensus())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bargaining needs a plain decision rule to apply after it, was Bargaining[");
    }
}
