/**
 * The memo's system over time: states, outside powers and organizations moving quarter by quarter, with memberships,
 * base agreements and rents, assistance, capacity, credibility and rules as outputs, and the case library's crises
 * decided inside it by the crisis engine.
 *
 * <p>Lifecycle of one run, in order: a {@link org.mandate.core.history.HistorySpec} (loaded from a history file and
 * the library) is turned into a fresh {@link org.mandate.core.history.World}; the
 * {@link org.mandate.core.history.HistoryEngine} advances it step by step, each step calling the named mechanisms
 * in a fixed order (founding, great-power competition, capacity building, forum shopping and rents, rollback of
 * the human dimension, crises, credibility and institutional change, membership choice); every change is recorded
 * as a {@link org.mandate.core.history.HistoryEvent} with its reasons, and the world's state is recorded per step.
 * Nothing here names a state, an organization or a year: they are all data.
 */
package org.mandate.core.history;
