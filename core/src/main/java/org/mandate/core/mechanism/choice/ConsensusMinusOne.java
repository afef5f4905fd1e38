package org.mandate.core.mechanism.choice;

/**
 * Consensus minus one: a level is blocked only when two or more voters object.
 */
public record ConsensusMinusOne() implements DecisionRule {
    @Override
    public int decide(Ballot ballot) {
        return ballot.bestAcceptable(1);
    }

    @Override
    public String id() {
        return "consensus-minus-one";
    }

    @Override
    public String describe() {
        return "consensus minus one: a level is blocked only by two or more objections";
    }
}
