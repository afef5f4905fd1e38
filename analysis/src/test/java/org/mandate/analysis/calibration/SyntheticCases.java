package org.mandate.analysis.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mandate.analysis.backtest.Forecast;
import org.mandate.analysis.ensemble.Forecasts;
import org.mandate.core.scenario.LibraryOverlay;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.scenario.ScenarioLoader;

/**
 * Case files whose outcomes the model itself generated under known library values: each crisis is drawn at random
 * (host, type, date, severity, alignments, a request or none), and each organization's observed level is one draw
 * from the model's jittered ensemble under the known overlay, so that a calibration fitted to them should find the
 * known values again.
 */
final class SyntheticCases {
    private static final String[] HOSTS = {"KGZ", "TJK", "ARM", "BLR", "KAZ"};
    private static final String[] TYPES = {"repression", "unconstitutional-change", "insurgency-terrorism",
        "civil-war", "inter-ethnic-violence"};
    private static final String[] ORGS = {"CSTO", "OSCE"};

    private SyntheticCases() {
    }

    /** Writes {@code n} case files into {@code dir}, with outcomes drawn under {@code truth}; returns their paths. */
    static List<Path> write(Path dir, int n, LibraryOverlay truth, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String id = String.format(Locale.ROOT, "synthetic-%03d", i);
                String episode = crisis(random);
                Path file = dir.resolve(id + ".yaml");
                Files.writeString(file, text(id, true, episode, new int[][] {{0, 0}, {0, 0}}));
                LoadedScenario loaded = ScenarioLoader.load(file, truth);
                List<Forecast> draw = Forecasts.of(loaded, 1, random.nextLong());
                int[][] levels = new int[ORGS.length][2];
                for (int k = 0; k < ORGS.length; k++) {
                    levels[k][0] = level(draw.get(k).decided());
                    levels[k][1] = level(draw.get(k).implemented());
                }
                Files.writeString(file, text(id, true, episode, levels));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
        return files;
    }

    /** A case file's text. */
    static String text(String id, boolean setsLibrary, String episode, int[][] levels) {
        StringBuilder sb = new StringBuilder();
        sb.append("scenario: ").append(id).append("\nsetsLibrary: ").append(setsLibrary)
                .append("\norganizations:\n  CSTO: {decisionRule: lead-state}\n  OSCE: {decisionRule: lead-state}\n")
                .append("episodes:\n")
                .append(episode).append("observed:\n");
        for (int k = 0; k < ORGS.length; k++) {
            sb.append("  - {episode: e, organization: ").append(ORGS[k]).append(", decided: ").append(levels[k][0])
                    .append(", implemented: ").append(levels[k][1]).append("}\n");
        }
        return sb.toString();
    }

    private static String crisis(SplittableRandom r) {
        String host = HOSTS[r.nextInt(HOSTS.length)];
        String type = TYPES[r.nextInt(TYPES.length)];
        int year = 2003 + r.nextInt(7);
        String request = r.nextInt(4) != 0
                ? "    requests: [{from: " + host + ", to: CSTO, level: " + (1 + r.nextInt(4)) + ", date: " + year + "-03-02}]\n"
                : "    requests: []\n";
        return String.format(Locale.ROOT, "  - id: e\n    date: %d-03-01\n    assessOn: %d-05-01\n    host: %s\n"
                        + "    regions: [capital]\n    type: %s\n    severity: %.2f\n"
                        + "    government: {status: incumbent}\n    alignments: {RUS: %.2f, USA: %.2f, CHN: %.2f}\n%s",
                year, year, host, type, 0.05 + 0.95 * r.nextDouble(), -0.2 + 1.1 * r.nextDouble(),
                -0.8 + 1.2 * r.nextDouble(), 0.9 * r.nextDouble(), request);
    }

    private static int level(double[] oneRun) {
        for (int l = 0; l < 5; l++) {
            if (oneRun[l] > 0.5) {
                return l;
            }
        }
        throw new IllegalStateException("not a single run");
    }
}
