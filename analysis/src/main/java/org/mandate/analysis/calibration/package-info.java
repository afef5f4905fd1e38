/**
 * Calibration: fitting chosen library parameters to the observed outcomes of the cases that set the library, by
 * minimising a proper score of the model's ensemble forecasts on common random numbers with CMA-ES, and scoring the
 * fit in sample and out of fold (leave one case out, and by period) beside the hand-set library and the backtest's
 * baselines. Held-out cases are never given to it: {@link org.mandate.analysis.calibration.CalibrationCase} refuses
 * them.
 */
package org.mandate.analysis.calibration;
