/** {@code /api/history}: a region's history over time, in the contract of {@code mandate history --format json}. */
package org.mandate.server.history;
