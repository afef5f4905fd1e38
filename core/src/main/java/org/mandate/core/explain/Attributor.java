package org.mandate.core.explain;

import java.util.ArrayList;
import java.util.List;
import org.mandate.core.engine.CompiledScenario;

/**
 * Attributes every cell of a compiled scenario to its mechanisms: runs the scenario under every set of mechanisms
 * switched off ({@link LevelTable}) and computes, for each cell, the {@link Attribution} of its decided and its
 * implemented level.
 *
 * <p>Separate from the engine on purpose: the engine decides, this explains, and nothing here runs on the ensemble
 * path. The mechanisms the compiled scenario already switches off stay off and take no part.
 */
public final class Attributor {
    private Attributor() {
    }

    /** The attribution of every cell, in the compiled scenario's cell order. */
    public static List<CellAttribution> attribute(CompiledScenario compiled) {
        return attribute(compiled, LevelTable.of(compiled));
    }

    /** The attribution of every cell from a level table of the same compiled scenario. */
    public static List<CellAttribution> attribute(CompiledScenario compiled, LevelTable table) {
        List<CellAttribution> out = new ArrayList<>();
        for (int k = 0; k < table.cells(); k++) {
            int cell = k;
            out.add(new CellAttribution(compiled.episodeOf(k), compiled.organizationOf(k),
                    Attribution.of(table.players(), off -> table.decided(cell, off)),
                    Attribution.of(table.players(), off -> table.implemented(cell, off))));
        }
        return out;
    }
}
