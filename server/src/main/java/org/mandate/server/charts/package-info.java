/**
 * Charts as Vega-Lite specifications built in Java: the page renders them with vega-embed (bundled at build time,
 * never fetched from a CDN), and the same JSON written to a file renders anywhere Vega-Lite does.
 */
package org.mandate.server.charts;
