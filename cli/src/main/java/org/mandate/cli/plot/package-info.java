/**
 * Charts: Vega-Lite specifications built from the commands' JSON, shared by the command line and the workbench, and
 * {@link org.mandate.cli.plot.Plot}, which draws the subset of Vega-Lite they use as SVG or PNG without a JavaScript
 * runtime (for {@code --plot FILE.svg|FILE.png}).
 */
package org.mandate.cli.plot;
