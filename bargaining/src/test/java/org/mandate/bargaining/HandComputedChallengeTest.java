package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recomputes turn 0 of a three-actor case by hand, straight from the formulas of
 * SMP-ALGORITHM §1-§6 and §12 and from the documented fixes, and compares the engine's targets,
 * win probabilities, gains and receiver-side estimates with it. With three actors every
 * challenge has exactly one third party, so the third-party rule and the profile's treatment
 * of it show directly.
 */
class HandComputedChallengeTest {

    private static final double[] CAP = {40, 25, 35};
    private static final double[] POS = {0.2, 0.5, 0.9};
    private static final double[] SAL = {0.8, 0.6, 0.7};
    private static final SmpInput INPUT = SmpInput.of(List.of("A", "B", "C"), CAP,
            new double[][] {{POS[0]}, {POS[1]}, {POS[2]}}, new double[][] {{SAL[0]}, {SAL[1]}, {SAL[2]}});

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (Profile profile : Profile.values()) {
            for (VictoryProbModel vpm : List.of(VictoryProbModel.LINEAR, VictoryProbModel.SQUARE)) {
                for (ThirdPartyCommit commit : ThirdPartyCommit.values()) {
                    cases.add(Arguments.of(profile, vpm, commit));
                }
            }
        }
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void turnZeroChallenges_matchTheHandComputation(Profile profile, VictoryProbModel vpm, ThirdPartyCommit commit) {
        SmpOptions options = SmpOptions.ktabDefaults().withProfile(profile).withVictoryProbModel(vpm)
                .withThirdPartyCommit(commit);
        Hand hand = new Hand(profile, vpm, commit);
        List<TraceRecorder.Proposal> proposals = TraceRecorder.record(INPUT, options).proposals(0);

        int made = 0;
        for (int i = 0; i < 3; i++) {
            int best = -1;
            double bestGain = -1;
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    double gain = hand.challenge(i, i, j, i)[1];
                    if (gain > 1e-5 && gain > bestGain) {
                        best = j;
                        bestGain = gain;
                    }
                }
            }
            if (best < 0) {
                continue;
            }
            TraceRecorder.Proposal p = proposals.get(made++);
            assertThat(p.initiator()).isEqualTo(i);
            assertThat(p.receiver()).as("target of %d", i).isEqualTo(best);
            assertThat(p.deltaEu()).as("gain of %d", i).isCloseTo(bestGain, within(1e-12));
            assertThat(p.winProbability()).as("P_I of %d", i).isCloseTo(hand.challenge(i, i, best, i)[0],
                    within(1e-12));
        }
        assertThat(proposals).hasSize(made);
        assertThat(made).isPositive();
    }

    @Test
    void ktabThirdParties_neverContributeUnderNoCommitOrFullCommit() {
        for (ThirdPartyCommit commit : List.of(ThirdPartyCommit.NO_COMMIT, ThirdPartyCommit.FULL_COMMIT)) {
            Hand hand = new Hand(Profile.KTAB, VictoryProbModel.LINEAR, commit);
            assertThat(hand.thirdPartyVote(0, 0, 1, 2)).as("%s", commit).isZero();
        }
        Hand semi = new Hand(Profile.KTAB, VictoryProbModel.LINEAR, ThirdPartyCommit.SEMI_COMMIT);
        assertThat(semi.thirdPartyVote(0, 0, 1, 2)).isNotZero();
    }

    @Test
    void mandateThirdParties_contributeUnderEveryCommitment() {
        for (ThirdPartyCommit commit : ThirdPartyCommit.values()) {
            Hand hand = new Hand(Profile.MANDATE, VictoryProbModel.LINEAR, commit);
            assertThat(hand.thirdPartyVote(0, 0, 1, 2)).as("%s", commit).isNotZero();
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void receiverInterpolation_usesAGainUnderKtabAndAProbabilityUnderMandate(Profile profile) {
        SmpOptions options = SmpOptions.ktabDefaults().withProfile(profile)
                .withBargainModel(BargainModel.INIT_RCVR_INTERP);
        Hand hand = new Hand(profile, VictoryProbModel.LINEAR, ThirdPartyCommit.SEMI_COMMIT);
        List<TraceRecorder.Proposal> proposals = TraceRecorder.record(INPUT, options).proposals(0);

        assertThat(proposals.size()).isEven().isPositive();
        for (int x = 0; x < proposals.size(); x += 2) {
            TraceRecorder.Proposal receiverVersion = proposals.get(x + 1);
            int i = receiverVersion.initiator();
            int j = receiverVersion.receiver();
            double[] seenByJ = hand.challenge(j, i, j, i);
            double expected = profile == Profile.KTAB ? seenByJ[1] : seenByJ[0];
            assertThat(receiverVersion.winProbability()).as("%d -> %d", i, j).isCloseTo(expected, within(1e-12));
            double[] point = hand.s2p2(i, j, expected);
            assertThat(receiverVersion.initiatorPoint()[0]).isCloseTo(point[0], within(1e-12));
            assertThat(receiverVersion.receiverPoint()[0]).isCloseTo(point[1], within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void pairwiseComposite_weightsTheReceiverVersionWithTheProfilesCapability(Profile profile) {
        SmpOptions base = SmpOptions.ktabDefaults().withProfile(profile);
        List<TraceRecorder.Proposal> both = TraceRecorder.record(INPUT,
                base.withBargainModel(BargainModel.INIT_RCVR_INTERP)).proposals(0);
        List<TraceRecorder.Proposal> composite = TraceRecorder.record(INPUT,
                base.withBargainModel(BargainModel.PW_COMP_INTERP)).proposals(0);

        assertThat(composite).hasSize(both.size() / 2);
        for (int x = 0; x < composite.size(); x++) {
            TraceRecorder.Proposal init = both.get(2 * x);
            TraceRecorder.Proposal rcvr = both.get(2 * x + 1);
            int i = init.initiator();
            int j = init.receiver();
            double wInit = CAP[i] * SAL[i];
            double wRcvr = profile == Profile.KTAB ? CAP[i] * SAL[j] : CAP[j] * SAL[j];
            double expected = (wInit * init.initiatorPoint()[0] + wRcvr * rcvr.initiatorPoint()[0]) / (wInit + wRcvr);
            assertThat(composite.get(x).initiatorPoint()[0]).isCloseTo(expected, within(1e-12));
        }
    }

    static Stream<Profile> profiles() {
        return Stream.of(Profile.values());
    }

    /** The hand computation, written plainly from the formulas. */
    private static final class Hand {
        final Profile profile;
        final VictoryProbModel vpm;
        final ThirdPartyCommit commit;
        final double[][] d = new double[3][3];
        final double[] risk = new double[3];

        Hand(Profile profile, VictoryProbModel vpm, ThirdPartyCommit commit) {
            this.profile = profile;
            this.vpm = vpm;
            this.commit = commit;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    d[i][j] = Math.abs(POS[i] - POS[j]);
                }
            }
            double[][] s = new double[3][3];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    s[a][b] = 1e-8;
                    for (int m = 0; m < 3; m++) {
                        s[a][b] += Math.max(0, CAP[m] * ((1 - d[m][a]) - (1 - d[m][b])));
                    }
                }
            }
            double[] pi = new double[3];
            double total = 0;
            for (int a = 0; a < 3; a++) {
                pi[a] = 1;
                for (int b = 0; b < 3; b++) {
                    pi[a] *= a == b ? 0.5 : v(s[a][b], s[b][a]);
                }
                total += pi[a];
            }
            double pMin = Double.MAX_VALUE;
            double pMax = -Double.MAX_VALUE;
            for (int a = 0; a < 3; a++) {
                pi[a] /= total;
                pMin = Math.min(pMin, pi[a]);
                pMax = Math.max(pMax, pi[a]);
            }
            for (int a = 0; a < 3; a++) {
                risk[a] = (3 * pi[a] - pMax - 2 * pMin) / (2 * (pMax - pMin));
            }
        }

        double v(double sa, double sb) {
            double xa = vpm == VictoryProbModel.SQUARE ? sa * sa : sa;
            double xb = vpm == VictoryProbModel.SQUARE ? sb * sb : sb;
            return xa / (xa + xb);
        }

        /** Actor h's perceived utility, for actor n, of actor x's position. */
        double u(int h, int n, int x) {
            double rho = (2 * risk[h] + risk[n]) / 3;
            return (1 - d[n][x]) * (1 + d[n][x] * rho);
        }

        double w(int n) {
            return CAP[n] * SAL[n];
        }

        /** Third party n's vote for i's side in h's view of challenge i -> j (one third party). */
        double thirdPartyVote(int h, int i, int j, int n) {
            double bi = 1e-10 + Math.max(0, w(i) * (u(h, i, i) - u(h, i, j))) + Math.max(0, w(j) * (u(h, j, i)
                    - u(h, j, j)));
            double bj = 1e-10 + Math.max(0, -w(i) * (u(h, i, i) - u(h, i, j))) + Math.max(0, -w(j) * (u(h, j, i)
                    - u(h, j, j)));
            double uni = u(h, n, i);
            double unj = u(h, n, j);
            double unn = u(h, n, n);
            double v0 = w(n) * (uni - unj);
            double piI;
            double piJ;
            if (profile == Profile.KTAB) {
                piI = (bi + Math.max(v0, 0)) / (bi + bj + Math.abs(v0));
                piJ = piI;
            } else {
                piI = v(bi + Math.abs(v0), bj);
                piJ = v(bi, bj + Math.abs(v0));
            }
            double xi;
            double xj;
            switch (commit) {
                case SEMI_COMMIT -> {
                    xi = piI * (2 * uni + unn) + (1 - piI) * 3 * unj;
                    xj = piJ * 3 * uni + (1 - piJ) * (2 * unj + unn);
                }
                case NO_COMMIT -> {
                    xi = piI * (2 * uni + unn) + (1 - piI) * (2 * unj + unn);
                    xj = piJ * (2 * uni + unn) + (1 - piJ) * (2 * unj + unn);
                }
                default -> {
                    xi = piI * 3 * uni + (1 - piI) * 3 * unj;
                    xj = piJ * 3 * uni + (1 - piJ) * 3 * unj;
                }
            }
            return w(n) * (xi - xj);
        }

        /** Returns {P[i wins], k's expected gain} for challenge i -> j as h sees it. */
        double[] challenge(int h, int i, int j, int k) {
            double vi = w(i) * (u(h, i, i) - u(h, i, j));
            double vj = w(j) * (u(h, j, i) - u(h, j, j));
            int n = 3 - i - j;
            double vn = thirdPartyVote(h, i, j, n);
            double ci = 1e-10 + Math.max(vi, 0) + Math.max(vj, 0) + Math.max(vn, 0);
            double cj = 1e-10 + Math.max(-vi, 0) + Math.max(-vj, 0) + Math.max(-vn, 0);
            double p = profile == Profile.KTAB ? ci / (ci + cj) : v(ci, cj);
            double uki = u(h, k, i);
            double ukj = u(h, k, j);
            double contest = p * 2 * uki + (1 - p) * 2 * ukj;
            double gain = (1 - SAL[j]) * 2 * uki + SAL[j] * contest - (uki + ukj);
            return new double[] {p, gain};
        }

        /** Returns the S2P2 bargain {b_i, b_j} for i's challenge of j given P[i wins]. */
        double[] s2p2(int i, int j, double p) {
            double wi = SAL[i] * SAL[i] * p * p;
            double wj = SAL[j] * SAL[j] * (1 - p) * (1 - p);
            double den = wi + 1e-6 + wj;
            return new double[] {Engine.round4(((wi + 1e-6) * POS[i] + wj * POS[j]) / den),
                Engine.round4((wi * POS[i] + (1e-6 + wj) * POS[j]) / den)};
        }
    }
}
