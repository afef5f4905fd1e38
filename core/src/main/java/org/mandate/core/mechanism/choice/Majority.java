package org.mandate.core.mechanism.choice;

/**
 * Majority: one vote per member; the level chosen is the median of the voters' preferred levels, which a majority
 * prefers to any other on the ordinal scale.
 */
public record Majority() implements DecisionRule {
    @Override
    public int decide(Ballot ballot) {
        int n = ballot.voters();
        if (n == 0) {
            return 0;
        }
        int[] count = new int[Ballot.LEVELS];
        for (int v = 0; v < n; v++) {
            count[ballot.ideal(v)]++;
        }
        // the lower median: the highest level that at least half the voters want at least
        int atLeast = 0;
        for (int l = Ballot.LEVELS - 1; l >= 0; l--) {
            atLeast += count[l];
            if (2 * atLeast > n) {
                return l;
            }
        }
        return 0;
    }

    @Override
    public String id() {
        return "majority";
    }

    @Override
    public String describe() {
        return "majority: the level a majority of members wants at least";
    }
}
