/**
 * The mandate gate (mechanism 1): an organization acts only on the threat types its mandate names (memo, section
 * 'CSTO: Moscow's Reluctance, Member Concerns').
 */
package org.mandate.core.mechanism.mandate;
