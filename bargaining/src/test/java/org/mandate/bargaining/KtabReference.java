package org.mandate.bargaining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.regex.Pattern;

/** One KTAB reference run from the test resources: its input and KTAB's recorded outputs. */
record KtabReference(String name, Path input, int turns, String stoppedBy, double[] changeRatios,
        int proposalsTotal, List<double[]> positionRows, List<double[]> probabilityRows) {

    /** Every reference run, smallest first. */
    static final List<String> ALL = List.of("ref-05x1", "dummyData_3Dim", "ref-cap-08x2", "ref-10x2", "ref-15x3",
            "ref-25x1", "ref-30x2", "dummyData-a040", "dummyData-a080");

    /** The runs whose utilities and bargains are kept in the test resources. */
    static final List<String> DETAILED = List.of("ref-05x1", "dummyData_3Dim", "ref-cap-08x2", "ref-10x2",
            "ref-15x3", "ref-25x1");

    /** Returns a fixed-seed generator for runs whose transitions are deterministic anyway. */
    static RandomGenerator random() {
        return RandomGeneratorFactory.of(SmpModel.GENERATOR).create(1L);
    }

    static Path resource(String file) {
        URL url = KtabReference.class.getResource("/ktab/" + file);
        if (url == null) {
            throw new IllegalArgumentException("no test resource ktab/" + file);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static KtabReference load(String name) {
        try {
            String summary = Files.readString(resource(name + ".summary.json"));
            int turns = Integer.parseInt(find(summary, "\"turns\":\\s*(\\d+)"));
            String stoppedBy = find(summary, "\"stopped_by\":\\s*\"([^\"]*)\"");
            int proposals = Integer.parseInt(find(summary, "\"proposals_total\":\\s*(\\d+)"));
            String[] ratioText = find(summary, "\"change_ratio_by_turn\":\\s*\\[([^\\]]*)\\]").split(",");
            double[] ratios = new double[ratioText.length];
            for (int x = 0; x < ratios.length; x++) {
                ratios[x] = Double.parseDouble(ratioText[x].trim());
            }
            return new KtabReference(name, resource(name + ".csv"), turns, stoppedBy, ratios, proposals,
                    rows(name + ".positions.csv"), rows(name + ".probabilities.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a numeric CSV with a header; empty cells become NaN. */
    static List<double[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(resource(file));
        List<double[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    SmpInput read() {
        try {
            return SmpInput.fromKtabCsv(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (KtabFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    StopReason stopReason() {
        return switch (stoppedBy) {
            case "convergence" -> StopReason.CONVERGENCE;
            case "turn cap (100)" -> StopReason.TURN_CAP;
            default -> throw new IllegalStateException("unknown stopped_by " + stoppedBy);
        };
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("summary lacks " + regex);
        }
        return m.group(1);
    }
}
