/**
 * The web workbench: a local HTTP server with a JSON API over the engine and a page that uses it.
 *
 * <p>{@link org.mandate.server.Workbench} wires one resource per feature (scenarios, outcomes, charts, jobs) onto
 * Javalin; {@link org.mandate.server.ServeCommand} is {@code mandate serve}. Every answer to a user's mistake is a
 * JSON object with {@code error} and, for scenario files, the loader's located {@code problems}; never a stack trace.
 */
package org.mandate.server;
