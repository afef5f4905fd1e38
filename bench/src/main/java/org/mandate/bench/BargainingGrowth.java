package org.mandate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.mandate.bargaining.Profile;
import org.mandate.bargaining.SmpInput;
import org.mandate.bargaining.SmpModel;
import org.mandate.bargaining.SmpOptions;

/**
 * A small benchmark of how the bargaining engine's time per turn grows with the number of actors: for each size it
 * runs {@link SmpBenchmark#TURNS} turns of the generated scenario {@code SmpScenarios.random(N, 2, 2025)} again and
 * again, and prints the fastest and the median time per turn, in wall-clock time and in the processor time of the
 * running thread (which other programs on a shared machine inflate less).
 *
 * <p>Arguments: {@code [sizes] [profile] [runs]}, by default {@code 10,20,40,80,160,320,500 KTAB 7}. Each size is
 * warmed up with runs totalling at least five seconds (and at least three runs) before the timed runs.
 */
public final class BargainingGrowth {

    private BargainingGrowth() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) {
        String sizes = args.length > 0 ? args[0] : "10,20,40,80,160,320,500";
        Profile profile = args.length > 1 ? Profile.valueOf(args[1]) : Profile.KTAB;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int turns = SmpBenchmark.TURNS;
        System.out.printf(Locale.ROOT, "profile %s, %d timed runs of %d turns per size; ms per turn%n", profile, runs,
                turns);
        System.out.printf(Locale.ROOT, "%5s %12s %12s %12s %12s%n", "N", "wall min", "wall median", "cpu min",
                "cpu median");
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim());
            SmpInput input = SmpScenarios.random(n, 2, 2025);
            SmpOptions options = SmpOptions.ktabDefaults().withProfile(profile).withMaxTurns(turns)
                    .withMinTurns(turns + 1);
            long warmUpStart = System.nanoTime();
            for (int w = 0; w < 3 || System.nanoTime() - warmUpStart < 5_000_000_000L; w++) {
                int ran = SmpModel.run(input, options).turns();
                if (ran != turns) {
                    throw new IllegalStateException("the run of " + n + " actors stopped after " + ran
                            + " turns, not " + turns);
                }
            }
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            for (int r = 0; r < runs; r++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                SmpModel.run(input, options);
                wall[r] = (System.nanoTime() - wallStart) / 1e6 / turns;
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / turns;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%5d %12.4g %12.4g %12.4g %12.4g%n", n, wall[0], wall[runs / 2], cpu[0],
                    cpu[runs / 2]);
        }
    }
}
