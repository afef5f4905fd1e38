package org.mandate.core.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The explained outcome of one (episode, organization) cell.
 *
 * @param episode          episode id
 * @param organization     organization id
 * @param member           whether the host was a member
 * @param decided          decided level 0-4
 * @param implemented      implemented level 0-4
 * @param stage            the stage that set the outcome: the one that lowered the implemented level below the
 *                         decided one if any, else the one that set the decided level
 * @param decidedStage     the stage that set the decided level
 * @param implementedStage the stage that set the implemented level
 * @param demand           the highest level asked for or wanted by any voter, before the gates
 * @param pivotal          actors whose stance alone, made indifferent, would change the outcome
 * @param pivotalPairs     when no actor is pivotal alone, pairs of actors whose stances, made indifferent together,
 *                         would change it (tried among objectors, leading supporters, the host and local actors)
 * @param reasons          the reasons, in pipeline order
 * @param stances          the members' stances
 * @param deployment       what happened on the ground
 */
public record Outcome(String episode, String organization, boolean member, int decided, int implemented, Stage stage,
                      Stage decidedStage, Stage implementedStage, int demand, List<String> pivotal,
                      List<List<String>> pivotalPairs, List<Reason> reasons, List<MemberStance> stances, Deployment deployment) {

    /** One line saying why: the reason given by the stage that set the outcome. */
    public String headline() {
        String want = switch (stage) {
            case MEMBERSHIP -> "membership";
            case AGENDA_GATE -> "agenda-gate";
            case MANDATE_GATE -> "mandate-gate";
            case HOST_CONSENT -> "host-consent";
            case LOCAL_VETO -> "local-veto";
            case IMPLEMENTATION -> "implementation";
            case COLLECTIVE_CHOICE -> null;
        };
        if (want != null) {
            for (Reason r : reasons) {
                if (r.mechanism().equals(want)) {
                    return r.text();
                }
            }
        }
        String marker = decided < demand ? " object" : " wants level";
        for (Reason r : reasons) {
            if (r.actor() != null && r.text().contains(marker)) {
                return r.text();
            }
        }
        for (Reason r : reasons) {
            if (r.mechanism().equals("collective-choice")) {
                return r.text();
            }
        }
        return reasons.isEmpty() ? "" : reasons.get(0).text();
    }

    /**
     * The implementation of the decided level.
     *
     * @param decidedOn     the day of the decision, or null
     * @param deployed      whether the decided instrument was deployed
     * @param deployedOn    when, or null
     * @param stalledMonths months it was held up
     * @param size          its size as decided (0 when not stated)
     * @param finalSize     its size after cuts
     */
    public record Deployment(LocalDate decidedOn, boolean deployed, LocalDate deployedOn, int stalledMonths, int size,
                             int finalSize) {
    }
}
