/**
 * Legitimacy brokerage (mechanism 8): an organization with a standing field office convenes the parties and helps a
 * new government form, since no member objects to that (memo, section 'OSCE: From Helsinki to Osh (and Back
 * Again)').
 */
package org.mandate.core.mechanism.brokerage;
