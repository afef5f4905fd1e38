package org.mandate.core.mechanism.choice;

/**
 * Lead-state dominance: the lead state's preferred feasible level is the organization's. Without a lead state among
 * the voters the body falls back to consensus.
 */
public record LeadStateDominance() implements DecisionRule {
    @Override
    public int decide(Ballot ballot) {
        if (ballot.lead() < 0) {
            return ballot.bestAcceptable(0);
        }
        return ballot.ideal(ballot.lead());
    }

    @Override
    public String id() {
        return "lead-state";
    }

    @Override
    public String describe() {
        return "lead-state dominance: the lead state's preferred level prevails";
    }
}
