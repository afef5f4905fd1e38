package org.mandate.bargaining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trace that keeps everything a run reports, for tests. */
final class TraceRecorder implements Trace {

    /** One proposal as the trace reported it. */
    record Proposal(int turn, int initiator, int receiver, double winProbability, double deltaEu,
            double[] initiatorPoint, double[] receiverPoint, double probInInitiatorQueue, boolean chosenByInitiator,
            double probInReceiverQueue, boolean chosenByReceiver) {
    }

    /** One status-quo entry as the trace reported it. */
    record StatusQuo(int turn, int actor, double probability, boolean chosen) {
    }

    final Map<Integer, double[]> ownUtilities = new HashMap<>();
    final Map<Integer, double[]> riskNeutralP = new HashMap<>();
    final Map<Integer, double[]> riskAttitudes = new HashMap<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<StatusQuo> statusQuos = new ArrayList<>();

    @Override
    public void state(int turn, int n, double[] own) {
        ownUtilities.put(turn, own.clone());
    }

    @Override
    public void riskAttitudes(int turn, double[] p, double[] risk) {
        riskNeutralP.put(turn, p.clone());
        riskAttitudes.put(turn, risk.clone());
    }

    @Override
    public void statusQuo(int turn, int actor, double probability, boolean chosen) {
        statusQuos.add(new StatusQuo(turn, actor, probability, chosen));
    }

    @Override
    public void proposal(int turn, int initiator, int receiver, double winProbability, double deltaEu,
            double[] initiatorPoint, double[] receiverPoint, double probInInitiatorQueue, boolean chosenByInitiator,
            double probInReceiverQueue, boolean chosenByReceiver) {
        proposals.add(new Proposal(turn, initiator, receiver, winProbability, deltaEu, initiatorPoint, receiverPoint,
                probInInitiatorQueue, chosenByInitiator, probInReceiverQueue, chosenByReceiver));
    }

    List<Proposal> proposals(int turn) {
        return proposals.stream().filter(p -> p.turn() == turn).toList();
    }

    StatusQuo statusQuo(int turn, int actor) {
        return statusQuos.stream().filter(s -> s.turn() == turn && s.actor() == actor).findFirst().orElseThrow();
    }

    static TraceRecorder record(SmpInput input, SmpOptions options) {
        TraceRecorder recorder = new TraceRecorder();
        SmpModel.run(input, options, KtabReference.random(), recorder);
        return recorder;
    }
}
