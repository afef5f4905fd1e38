package org.mandate.analysis.backtest;

/** Whether a case was used to set the library's weights or was kept out of it; results are reported per group. */
public enum Group {
    /** The model and the library were built while looking at this case. */
    SETS_LIBRARY("sets-library", "sets library"),
    /** Held out: never looked at while the model and the library were built. */
    HELD_OUT("held-out", "held out");

    private final String id;
    private final String label;

    Group(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The group for a case file's {@code setsLibrary} flag. */
    public static Group of(boolean setsLibrary) {
        return setsLibrary ? SETS_LIBRARY : HELD_OUT;
    }

    /** The group's name in CSV and JSON output, such as {@code held-out}. */
    public String id() {
        return id;
    }

    /** The group's name in tables, such as {@code held out}. */
    public String label() {
        return label;
    }
}
