package org.mandate.analysis.ensemble;

/** How an ensemble's rows are laid out. */
public enum RowLayout {
    /** One row per run and design point: the design point's factor levels, the inputs, every cell's levels. */
    LONG,
    /** One row per run: the inputs once, then every design point's levels of every cell, design point by point. */
    WIDE
}
