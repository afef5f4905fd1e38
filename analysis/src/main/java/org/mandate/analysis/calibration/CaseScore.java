package org.mandate.analysis.calibration;

/**
 * One predictor's scores on one case, summed over the case's observed levels (decided and implemented), so that
 * cases can be pooled and resampled.
 *
 * @param caseId the case
 * @param n      the number of observed levels scored
 * @param rps    the sum of ranked probability scores
 * @param brier  the sum of Brier scores
 * @param logLoss the sum of minus the log probability of the observed level (NaN for a single guess)
 * @param absError the sum of absolute errors of the single prediction (NaN where there is none)
 */
public record CaseScore(String caseId, int n, double rps, double brier, double logLoss, double absError) {
    /** A copy with the absolute errors of the single prediction. */
    CaseScore withAbsError(double sum) {
        return new CaseScore(caseId, n, rps, brier, logLoss, sum);
    }
}
