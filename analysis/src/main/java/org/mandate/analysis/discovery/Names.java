package org.mandate.analysis.discovery;

/** The check of column names shared by this package. */
final class Names {
    private Names() {
    }

    static void check(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank, was \"" + name + "\"");
        }
    }
}
