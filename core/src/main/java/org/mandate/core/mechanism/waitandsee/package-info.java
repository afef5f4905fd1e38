/**
 * Wait-and-see (mechanism 7): a member takes no position on a new government until its composition is clear (memo,
 * section 'SCO: China's Passivity and the Problem of Deliberative Norms').
 */
package org.mandate.core.mechanism.waitandsee;
