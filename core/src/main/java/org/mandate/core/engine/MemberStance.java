package org.mandate.core.engine;

import java.util.List;
import java.util.Map;

/**
 * A member's stance in one decision, for explanations: its utility for each level, its preferred level, the levels
 * it objects to, and what each interest contributed.
 *
 * @param actor         state id
 * @param voting        whether it sat in the decision
 * @param weight        its capability
 * @param utility       utility for levels 0 to 4 (levels without an instrument included)
 * @param ideal         its preferred feasible level
 * @param objects       levels it objects to
 * @param contributions by mechanism id, the contribution to each level 0 to 4
 */
public record MemberStance(String actor, boolean voting, double weight, double[] utility, int ideal,
                           List<Integer> objects, Map<String, double[]> contributions) {
}
