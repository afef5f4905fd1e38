/**
 * Credibility after a crisis (memo, sections 'CSTO: Moscow's Reluctance, Member Concerns' and 'SCO: China's
 * Passivity and the Problem of Deliberative Norms'): an organization's response, or its failure to respond, changes
 * how much its members think it is worth.
 */
package org.mandate.core.mechanism.credibility;
