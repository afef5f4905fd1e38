package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks turn 0 of {@code dummyData_3Dim} against the worked numbers of SMP-ALGORITHM §10, one
 * mechanism at a time: risk attitudes, targets and bargains, queues, reported probabilities.
 */
class WorkedExampleTest {

    private final SmpInput input = KtabReference.load("dummyData_3Dim").read();
    private final TraceRecorder trace = TraceRecorder.record(input, SmpOptions.ktabDefaults());

    @Test
    void riskNeutralPce_givesTheWorkedProbabilitiesAndRiskAttitudes() {
        assertThat(trace.riskNeutralP.get(0)).containsExactly(new double[] {0.001803, 0.020916, 0.002055, 0.107784,
            0.705384, 0.127574, 0.034483}, within(5e-7));
        assertThat(trace.riskAttitudes.get(0)).containsExactly(new double[] {-0.5, -0.459251, -0.499462, -0.274054,
            1.0, -0.231862, -0.430327}, within(5e-7));
    }

    @Test
    void challenges_pickTheWorkedTargetsWithTheirProbabilitiesGainsAndPoints() {
        List<TraceRecorder.Proposal> proposals = trace.proposals(0);
        int[][] pairs = {{0, 6}, {1, 0}, {2, 6}, {3, 0}, {4, 0}, {5, 1}, {6, 1}};
        double[] pI = {0.764309, 0.796420, 0.833442, 0.805608, 0.583594, 0.851036, 0.396973};
        double[] gain = {0.094735, 0.280999, 0.471133, 0.283872, 0.011577, 0.298633, 0.028584};
        assertThat(proposals).hasSize(7);
        for (int x = 0; x < 7; x++) {
            TraceRecorder.Proposal p = proposals.get(x);
            assertThat(new int[] {p.initiator(), p.receiver()}).containsExactly(pairs[x]);
            assertThat(p.winProbability()).as("P_I of %d", x).isCloseTo(pI[x], within(5e-7));
            assertThat(p.deltaEu()).as("gain of %d", x).isCloseTo(gain[x], within(5e-7));
        }
        assertThat(scaled(proposals.get(0).initiatorPoint())).containsExactly(new double[] {75.61, 24.78, 71.95},
                within(1e-9));
        assertThat(scaled(proposals.get(0).receiverPoint())).containsExactly(new double[] {75.61, 24.79, 71.95},
                within(1e-9));
        assertThat(scaled(proposals.get(4).receiverPoint())).containsExactly(new double[] {79.54, 44.71, 72.05},
                within(1e-9));
    }

    @Test
    void queues_giveTheWorkedProbabilitiesAndChoices() {
        assertThat(trace.statusQuo(0, 0).probability()).isCloseTo(0.0004, within(5e-5));
        assertThat(trace.statusQuo(0, 2).probability()).isCloseTo(0.6347, within(5e-5));
        assertThat(trace.statusQuo(0, 2).chosen()).isTrue();
        TraceRecorder.Proposal fourToZero = trace.proposals(0).get(4);
        assertThat(fourToZero.probInReceiverQueue()).isCloseTo(0.4968, within(5e-5));
        assertThat(fourToZero.chosenByReceiver()).isTrue();
        TraceRecorder.Proposal zeroToSix = trace.proposals(0).get(0);
        assertThat(zeroToSix.probInInitiatorQueue()).isCloseTo(0.2938, within(5e-5));
        assertThat(zeroToSix.chosenByInitiator()).isFalse();
        assertThat(zeroToSix.probInReceiverQueue()).isCloseTo(0.6634, within(5e-5));
        assertThat(zeroToSix.chosenByReceiver()).isTrue();
    }

    @Test
    void firstTurn_movesByTheWorkedAmountAndReportsTheWorkedProbabilities() {
        SmpResult result = SmpModel.run(input, SmpOptions.ktabDefaults());
        double move = 0;
        for (int i = 0; i < 7; i++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double d = (result.position(1, i, k) - result.position(0, i, k)) / 100;
                sum += d * d;
            }
            move += Math.sqrt(sum);
        }
        assertThat(move).isCloseTo(0.8739226, within(5e-8));
        double[] reported = new double[7];
        for (int i = 0; i < 7; i++) {
            reported[i] = KtabCompatibilityTest.round4(result.probability(0, i));
        }
        assertThat(reported).containsExactly(new double[] {0.0047, 0.0302, 0.0054, 0.1492, 0.6001, 0.1447, 0.0656},
                within(1e-9));
    }

    private static double[] scaled(double[] point) {
        double[] x = new double[point.length];
        for (int k = 0; k < point.length; k++) {
            x[k] = point[k] * 100;
        }
        return x;
    }
}
