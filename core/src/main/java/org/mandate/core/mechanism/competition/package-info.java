/**
 * Mechanism 12, great-power competition (memo, 'Conclusion: Regional Security Organizations and Central Asia's Weak
 * States'): outside powers offer security assistance, court the states where their rivals have influence, answer a
 * rival's base with their own and offer hosts money to evict a rival.
 */
package org.mandate.core.mechanism.competition;
