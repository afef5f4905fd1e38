package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every KTAB reference input with KTAB's defaults and compares the run with KTAB's
 * recorded outputs, at the tolerances the reference runs document.
 */
class KtabCompatibilityTest {

    private static final double POSITION_TOLERANCE = 1e-6;
    private static final double DETAIL_TOLERANCE = 1e-12;

    static Stream<String> allReferences() {
        return KtabReference.ALL.stream();
    }

    static Stream<String> detailedReferences() {
        return KtabReference.DETAILED.stream();
    }

    @ParameterizedTest
    @MethodSource("allReferences")
    void ktabDefaults_reproduceTurnsStopReasonAndEveryPosition(String name) {
        KtabReference ref = KtabReference.load(name);
        SmpResult result = SmpModel.run(ref.read(), SmpOptions.ktabDefaults());

        assertThat(result.turns()).as("%s: turns", name).isEqualTo(ref.turns());
        assertThat(result.stopReason()).as("%s: stop reason", name).isEqualTo(ref.stopReason());
        assertThat(ref.positionRows()).hasSize(result.states() * result.actorNames().size()
                * result.dimensionNames().size());
        for (double[] row : ref.positionRows()) {
            int t = (int) row[0];
            int i = (int) row[1];
            int k = (int) row[2];
            double ours = result.position(t, i, k);
            if (!(Math.abs(ours - row[3]) <= POSITION_TOLERANCE)) {
                fail("%s: first differing position at turn %d, actor %d, dimension %d: KTAB %s, ours %s", name, t, i,
                        k, row[3], ours);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allReferences")
    void ktabDefaults_reproduceWinningProbabilitiesAtFourDecimals(String name) {
        KtabReference ref = KtabReference.load(name);
        SmpResult result = SmpModel.run(ref.read(), SmpOptions.ktabDefaults());

        assertThat(ref.probabilityRows()).hasSize(result.states() * result.actorNames().size());
        for (double[] row : ref.probabilityRows()) {
            int t = (int) row[0];
            int i = (int) row[1];
            double ours = round4(result.probability(t, i));
            if (!(Math.abs(ours - row[2]) < 1e-9)) {
                fail("%s: first differing probability at turn %d, actor %d: KTAB %s, ours %s (%s)", name, t, i, row[2],
                        ours, result.probability(t, i));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allReferences")
    void ktabDefaults_reproduceChangeRatiosAtFourDecimals(String name) {
        KtabReference ref = KtabReference.load(name);
        SmpResult result = SmpModel.run(ref.read(), SmpOptions.ktabDefaults());

        double[] ours = new double[result.turns()];
        for (int t = 1; t <= result.turns(); t++) {
            ours[t - 1] = round4(result.changeRatio(t));
        }
        assertThat(ours).as(name).containsExactly(ref.changeRatios(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @MethodSource("detailedReferences")
    void ktabDefaults_reproduceEveryUtility(String name) throws IOException {
        KtabReference ref = KtabReference.load(name);
        Map<Integer, double[]> utilities = new HashMap<>();
        int[] size = new int[1];
        SmpModel.run(ref.read(), SmpOptions.ktabDefaults(), KtabReference.random(), new Trace() {
            @Override
            public void state(int turn, int n, double[] ownUtilities) {
                utilities.put(turn, ownUtilities.clone());
                size[0] = n;
            }
        });
        List<double[]> rows = KtabReference.rows(name + ".utilities.csv");
        assertThat(rows).hasSize(utilities.size() * size[0] * size[0]);
        for (double[] row : rows) {
            int t = (int) row[0];
            int i = (int) row[1];
            int j = (int) row[2];
            double ours = utilities.get(t)[i * size[0] + j];
            if (!(Math.abs(ours - row[3]) <= DETAIL_TOLERANCE)) {
                fail("%s: first differing utility at turn %d, actor %d for %d: KTAB %s, ours %s", name, t, i, j,
                        row[3], ours);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("detailedReferences")
    void ktabDefaults_reproduceEveryProposalGainAndQueueProbability(String name) throws IOException {
        KtabReference ref = KtabReference.load(name);
        Map<String, double[]> ours = new HashMap<>();
        SmpModel.run(ref.read(), SmpOptions.ktabDefaults(), KtabReference.random(), new Trace() {
            @Override
            public void statusQuo(int turn, int actor, double probability, boolean chosen) {
                ours.put(turn + "," + actor + "," + actor, new double[] {Double.NaN, probability, chosen ? 1 : 0,
                    Double.NaN, Double.NaN});
            }

            @Override
            public void proposal(int turn, int initiator, int receiver, double winProbability, double deltaEu,
                    double[] initiatorPoint, double[] receiverPoint, double probInInitiatorQueue,
                    boolean chosenByInitiator, double probInReceiverQueue, boolean chosenByReceiver) {
                ours.put(turn + "," + initiator + "," + receiver, new double[] {deltaEu, probInInitiatorQueue,
                    chosenByInitiator ? 1 : 0, probInReceiverQueue, chosenByReceiver ? 1 : 0});
            }
        });
        List<double[]> rows = KtabReference.rows(name + ".bargains.csv");
        assertThat(ours).as("%s: proposal and status-quo rows", name).hasSize(rows.size());
        assertThat(rows.stream().filter(r -> r[1] != r[2]).count()).as("%s: proposals", name)
                .isEqualTo(ref.proposalsTotal());
        Map<String, List<double[]>> queues = new HashMap<>();
        for (double[] row : rows) {
            String key = (int) row[0] + "," + (int) row[1] + "," + (int) row[2];
            double[] mine = ours.get(key);
            assertThat(mine).as("%s: our row %s", name, key).isNotNull();
            for (int c : new int[] {3, 4, 6}) {
                if (Double.isNaN(row[c])) {
                    continue;
                }
                if (!(Math.abs(mine[c - 3] - row[c]) <= DETAIL_TOLERANCE)) {
                    fail("%s: row %s column %d differs: KTAB %s, ours %s", name, key, c, row[c], mine[c - 3]);
                }
            }
            queues.computeIfAbsent((int) row[0] + "," + (int) row[1], q -> new ArrayList<>())
                    .add(new double[] {row[4], row[5], mine[2]});
            if (row[1] != row[2]) {
                queues.computeIfAbsent((int) row[0] + "," + (int) row[2], q -> new ArrayList<>())
                        .add(new double[] {row[6], row[7], mine[4]});
            }
        }
        for (Map.Entry<String, List<double[]>> queue : queues.entrySet()) {
            double max = queue.getValue().stream().mapToDouble(e -> e[0]).max().orElseThrow();
            long top = queue.getValue().stream().filter(e -> e[0] == max).count();
            if (top == 1) {
                for (double[] entry : queue.getValue()) {
                    assertThat(entry[2]).as("%s: choice in queue %s", name, queue.getKey()).isEqualTo(entry[1]);
                }
            }
        }
    }

    static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
