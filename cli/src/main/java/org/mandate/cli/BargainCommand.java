package org.mandate.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mandate.bargaining.BargainInterpolation;
import org.mandate.bargaining.BargainModel;
import org.mandate.bargaining.BigRAdjust;
import org.mandate.bargaining.BigRRange;
import org.mandate.bargaining.KtabFormatException;
import org.mandate.bargaining.PceModel;
import org.mandate.bargaining.Profile;
import org.mandate.bargaining.SmpInput;
import org.mandate.bargaining.SmpModel;
import org.mandate.bargaining.SmpOptions;
import org.mandate.bargaining.SmpResult;
import org.mandate.bargaining.StateTransitions;
import org.mandate.bargaining.StopReason;
import org.mandate.bargaining.ThirdPartyCommit;
import org.mandate.bargaining.VictoryProbModel;
import org.mandate.bargaining.VotingRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mandate bargain FILE.csv}: the spatial bargaining model on a KTAB scenario. */
@Command(name = "bargain", mixinStandardHelpOptions = true,
        description = "Runs the Spatial Model of Politics on a KTAB CSV scenario: the final positions, the number "
                + "of turns, whether it converged, each position's probability of winning, and the capability-and-"
                + "salience weighted mean and median of the initial positions. Positions are on KTAB's 0-100 scale.")
