/**
 * Capacity building (memo, 'OSCE: From Helsinki to Osh (and Back Again)' and the conclusion): outside assistance and
 * rents flow to the coercive apparatus rather than the institutions, as the regime wants, so the state stays weak
 * and cannot govern its regions.
 */
package org.mandate.core.mechanism.capacity;
