/**
 * Member stances (DOMAIN, mechanisms 2, 3, 4, 7 and 8, and the standing interests): each member's utility for each
 * level of response, built from its weighted interests, and the levels it objects to.
 *
 * <p>A stance is the sum of the contributions of {@link org.mandate.core.mechanism.stance.StanceTerm}s, one class per
 * interest or mechanism. A member objects to a level when that level leaves it worse off than doing nothing by more
 * than {@link org.mandate.core.mechanism.stance.MemberStances#OBJECTION_MARGIN}.
 */
package org.mandate.core.mechanism.stance;
