/**
 * The agenda gate (mechanism 6): whether a crisis reaches the deciding body at all, in time (memo, section 'SCO:
 * China's Passivity and the Problem of Deliberative Norms').
 */
package org.mandate.core.mechanism.agenda;
