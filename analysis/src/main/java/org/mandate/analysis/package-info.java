/**
 * The uncertainty analysis of Mandate: how sure the simulation's answers are and which inputs they depend on.
 *
 * <p>Everything here treats a model as a function of a {@code double[]} of inputs and knows nothing of the domain,
 * so it can be tested on functions with known answers. The parts, in the order an analysis uses them:
 * <ul>
 *   <li>{@link org.mandate.analysis.sampling}: distributions of uncertain inputs and sampling designs
 *   (Monte Carlo, Latin hypercube, Sobol) over the unit cube;</li>
 *   <li>{@link org.mandate.analysis.sensitivity}: Morris screening and Sobol indices by Saltelli sampling;</li>
 *   <li>{@link org.mandate.analysis.discovery}: PRIM, which describes where in the input space an outcome of
 *   interest happens;</li>
 *   <li>{@link org.mandate.analysis.stats}: intervals for proportions and paired differences, and the bootstrap.</li>
 * </ul>
 * Randomness comes only from generators or seeds passed in, and every result is the same whatever the thread
 * count.
 */
package org.mandate.analysis;
