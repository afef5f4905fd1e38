package org.mandate.core.ablation;

/**
 * One cell whose level changes when mechanisms are switched off.
 *
 * @param caseId             the case (scenario id)
 * @param episode            episode id
 * @param organization       organization id
 * @param decided            decided level with every mechanism on
 * @param implemented        implemented level with every mechanism on
 * @param ablatedDecided     decided level with the mechanisms switched off
 * @param ablatedImplemented implemented level with the mechanisms switched off
 */
public record CellChange(String caseId, String episode, String organization, int decided, int implemented,
                         int ablatedDecided, int ablatedImplemented) {

    /** Whether switching off raised the decided or the implemented level (and lowered neither). */
    public boolean raised() {
        return ablatedDecided >= decided && ablatedImplemented >= implemented;
    }

    /** The cell and its change in one token: {@code kyrgyzstan-2010 june-2010/CSTO 2/2->4/4}. */
    public String label() {
        return caseId + " " + episode + "/" + organization + " " + decided + "/" + implemented + "->"
                + ablatedDecided + "/" + ablatedImplemented;
    }
}
