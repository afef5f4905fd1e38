/**
 * Regime solidarity (mechanism 2): members that fear the same fate back an incumbent under pressure, or condemn an
 * unconstitutional change, and do nothing more (memo, section 'CSTO: Moscow's Reluctance, Member Concerns').
 */
package org.mandate.core.mechanism.solidarity;
