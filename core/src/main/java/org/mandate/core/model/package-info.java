/**
 * The domain model: states, sub-state actors, organizations, crises and the response scale, as immutable records.
 *
 * <p>Every type here is data. Nothing names a particular state, organization or year: the CSTO, the SCO, the OSCE
 * and their members are loaded from the library under {@code data/} and from scenario files.
 */
package org.mandate.core.model;
