/**
 * Generated crises (memo, 'Conclusion: Regional Security Organizations and Central Asia's Weak States': the weakness
 * of the state is the real source of crises): a documented hazard model, off by default, that lets a history run
 * past the case library's last crisis.
 */
package org.mandate.core.mechanism.hazard;
