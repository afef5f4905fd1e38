package org.mandate.core.mechanism.choice;

/**
 * How a deciding body turns its members' stances into one level of response.
 */
public sealed interface DecisionRule permits Consensus, ConsensusMinusOne, Majority, LeadStateDominance, Bargaining {

    /** The chosen level, 0 to 4, among the ballot's feasible levels. */
    int decide(Ballot ballot);

    /** The rule's id in scenario files. */
    String id();

    /** One line saying how the rule decides. */
    String describe();

    /** The rule with the given id, or null when there is none. */
    static DecisionRule byId(String id) {
        return switch (id) {
            case "consensus" -> new Consensus();
            case "consensus-minus-one" -> new ConsensusMinusOne();
            case "majority" -> new Majority();
            case "lead-state" -> new LeadStateDominance();
            default -> null;
        };
    }

    /** The ids of all rules, for messages. */
    static String ids() {
        return "consensus, consensus-minus-one, majority, lead-state";
    }
}
