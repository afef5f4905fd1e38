/**
 * Experiments over a scenario: uncertain inputs addressed by path, categorical design factors that make named
 * variants of the scenario, and outcomes of interest. The sampling and statistics live in the analysis module; this
 * package only says what varies and how a value reaches the model.
 */
package org.mandate.core.experiment;
