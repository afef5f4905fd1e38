package org.mandate.core.mechanism.stance;

/**
 * One interest's or one mechanism's contribution to a member's utility for each level of response.
 */
public interface StanceTerm {

    /** The mechanism id this term belongs to (as in {@code data/mechanisms.yaml}). */
    String mechanism();

    /**
     * Adds this term's contribution for each level 1 to 4 to {@code utility} (index = level); level 0, doing
     * nothing, is the reference and gets no contribution.
     */
    void addTo(StanceInput in, double[] utility);

    /** One line saying why this term moves the member, given its contribution to the level in question. */
    String explain(StanceInput in, int level, double contribution);
}
