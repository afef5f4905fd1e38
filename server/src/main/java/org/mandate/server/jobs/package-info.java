/**
 * Long jobs: an experiment's ensemble run in the background, one at a time, with progress, cancellation and a
 * bounded queue (429 when full), and its result as probabilities with 95% intervals per cell.
 */
package org.mandate.server.jobs;
