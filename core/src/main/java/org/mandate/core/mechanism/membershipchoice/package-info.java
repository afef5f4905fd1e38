/**
 * Membership choice (memo, 'Organizations to Guarantee Regional Security or Regime Survival Vehicles?'): governments
 * join, renew, suspend and leave overlapping organizations for regime survival, rents and recognition, within the
 * charters' own rules on exit and suspension.
 */
package org.mandate.core.mechanism.membershipchoice;
