/**
 * Mechanism 10, forum shopping and rents (memo, 'Organizations to Guarantee Regional Security or Regime Survival
 * Vehicles?'): small states seek rents and equipment and play outside powers off one another; a host raises a
 * base's price by courting a rival power.
 */
package org.mandate.core.mechanism.forumshopping;
