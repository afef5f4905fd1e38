/**
 * What a calibration fits: the library parameters it may change, each with bounds, and how hard it searches. The
 * fitting, the scores and the folds live in the analysis module; this package only says what is fitted.
 */
package org.mandate.core.calibration;
