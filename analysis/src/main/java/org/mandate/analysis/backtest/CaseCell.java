package org.mandate.analysis.backtest;

/**
 * One scored cell of a case: an organization in an episode, what it did and what the model says.
 *
 * @param episode      the episode id
 * @param organization the organization id
 * @param decided      the observed decided level
 * @param implemented  the observed implemented level
 * @param model        the model's prediction
 */
public record CaseCell(String episode, String organization, Observed decided, Observed implemented,
                       Prediction model) {
    /** Checks that nothing is missing. */
    public CaseCell {
        if (episode == null || organization == null || decided == null || implemented == null || model == null) {
            throw new IllegalArgumentException("a case cell needs episode, organization, both observed measures and"
                    + " the model's prediction");
        }
    }

    /** Whether the case file says the host was not a member (in either measure). */
    public boolean observedNotMember() {
        return decided instanceof Observed.NotMember || implemented instanceof Observed.NotMember;
    }
}
