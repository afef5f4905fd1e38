/** {@code /api/bargain}: the spatial bargaining model on a KTAB CSV scenario, as {@code mandate bargain}. */
package org.mandate.server.bargaining;