final class BargainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "the scenario in KTAB's CSV format")
    Path file;

    @Option(names = "--trajectory", paramLabel = "OUT.csv",
            description = "write the whole history: turn, actor, dimension, position")
    Path trajectory;

    @Option(names = "--profile", defaultValue = "ktab",
            description = "ktab (reproduce KTAB with its quirks) or mandate (documented fixes); default ${DEFAULT-VALUE}")
    String profile;

    @Option(names = "--vpm", description = "victory probability model: ${COMPLETION-CANDIDATES} (default LINEAR)")
    VictoryProbModel vpm;

    @Option(names = "--pce", description = "PCE model: ${COMPLETION-CANDIDATES} (default CONDITIONAL)")
    PceModel pce;

    @Option(names = "--transitions", description = "state transitions: ${COMPLETION-CANDIDATES} (default DETERMINISTIC)")
    StateTransitions transitions;

    @Option(names = "--voting", description = "voting rule: ${COMPLETION-CANDIDATES} (default PROP)")
    VotingRule voting;

    @Option(names = "--big-r-adjust", description = "risk-attitude adjustment: ${COMPLETION-CANDIDATES} (default ONE_THIRD)")
    BigRAdjust bigRAdjust;

    @Option(names = "--big-r-range", description = "risk-attitude range: ${COMPLETION-CANDIDATES} (default MID)")
    BigRRange bigRRange;

    @Option(names = "--commit", description = "third-party commitment: ${COMPLETION-CANDIDATES} (default SEMI_COMMIT)")
    ThirdPartyCommit commit;

    @Option(names = "--interpolation", description = "bargain interpolation: ${COMPLETION-CANDIDATES} (default S2P2)")
    BargainInterpolation interpolation;

    @Option(names = "--bargain-model", description = "bargain model: ${COMPLETION-CANDIDATES} (default INIT_ONLY_INTERP)")
    BargainModel bargainModel;

    @Option(names = "--accommodation", paramLabel = "RATE",
            description = "ideal adjustment: each ideal moves this share of the way to its actor's new position "
                    + "each turn (0 keeps the initial ideals; default: ideals equal positions, KTAB's identity)")
    Double accommodation;

    @Option(names = "--max-turns", description = "turn cap (default 100)")
    Integer maxTurns;

    @Option(names = "--min-turns", description = "minimum turns before convergence can stop a run (default 2)")
    Integer minTurns;

    @Option(names = "--stop-ratio", description = "convergence threshold on the change ratio (default 0.02)")
    Double stopRatio;

    @Option(names = "--seed", description = "seed of stochastic transitions (default KTAB's)")
    Long seed;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    RunCommand.Format format;

    @picocli.CommandLine.Mixin
    PlotOption plot = new PlotOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer badPlot = plot.check(err);
        if (badPlot != null) {
            return badPlot;
        }
        SmpOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("mandate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        SmpInput input;
        try {
            input = SmpInput.fromKtabCsv(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return Main.BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(file + ": cannot read: " + Text.safe(e.getMessage()));
            return Main.BAD_INPUT;
        } catch (KtabFormatException e) {
            for (KtabFormatException.Problem p : e.problems()) {
                ErrorReport.print(err, p);
            }
            err.println(e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " found");
            return Main.BAD_INPUT;
        }
        SmpResult result;
        try {
            result = SmpModel.run(input, options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("mandate: " + file + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        double[] mean = SmpModel.weightedMean(input);
        double[] median = SmpModel.weightedMedian(input);
        int code = Main.OK;
        if (trajectory != null) {
            try {
                writeTrajectory(result, trajectory);
            } catch (java.io.IOException e) {
                err.println("mandate: --trajectory: " + Outputs.cannotWrite(trajectory, e)
                        + "; the result follows");
                code = Main.BAD_INPUT;
            }
        }
        if (plot.file != null) {
            Map<String, Object> withTrajectory = json(input, result, mean, median);
            withTrajectory.put("trajectory", trajectoryRows(result));
            if (!plot.write(org.mandate.cli.plot.BargainCharts.positions(PlotOption.tree(withTrajectory)), err)) {
                return Main.BAD_INPUT;
            }
        }
        if (format == RunCommand.Format.json) {
            out.println(RunCommand.json().writeValueAsString(json(input, result, mean, median)));
        } else {
            table(input, result, mean, median, out);
        }
        return code;
    }

    private SmpOptions options() {
        SmpOptions o = switch (profile.toLowerCase(Locale.ROOT)) {
            case "ktab" -> SmpOptions.ktabDefaults();
            case "mandate" -> SmpOptions.mandateDefaults();
            default -> throw new IllegalArgumentException("--profile: expected ktab or mandate, was '" + profile + "'");
        };
        if (vpm != null) {
            o = o.withVictoryProbModel(vpm);
        }
        if (pce != null) {
            o = o.withPceModel(pce);
        }
        if (transitions != null) {
            o = o.withStateTransitions(transitions);
        }
        if (voting != null) {
            o = o.withVotingRule(voting);
        }
        if (bigRAdjust != null) {
            o = o.withBigRAdjust(bigRAdjust);
        }
        if (bigRRange != null) {
            o = o.withBigRRange(bigRRange);
        }
        if (commit != null) {
            o = o.withThirdPartyCommit(commit);
        }
        if (interpolation != null) {
            o = o.withBargainInterpolation(interpolation);
        }
        if (bargainModel != null) {
            o = o.withBargainModel(bargainModel);
        }
        if (accommodation != null) {
            o = o.withAccommodation(org.mandate.bargaining.Accommodation.diagonal(accommodation));
        }
        if (maxTurns != null) {
            o = o.withMaxTurns(maxTurns);
        }
        if (minTurns != null) {
            o = o.withMinTurns(minTurns);
        }
        if (stopRatio != null) {
            o = o.withStopRatio(stopRatio);
        }
        if (seed != null) {
            o = o.withSeed(seed);
        }
        return o;
    }

    private static void writeTrajectory(SmpResult r, Path path) throws java.io.IOException {
        if (path.toAbsolutePath().getParent() != null) {
            Files.createDirectories(path.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(path)) {
            w.write("turn,actor,dimension,position\n");
            double[][][] pos = r.positions();
            for (int t = 0; t < pos.length; t++) {
                for (int i = 0; i < pos[t].length; i++) {
                    for (int k = 0; k < pos[t][i].length; k++) {
                        w.write(t + "," + csv(r.actorNames().get(i)) + "," + csv(r.dimensionNames().get(k)) + ","
                                + pos[t][i][k] + "\n");
                    }
                }
            }
        }
    }

    /** The rows of {@code --trajectory} as objects: turn, actor, dimension, position. */
    private static List<Object> trajectoryRows(SmpResult r) {
        List<Object> rows = new ArrayList<>();
        double[][][] pos = r.positions();
        for (int t = 0; t < pos.length; t++) {
            for (int i = 0; i < pos[t].length; i++) {
                for (int k = 0; k < pos[t][i].length; k++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("turn", t);
                    row.put("actor", r.actorNames().get(i));
                    row.put("dimension", r.dimensionNames().get(k));
                    row.put("position", pos[t][i][k]);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void table(SmpInput in, SmpResult r, double[] mean, double[] median, PrintWriter out) {
        int last = r.states() - 1;
        out.printf(Locale.ROOT, "%s: %d actors, %d dimension%s; %d turns, %s%n", Text.safe(in.name()),
                in.actorNames().size(), in.dimensionNames().size(), in.dimensionNames().size() == 1 ? "" : "s", r.turns(), stopped(r));
        StringBuilder head = new StringBuilder(String.format("%-26s", "actor"));
        for (String d : in.dimensionNames()) {
            head.append(String.format(Locale.ROOT, " %14s", truncate(Text.safe(d), 14)));
        }
        head.append("  P(win)");
        out.println(head);
        for (int i = 0; i < in.actorNames().size(); i++) {
            String actor = truncate(Text.safe(in.actorNames().get(i)), 26);
            StringBuilder row = new StringBuilder(String.format("%-26s", actor));
            for (int k = 0; k < in.dimensionNames().size(); k++) {
                row.append(String.format(Locale.ROOT, " %14.2f", r.position(last, i, k)));
            }
            row.append(String.format(Locale.ROOT, "  %6.4f", r.probability(last, i)));
            out.println(row);
        }
        StringBuilder m = new StringBuilder(String.format("%-26s", "baseline: weighted mean"));
        StringBuilder md = new StringBuilder(String.format("%-26s", "baseline: weighted median"));
        for (int k = 0; k < mean.length; k++) {
            m.append(String.format(Locale.ROOT, " %14.2f", 100 * mean[k]));
            md.append(String.format(Locale.ROOT, " %14.2f", 100 * median[k]));
        }
        out.println(m);
        out.println(md);
    }

    private static String stopped(SmpResult r) {
        return switch (r.stopReason()) {
            case CONVERGENCE -> "converged";
            case TURN_CAP -> "did not converge (stopped at the turn cap)";
            case CYCLE -> "stopped on a cycle of period " + r.cyclePeriod();
        };
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    private static Map<String, Object> json(SmpInput in, SmpResult r, double[] mean, double[] median) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", in.name());
        root.put("profile", r.options().profile().name().toLowerCase(Locale.ROOT));
        root.put("turns", r.turns());
        root.put("converged", r.stopReason() == StopReason.CONVERGENCE);
        root.put("stoppedBy", r.stopReason().name().toLowerCase(Locale.ROOT));
        root.put("dimensions", in.dimensionNames());
        int last = r.states() - 1;
        List<Object> actors = new ArrayList<>();
        for (int i = 0; i < in.actorNames().size(); i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("actor", in.actorNames().get(i));
            a.put("position", r.finalPositions()[i]);
            a.put("probability", r.probability(last, i));
            actors.add(a);
        }
        root.put("actors", actors);
        double[] m = new double[mean.length];
        double[] md = new double[median.length];
        for (int k = 0; k < m.length; k++) {
            m[k] = 100 * mean[k];
            md[k] = 100 * median[k];
        }
        root.put("weightedMean", m);
        root.put("weightedMedian", md);
        return root;
    }
}
