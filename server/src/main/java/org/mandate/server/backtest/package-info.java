/** {@code /api/backtest}: the case library scored against what the organizations did, as {@code mandate backtest}. */
package org.mandate.server.backtest;
