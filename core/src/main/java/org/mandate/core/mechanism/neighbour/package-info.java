/**
 * Neighbour veto (mechanism 4): a state that counts the crisis area as its own sphere wants the crisis contained but
 * opposes a lasting third-party presence there (memo, section 'CSTO: Moscow's Reluctance, Member Concerns').
 */
package org.mandate.core.mechanism.neighbour;
