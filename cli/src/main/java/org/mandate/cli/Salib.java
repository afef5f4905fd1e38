package org.mandate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mandate.analysis.ensemble.ExperimentModel;
import org.mandate.analysis.sensitivity.SaltelliDesign;

/**
 * SALib's file layout, both ways. The Saltelli sample goes out as SALib's command line reads and writes it:
 * {@code params.txt} (one input a line: name, lower bound, upper bound; every bound 0 and 1, for the sample is in
 * probability space), {@code sample.txt} (the N(d + 2) rows in SALib's order: A_j, AB_1,j ... AB_d,j, B_j, one row a
 * line, values separated by spaces), {@code values.txt} (the same rows as the model's input values, names in a
 * {@code #} comment) and one {@code outputs-K.txt} per outcome (0 or 1 a line, SALib's {@code -Y} file). So
 * {@code salib analyze sobol -p params.txt -Y outputs-1.txt --max-order 1} recomputes the indices, and a model
 * output file in that layout for the same sample can be read back with {@code --salib-outputs}.
 */
final class Salib {
    /** The files the export writes besides the outputs. */
    static final List<String> FILES = List.of("params.txt", "sample.txt", "values.txt");

    private Salib() {
    }

    /** A line of an outputs file that is not a number, or a count that does not match the sample. */
    static final class BadOutputs extends Exception {
        private static final long serialVersionUID = 1L;

        BadOutputs(String message) {
            super(message, null, false, false);
        }
    }

    /** The outputs file name of outcome {@code k} (counted from 1). */
    static String outputs(int k) {
        return "outputs-" + k + ".txt";
    }

    /** Writes params, sample, values and each outcome's outputs ({@code y[k][row]}) into {@code dir}. */
    static void export(Path dir, List<String> names, SaltelliDesign design, ExperimentModel model, List<double[]> y)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("params.txt"), StandardCharsets.UTF_8)) {
            for (String n : names) {
                w.write(n.replace(' ', '_') + " 0 1\n");
            }
        }
        try (BufferedWriter s = Files.newBufferedWriter(dir.resolve("sample.txt"), StandardCharsets.UTF_8);
             BufferedWriter v = Files.newBufferedWriter(dir.resolve("values.txt"), StandardCharsets.UTF_8)) {
            v.write("# " + String.join(" ", names.stream().map(n -> n.replace(' ', '_')).toList()) + "\n");
            for (int k = 0; k < design.rows(); k++) {
                double[] u = design.row(k);
                s.write(line(u));
                v.write(line(model.values(u)));
            }
        }
        for (int k = 0; k < y.size(); k++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(outputs(k + 1)), StandardCharsets.UTF_8)) {
                for (double x : y.get(k)) {
                    w.write(x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x));
                    w.write('\n');
                }
            }
        }
    }

    private static String line(double[] row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            sb.append(i == 0 ? "" : " ").append(row[i]);
        }
        return sb.append('\n').toString();
    }

    /**
     * Reads a model output file in SALib's layout: one row a line, the first whitespace-separated column the output;
     * blank lines and {@code #} comments skipped.
     *
     * @throws BadOutputs naming the file, line and column of a value that is not a finite number, or the count
     */
    static double[] readOutputs(Path file, int expected) throws IOException, BadOutputs {
        if (!Files.isRegularFile(file)) {
            throw new BadOutputs(file + ": " + (Files.isDirectory(file) ? "is a folder" : Files.exists(file)
                    ? "is not a regular file" : "no such file") + "; expected SALib model outputs, one a line");
        }
        if (Files.size(file) > 64L * expected + 4096) {
            throw new BadOutputs(file + ": " + Files.size(file) + " bytes is far too large for " + expected
                    + " outputs");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String cell = t.split("\\s+")[0];
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw new BadOutputs(file + ":" + (i + 1) + ":" + (line.indexOf(cell) + 1) + ": value '"
                        + Text.safe(cell.length() > 40 ? cell.substring(0, 37) + "..." : cell)
                        + "': expected a finite number");
            }
            values.add(v);
        }
        if (values.size() != expected) {
            throw new BadOutputs(file + ": " + values.size() + " outputs; expected " + expected + ", one for each "
                    + "row of the Saltelli sample (N(d + 2) rows)");
        }
        double[] y = new double[expected];
        for (int i = 0; i < expected; i++) {
            y[i] = values.get(i);
        }
        return y;
    }
}
