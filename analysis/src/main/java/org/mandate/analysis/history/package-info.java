/**
 * Scoring a simulated history against the library's dated record of membership and base events.
 */
package org.mandate.analysis.history;
