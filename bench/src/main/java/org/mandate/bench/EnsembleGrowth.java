package org.mandate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mandate.cli.Main;

/**
 * How ensembles grow: {@code mandate ensemble} on an experiment for each number of draws and each thread count, each
 * in a fresh JVM with a capped heap, printing rows a second, draws a second, processor time and the peak resident
 * memory of that JVM.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mandate.bench.EnsembleGrowth \
 *     [--experiment examples/kyrgyzstan-2010-experiment.yaml] [--draws 100000,1000000,10000000] [--threads 1,2] \
 *     [--rows none|csv|parquet] [--layout long|wide] [--heap 256m] [--repeat 1] [--out DIR]
 * </pre>
 *
 * <p>The thread counts alternate at each number of draws (1, 2, 1, 2 with {@code --repeat 2}), so a machine whose
 * load changes during the benchmark affects both alike. Rows go to a folder under {@code --out} (the system's
 * temporary folder by default), deleted after each run. Peak resident memory is the JVM's own high-water mark
 * ({@code VmHWM} of {@code /proc/self/status}), so it is reported on Linux only.
 */
public final class EnsembleGrowth {
    private EnsembleGrowth() {
    }

    /** Runs the benchmark, or with {@code --child} one measurement inside the JVM it was started in. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("child")) {
            child(o);
            return;
        }
        String experiment = o.getOrDefault("experiment", "examples/kyrgyzstan-2010-experiment.yaml");
        String rows = o.getOrDefault("rows", "none");
        String layout = o.getOrDefault("layout", "long");
        String heap = o.getOrDefault("heap", "256m");
        int repeat = Integer.parseInt(o.getOrDefault("repeat", "1"));
        Path out = Path.of(o.getOrDefault("out", System.getProperty("java.io.tmpdir")));
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        System.out.printf(Locale.ROOT, "%s, rows %s (%s), heap -Xmx%s, %d processors%n", experiment, rows, layout,
                heap, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%10s %7s %11s %8s %11s %9s %8s %9s %9s%n", "draws", "threads", "rows",
                "seconds", "rows/s", "draws/s", "cpu s", "peak MB", "load");
        for (String d : o.getOrDefault("draws", "100000,1000000,10000000").split(",")) {
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            for (int r = 0; r < repeat; r++) {
                for (String t : o.getOrDefault("threads", "1,2").split(",")) {
                    Path dir = Files.createTempDirectory(out, "ensemble-growth");
                    List<String> command = List.of(java, "-Xmx" + heap, "-cp", classPath,
                            EnsembleGrowth.class.getName(), "--child", "--experiment", experiment, "--draws", d,
                            "--threads", t, "--rows", rows, "--layout", layout, "--out", dir.toString());
                    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                    String line = null;
                    StringBuilder all = new StringBuilder();
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                            StandardCharsets.UTF_8))) {
                        for (String l = in.readLine(); l != null; l = in.readLine()) {
                            all.append(l).append('\n');
                            if (l.startsWith("growth ")) {
                                line = l.substring(7);
                            }
                        }
                    }
                    int code = p.waitFor();
                    delete(dir);
                    if (code != 0 || line == null) {
                        System.out.printf(Locale.ROOT, "%10s %7s failed (exit %d):%n%s", d, t, code, all);
                        continue;
                    }
                    System.out.println(line);
                    rates.computeIfAbsent(t, k -> new ArrayList<>()).add(Double.parseDouble(line.trim()
                            .split("\\s+")[4]));
                }
            }
            if (rates.containsKey("1") && rates.containsKey("2")) {
                System.out.printf(Locale.ROOT, "%10s speed-up, 2 threads against 1: %.2f (median rows/s %.0f and "
                        + "%.0f)%n", d, median(rates.get("2")) / median(rates.get("1")), median(rates.get("1")),
                        median(rates.get("2")));
            }
        }
    }

    private static void child(Map<String, String> o) throws IOException {
        String draws = o.get("draws");
        String threads = o.get("threads");
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("ensemble",
                o.get("experiment"), "--allow-outside", "--runs", draws, "--threads", threads, "--out",
                o.get("out"), "--overwrite", "--rows", o.get("rows"), "--layout", o.get("layout"), "--progress=false",
                "--format", "json");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            System.out.println(err);
            System.exit(code);
        }
        long rowCount = Long.parseLong(out.toString().replaceAll("(?s).*\"rowsThisSession\" : (\\d+).*", "$1"));
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        load = Math.max(load, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "growth %10s %7s %11d %8.2f %11.0f %9.0f %8.2f %9s %9.2f%n", draws, threads,
                rowCount, seconds, rowCount / seconds, Long.parseLong(draws) / seconds, cpu, peakMegabytes(), load);
    }

    /** The JVM's peak resident memory in MB, or "n/a" where the system does not report it. */
    private static String peakMegabytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, was '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            if (key.equals("child")) {
                o.put(key, "");
            } else if (i + 1 < args.length) {
                o.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + key + " needs a value");
            }
        }
        return o;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
