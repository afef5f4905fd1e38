package org.mandate.core.ablation;

import java.util.List;

/**
 * One set of mechanisms switched off (one, or a pair) and the cells it changes.
 *
 * @param off          the mechanisms switched off, in pipeline order
 * @param changes      every cell whose decided or implemented level changes
 * @param onlyTogether for a pair, the changed cells that neither mechanism changes alone; empty for one mechanism
 */
public record Switch(List<String> off, List<CellChange> changes, List<CellChange> onlyTogether) {

    /** Copies the lists. */
    public Switch {
        off = List.copyOf(off);
        changes = List.copyOf(changes);
        onlyTogether = List.copyOf(onlyTogether);
    }

    /** The mechanisms joined by " + ". */
    public String name() {
        return String.join(" + ", off);
    }

    /** How many of the changed cells went up (none went down in either level). */
    public long raised() {
        return changes.stream().filter(CellChange::raised).count();
    }
}
