/**
 * Scenario files in the workbench: the bundled examples and case library (read-only), the user's workspace (read
 * and write), validation as the user types, and turning a request into a loaded scenario with the loader's located
 * problems on bad input.
 */
package org.mandate.server.scenarios;
