package org.mandate.core.mechanism.choice;

/**
 * Consensus: any one voter's objection blocks a level. Among the levels no one objects to, the body settles on the
 * one with the greatest capability-weighted utility (memo, section 'SCO: China's Passivity and the Problem of
 * Deliberative Norms').
 */
public record Consensus() implements DecisionRule {
    @Override
    public int decide(Ballot ballot) {
        return ballot.bestAcceptable(0);
    }

    @Override
    public String id() {
        return "consensus";
    }

    @Override
    public String describe() {
        return "consensus: any member's objection blocks a level";
    }
}
