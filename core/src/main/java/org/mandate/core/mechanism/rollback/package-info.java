/**
 * Mechanism 11, the rollback of the human dimension (memo, 'OSCE: From Helsinki to Osh (and Back Again)'): states
 * whose regimes fear monitoring act together to limit it, and the organization drifts into projects that serve
 * regime survival.
 */
package org.mandate.core.mechanism.rollback;
