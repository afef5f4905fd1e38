package org.mandate.core.explain;

import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.Stage;

/**
 * The attribution of one (episode, organization) cell: why its decided and its implemented level are not higher.
 *
 * @param episode      episode id
 * @param organization organization id
 * @param decided      the attribution of the decided level
 * @param implemented  the attribution of the implemented level
 */
public record CellAttribution(String episode, String organization, Attribution decided, Attribution implemented) {

    /**
     * What a one-line explanation must add so that it does not credit one stage alone, or null: the sufficient sets
     * of the level the stage set (the implemented one if it is below the decided one), when more than one set is
     * sufficient on its own, or when switching the stage's own mechanism off alone would not change the level.
     *
     * @param stage the stage the engine reports for the cell
     * @param belowDecided whether the implemented level is below the decided one
     */
    public String note(Stage stage, boolean belowDecided) {
        Attribution a = belowDecided ? implemented : decided;
        if (!a.held()) {
            return null;
        }
        boolean stageIsMechanism = Mechanisms.IDS.contains(stage.id()) && a.shapley().containsKey(stage.id());
        if (a.overdetermined() || stageIsMechanism && !a.alone().containsKey(stage.id())) {
            return a.sufficientText();
        }
        return null;
    }
}
