/**
 * Collective choice (mechanism 6): how an organization's deciding body turns its members' stances into one level,
 * under its decision rule.
 *
 * <p>Each rule is a record of the sealed {@link org.mandate.core.mechanism.choice.DecisionRule}. A rule sees a
 * {@link org.mandate.core.mechanism.choice.Ballot}: the voters' weights, their utility for each level and which levels
 * each objects to, and the levels that are feasible after the gates. The memo grounds the rules in its sections on
 * the SCO's consensus norm and the CSTO's dependence on Moscow.
 */
package org.mandate.core.mechanism.choice;
