package org.mandate.bargaining;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The input of a bargaining run: the actors with their capabilities, and their positions and
 * saliences on every dimension.
 *
 * <p>Positions and saliences are on the internal scale [0, 1] (a KTAB CSV holds them on
 * 0..100; {@link #fromKtabCsv(Path)} divides by 100). Capabilities are positive and used as
 * given. An actor's saliences must sum to more than 0 and to at most 1 (a sum above 1 by
 * round-off, at most 1e-9, is accepted here; the {@link Profile#KTAB} profile then rejects it
 * as KTAB would).
 *
 * <p>The record copies its arrays on the way in and out, so an instance never changes.
 *
 * @param name           the scenario's name
 * @param description    the scenario's description (may be empty)
 * @param actorNames     one name per actor, in row order; at least 2 actors
 * @param dimensionNames one name per dimension; at least 1 dimension
 * @param capabilities   {@code capabilities[i]}: actor i's capability, finite and > 0
 * @param positions      {@code positions[i][k]}: actor i's position on dimension k, in [0, 1]
 * @param saliences      {@code saliences[i][k]}: how much dimension k matters to actor i, in
 *                       [0, 1]
 */
public record SmpInput(
        String name,
        String description,
        List<String> actorNames,
        List<String> dimensionNames,
        double[] capabilities,
        double[][] positions,
        double[][] saliences) {

    /** The largest amount by which an actor's saliences may sum above 1 (round-off). */
    static final double SALIENCE_SUM_SLACK = 1e-9;

    /** Validates and copies the input; every message names the actor and quotes the value. */
    public SmpInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        actorNames = List.copyOf(Objects.requireNonNull(actorNames, "actorNames"));
        dimensionNames = List.copyOf(Objects.requireNonNull(dimensionNames, "dimensionNames"));
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(saliences, "saliences");
        int n = actorNames.size();
        int k = dimensionNames.size();
        if (n < 2) {
            throw new IllegalArgumentException("a bargaining run needs at least 2 actors, got " + n);
        }
        if (k < 1) {
            throw new IllegalArgumentException("a bargaining run needs at least 1 dimension, got 0");
        }
        for (int i = 0; i < n; i++) {
            if (actorNames.get(i).isBlank()) {
                throw new IllegalArgumentException("actor " + i + " has a blank name: \"" + actorNames.get(i) + "\"");
            }
        }
        requireRows("capabilities", capabilities.length, n);
        requireRows("positions", positions.length, n);
        requireRows("saliences", saliences.length, n);
        capabilities = capabilities.clone();
        positions = copy(positions);
        saliences = copy(saliences);
        for (int i = 0; i < n; i++) {
            String who = "actor " + i + " (\"" + actorNames.get(i) + "\")";
            double c = capabilities[i];
            if (!(c > 0 && Double.isFinite(c))) {
                throw new IllegalArgumentException("capability of " + who + " must be finite and > 0, got " + c);
            }
            requireColumns("positions", who, positions[i], k);
            requireColumns("saliences", who, saliences[i], k);
            double sigma = 0;
            for (int d = 0; d < k; d++) {
                double x = positions[i][d];
                if (!(x >= 0 && x <= 1)) {
                    throw new IllegalArgumentException("position of " + who + " on dimension " + d
                            + " must be in [0, 1], got " + x);
                }
                double s = saliences[i][d];
                if (!(s >= 0 && s <= 1)) {
                    throw new IllegalArgumentException("salience of " + who + " on dimension " + d
                            + " must be in [0, 1], got " + s);
                }
                sigma += s;
            }
            if (!(sigma > 0)) {
                throw new IllegalArgumentException("saliences of " + who + " must sum to more than 0, got "
                        + Arrays.toString(saliences[i]));
            }
            if (sigma > 1 + SALIENCE_SUM_SLACK) {
                throw new IllegalArgumentException("saliences of " + who + " must sum to at most 1, got " + sigma
                        + " from " + Arrays.toString(saliences[i]));
            }
        }
    }

    /**
     * Returns an input with default names: scenario {@code "scenario"}, dimensions
     * {@code "dim0", "dim1", ...}.
     */
    public static SmpInput of(List<String> actorNames, double[] capabilities, double[][] positions,
            double[][] saliences) {
        Objects.requireNonNull(positions, "positions");
        int k = positions.length == 0 || positions[0] == null ? 0 : positions[0].length;
        List<String> dims = new ArrayList<>(k);
        for (int d = 0; d < k; d++) {
            dims.add("dim" + d);
        }
        return new SmpInput("scenario", "", actorNames, dims, capabilities, positions, saliences);
    }

    /**
     * Reads a KTAB CSV file (format in {@code docs/bargaining.md}), dividing positions and
     * saliences by 100.
     *
     * @throws KtabFormatException if the file breaks the format; it lists every problem found
     *                             with line, column, field, value and what was expected
     * @throws IOException         if the file cannot be read
     */
    public static SmpInput fromKtabCsv(Path path) throws IOException, KtabFormatException {
        return KtabCsvReader.read(path);
    }

    /**
     * Reads KTAB CSV text from a reader; {@code source} names it in error messages.
     *
     * @throws KtabFormatException if the text breaks the format
     * @throws IOException         if the reader fails
     */
    public static SmpInput fromKtabCsv(Reader reader, String source) throws IOException, KtabFormatException {
        return KtabCsvReader.read(reader, source);
    }

    /** Returns the number of actors. */
    public int actorCount() {
        return actorNames.size();
    }

    /** Returns the number of dimensions. */
    public int dimensionCount() {
        return dimensionNames.size();
    }

    /** Returns a copy of the capabilities. */
    @Override
    public double[] capabilities() {
        return capabilities.clone();
    }

    /** Returns a copy of the positions, {@code [actor][dimension]} on [0, 1]. */
    @Override
    public double[][] positions() {
        return copy(positions);
    }

    /** Returns a copy of the saliences, {@code [actor][dimension]} on [0, 1]. */
    @Override
    public double[][] saliences() {
        return copy(saliences);
    }

    /** Returns actor i's capability. */
    public double capability(int i) {
        return capabilities[i];
    }

    /** Returns actor i's position on dimension k, on [0, 1]. */
    public double position(int i, int k) {
        return positions[i][k];
    }

    /** Returns actor i's salience for dimension k, on [0, 1]. */
    public double salience(int i, int k) {
        return saliences[i][k];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SmpInput o && name.equals(o.name) && description.equals(o.description)
                && actorNames.equals(o.actorNames) && dimensionNames.equals(o.dimensionNames)
                && Arrays.equals(capabilities, o.capabilities) && Arrays.deepEquals(positions, o.positions)
                && Arrays.deepEquals(saliences, o.saliences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, actorNames, dimensionNames, Arrays.hashCode(capabilities),
                Arrays.deepHashCode(positions), Arrays.deepHashCode(saliences));
    }

    @Override
    public String toString() {
        return "SmpInput[name=" + name + ", actors=" + actorNames.size() + ", dimensions=" + dimensionNames + "]";
    }

    private static void requireRows(String what, int rows, int n) {
        if (rows != n) {
            throw new IllegalArgumentException(what + " must have one row per actor (" + n + "), got " + rows);
        }
    }

    private static void requireColumns(String what, String who, double[] row, int k) {
        if (row == null || row.length != k) {
            throw new IllegalArgumentException(what + " of " + who + " must have one entry per dimension (" + k
                    + "), got " + (row == null ? "none" : String.valueOf(row.length)));
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] == null ? null : a[i].clone();
        }
        return c;
    }
}
