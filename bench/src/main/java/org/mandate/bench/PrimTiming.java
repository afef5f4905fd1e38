package org.mandate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.mandate.analysis.discovery.Column;
import org.mandate.analysis.discovery.Prim;
import org.mandate.analysis.discovery.PrimBox;
import org.mandate.analysis.discovery.PrimResult;

/**
 * A small benchmark of PRIM alone on data of the shape {@code mandate discover} gives it: for a number of rows it
 * draws twelve continuous columns (eight uniform, four with 5 to 40 distinct values) and two categorical ones, and
 * an outcome that holds in a box of three of them with 10% of the rows flipped; then it times, again and again,
 * what discover asks of PRIM: the peeling trajectory and the box chosen at density 0.8, pasted.
 *
 * <p>Arguments: {@code [rows] [runs]}, by default {@code 1000000 5}; one untimed run first. Prints the fastest and
 * the median wall-clock and thread processor time of a run, and the chosen box.
 */
public final class PrimTiming {

    private PrimTiming() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(2010);
        List<Column> columns = new java.util.ArrayList<>();
        for (int c = 0; c < 12; c++) {
            columns.add(Column.continuous("x" + c));
        }
        columns.add(Column.categorical("rule", "majority", "consensus", "leadState"));
        columns.add(Column.categorical("agenda", "any-member", "chair"));
        double[][] x = new double[n][];
        boolean[] outcome = new boolean[n];
        for (int r = 0; r < n; r++) {
            double[] row = new double[14];
            for (int c = 0; c < 8; c++) {
                row[c] = random.nextDouble();
            }
            for (int c = 8; c < 12; c++) {
                int levels = 5 << (c - 8);
                row[c] = (double) random.nextInt(levels) / levels;
            }
            row[12] = random.nextInt(3);
            row[13] = random.nextInt(2);
            x[r] = row;
            boolean inBox = row[0] < 0.6 && row[9] > 0.2 && row[12] != 1;
            outcome[r] = random.nextDouble() < 0.1 ? !inBox : inBox;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        PrimBox box = null;
        for (int k = -1; k < runs; k++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            PrimResult result = Prim.run(columns, x, outcome);
            box = result.selectByDensity(0.8).orElseThrow();
            if (k >= 0) {
                wall[k] = (System.nanoTime() - wallStart) / 1e9;
                cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "PRIM on %d rows, %d runs: wall min %.3f s, median %.3f s; cpu min %.3f s,"
                + " median %.3f s%nbox: %s%n", n, runs, wall[0], wall[runs / 2], cpu[0], cpu[runs / 2], box);
    }
}
