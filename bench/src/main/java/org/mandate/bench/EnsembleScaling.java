package org.mandate.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mandate.analysis.ensemble.EnsembleFiles;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.core.scenario.ExperimentLoader;

/**
 * Ensembles compared in the steady state: in one JVM, after a warm-up, the same ensemble run in each variant in turn
 * (one thread against two, or CSV rows against Parquet), printing for each run the wall time, the processor time of the
 * whole process (every thread: workers, the writing thread, the compiler and the collector) and the draws a second,
 * then each variant's median and the median ratio of the first variant's wall time to each other's, pair by pair.
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar org.mandate.bench.EnsembleScaling \
 *     [--experiment examples/kyrgyzstan-2010-experiment.yaml] [--draws 1000000] [--pairs 5] [--warmup 300000] \
 *     [--threads 1,2] [--rows none] [--out DIR]
 * </pre>
 *
 * <p>The variants are every thread count with every rows format ({@code none}, {@code csv}, {@code parquet}); the
 * defaults compare one thread with two without rows. The order of the variants turns from pair to pair (1 then 2, 2
 * then 1, ...), so a load that drifts during the benchmark weighs on all alike. Rows, when kept, go to a folder under
 * {@code --out} (the system's temporary folder by default), deleted after each run. {@link EnsembleGrowth} measures
 * the other figure: a whole command in a fresh JVM, whose start-up and compilation weigh on one thread whatever
 * {@code --threads} says.
 */
public final class EnsembleScaling {
    private EnsembleScaling() {
    }

    /** A thread count and a rows format. */
    private record Variant(int threads, String rows) {
        @Override
        public String toString() {
            return threads + (threads == 1 ? " thread, rows " : " threads, rows ") + rows;
        }
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, was " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        String experiment = o.getOrDefault("experiment", "examples/kyrgyzstan-2010-experiment.yaml");
        long draws = Long.parseLong(o.getOrDefault("draws", "1000000"));
        int pairs = Integer.parseInt(o.getOrDefault("pairs", "5"));
        long warmup = Long.parseLong(o.getOrDefault("warmup", "300000"));
        Path out = Path.of(o.getOrDefault("out", System.getProperty("java.io.tmpdir")));
        List<Variant> variants = new ArrayList<>();
        for (String t : o.getOrDefault("threads", "1,2").split(",")) {
            for (String r : o.getOrDefault("rows", "none").split(",")) {
                variants.add(new Variant(Integer.parseInt(t), r));
            }
        }
        EnsembleSetup setup = new EnsembleSetup(ExperimentLoader.load(Path.of(experiment), true).withRuns(draws));
        EnsembleSetup warm = new EnsembleSetup(ExperimentLoader.load(Path.of(experiment), true).withRuns(warmup));
        int points = setup.points().size();
        System.out.printf(Locale.ROOT, "%s, %d draws (%d design points), %d processors, heap %d MB%n",
                experiment, draws, points, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (Variant v : variants) {
            run(warm, v, out);
        }
        System.out.printf(Locale.ROOT, "%5s  %-28s %9s %9s %10s %11s%n", "pair", "variant", "seconds", "cpu s",
                "draws/s", "rows/s");
        List<List<Double>> seconds = new ArrayList<>();
        List<List<Double>> ratios = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            seconds.add(new ArrayList<>());
            ratios.add(new ArrayList<>());
        }
        for (int p = 0; p < pairs; p++) {
            double[] wall = new double[variants.size()];
            for (int i = 0; i < variants.size(); i++) {
                int k = (i + p) % variants.size();
                double[] m = run(setup, variants.get(k), out);
                wall[k] = m[0];
                seconds.get(k).add(m[0]);
                System.out.printf(Locale.ROOT, "%5d  %-28s %9.3f %9.3f %10.0f %11.0f%n", p + 1, variants.get(k),
                        m[0], m[1], draws / m[0], draws * (double) points / m[0]);
            }
            for (int k = 1; k < variants.size(); k++) {
                ratios.get(k).add(wall[0] / wall[k]);
            }
        }
        for (int k = 0; k < variants.size(); k++) {
            System.out.printf(Locale.ROOT, "%-28s median %.3f s", variants.get(k), median(seconds.get(k)));
            if (k > 0) {
                List<Double> r = ratios.get(k);
                System.out.printf(Locale.ROOT, ", %s against it: median %.2f, from %.2f to %.2f", variants.get(0),
                        median(r), r.stream().min(Double::compare).orElseThrow(),
                        r.stream().max(Double::compare).orElseThrow());
            }
            System.out.println();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One ensemble: its wall seconds and the process's processor seconds. */
    private static double[] run(EnsembleSetup setup, Variant v, Path out) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        EnsembleRunner runner = new EnsembleRunner(setup, v.threads());
        String rows = v.rows();
        EnsembleSummary summary = new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount());
        Path dir = Files.createTempDirectory(out, "ensemble-scaling");
        try {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            try (EnsembleFiles files = switch (rows) {
                case "none" -> EnsembleFiles.openWithoutRows(dir, setup, runner.header(), false, true);
                case "csv" -> EnsembleFiles.open(dir, setup, runner.header(), false, true);
                case "parquet" -> EnsembleFiles.openParquet(dir, setup, runner.header(), "benchmark", false, true);
                default -> throw new IllegalArgumentException("--rows is none, csv or parquet, was " + rows);
            }) {
                runner.run(0, summary, files, null);
            }
            return new double[] {(System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
