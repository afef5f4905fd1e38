/**
 * Runs, explanations and what-ifs over HTTP, answered in the JSON contract of {@code mandate run --format json} and
 * {@code mandate explain --format json}. A what-if is the design-factor vocabulary of experiment files
 * ({@code mechanism.ID: off}, {@code ORG.decisionRule: majority}, ...) applied to one scenario.
 */
package org.mandate.server.outcomes;
