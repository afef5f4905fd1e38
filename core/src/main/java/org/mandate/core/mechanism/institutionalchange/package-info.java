/**
 * Institutional change after failure (memo, sections 'CSTO: Moscow's Reluctance, Member Concerns' and the
 * conclusion): an organization whose inaction cost it its members' confidence may change the rule that stopped it.
 */
package org.mandate.core.mechanism.institutionalchange;
