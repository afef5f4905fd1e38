/**
 * Lead-state reluctance (mechanism 3): members, above all the lead state that would carry most of the burden, fear an
 * open-ended mission with no clear purpose or end (memo, section 'CSTO: Moscow's Reluctance, Member Concerns').
 */
package org.mandate.core.mechanism.reluctance;
