package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the bound pruning of the target search: the pruned search makes the same choices as the full one, bit for
 * bit and ties included, and it really skips most challenges.
 */
class PrunedSearchTest {

    /** A generated run: the input's seed and size, and every option that changes the challenge arithmetic. */
    record Case(long seed, int actors, int dimensions, boolean grid, Profile profile, VotingRule rule,
            VictoryProbModel vpm, PceModel pce, ThirdPartyCommit commit, BigRAdjust adjust, BigRRange range,
            BargainModel model, double accommodation, boolean stochastic) {
    }

    @Provide
    Arbitrary<PceModel> pces() {
        return Arbitraries.of(PceModel.CONDITIONAL, PceModel.MARKOV_INCENTIVE);
    }

    @Provide
    Arbitrary<Double> accommodations() {
        return Arbitraries.of(1.0, 1.0, 0.5, 0.1);
    }

    @Property(tries = 500, seed = "20260115", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void prunedSearch_onRandomInputsAndOptions_givesTheFullSearchsRunBitForBit(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 24) int actors, @ForAll @IntRange(min = 1, max = 3) int dimensions,
            @ForAll boolean grid, @ForAll Profile profile, @ForAll VotingRule rule, @ForAll VictoryProbModel vpm,
            @ForAll("pces") PceModel pce, @ForAll ThirdPartyCommit commit, @ForAll BigRAdjust adjust,
            @ForAll BigRRange range, @ForAll BargainModel model, @ForAll("accommodations") double accommodation,
            @ForAll boolean stochastic) {
        Case c = new Case(seed, actors, dimensions, grid, profile, rule, vpm, pce, commit, adjust, range, model,
                accommodation, stochastic);
        SmpInput input = input(c);
        SmpOptions options = options(c);

        Object pruned = outcome(input, options, true);
        Object full = outcome(input, options, false);

        Statistics.collect(pruned instanceof SmpResult ? "runs" : "fails as KTAB does");
        assertThat(pruned).isEqualTo(full);
    }

    static List<String> references() {
        return KtabReference.ALL;
    }

    @ParameterizedTest
    @MethodSource("references")
    void prunedSearch_onEveryReferenceInput_givesTheFullSearchsRunUnderBothProfiles(String name) {
        SmpInput input = KtabReference.load(name).read();
        for (SmpOptions options : List.of(SmpOptions.ktabDefaults(), SmpOptions.mandateDefaults())) {
            assertThat(new Engine(input, options, KtabReference.random(), Trace.NONE, true, true).run())
                    .isEqualTo(new Engine(input, options, KtabReference.random(), Trace.NONE, true, false).run());
        }
    }

    @Test
    void prunedSearch_onTheEightyActorReference_evaluatesUnderHalfOfTheChallenges() {
        SmpInput input = KtabReference.load("dummyData-a080").read();
        for (SmpOptions options : List.of(SmpOptions.ktabDefaults(), SmpOptions.mandateDefaults())) {
            Engine pruned = new Engine(input, options, KtabReference.random(), Trace.NONE);
            Engine full = new Engine(input, options, KtabReference.random(), Trace.NONE, true, false);
            SmpResult result = pruned.run();
            full.run();
            long all = (long) result.turns() * 80 * 79;

            assertThat(full.challengesEvaluated()).isEqualTo(all);
            assertThat(pruned.challengesEvaluated()).isLessThan(all / 2);
        }
    }

    @Test
    void prunedSearch_withTheBinaryVictoryModel_evaluatesEveryChallenge() {
        SmpInput input = KtabReference.load("ref-30x2").read();
        SmpOptions options = SmpOptions.mandateDefaults().withVictoryProbModel(VictoryProbModel.BINARY);
        Engine engine = new Engine(input, options, KtabReference.random(), Trace.NONE);

        SmpResult result = engine.run();

        assertThat(engine.challengesEvaluated()).isEqualTo((long) result.turns() * 30 * 29);
    }

    @Test
    void prunedSearch_amongTwinTargets_choosesTheLowerIndexAsTheFullSearchDoes() {
        // B and B2 are twins (same capability, position and salience): A's challenges to them are the same sums
        // in the same order, so their gains tie exactly, and the full search keeps the first, B.
        SmpInput input = SmpInput.of(List.of("A", "B", "B2"), new double[] {30, 20, 20},
                new double[][] {{0.1}, {0.9}, {0.9}}, new double[][] {{0.8}, {0.5}, {0.5}});
        List<int[]> pruned = new ArrayList<>();
        List<int[]> full = new ArrayList<>();
        SmpOptions options = SmpOptions.ktabDefaults().withMaxTurns(1);

        new Engine(input, options, KtabReference.random(), recorder(pruned), true, true).run();
        new Engine(input, options, KtabReference.random(), recorder(full), true, false).run();

        assertThat(pruned).usingRecursiveFieldByFieldElementComparator().isEqualTo(full);
        assertThat(pruned).anySatisfy(p -> assertThat(p).containsExactly(0, 0, 1));
    }

    private static Trace recorder(List<int[]> challenges) {
        return new Trace() {
            @Override
            public void proposal(int turn, int initiator, int receiver, double winProbability, double deltaEu,
                    double[] initiatorPoint, double[] receiverPoint, double probInInit, boolean chosenByInit,
                    double probInRecv, boolean chosenByRecv) {
                challenges.add(new int[] {turn, initiator, receiver});
            }
        };
    }

    /** The run's result, or the message it fails with: both searches must fail alike too. */
    private static Object outcome(SmpInput input, SmpOptions options, boolean pruning) {
        RandomGenerator random = RandomGeneratorFactory.of(SmpModel.GENERATOR).create(options.seed());
        try {
            return new Engine(input, options, random, Trace.NONE, true, pruning).run();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static SmpOptions options(Case c) {
        BigRAdjust adjust = c.profile() == Profile.KTAB && c.adjust() == BigRAdjust.FULL ? BigRAdjust.ONE_THIRD
                : c.adjust();
        SmpOptions options = SmpOptions.ktabDefaults().withProfile(c.profile()).withVotingRule(c.rule())
                .withVictoryProbModel(c.vpm()).withPceModel(c.pce()).withThirdPartyCommit(c.commit())
                .withBigRAdjust(adjust).withBigRRange(c.range()).withBargainModel(c.model())
                .withMaxTurns(8).withSeed(c.seed());
        if (c.accommodation() < 1) {
            options = options.withAccommodation(Accommodation.diagonal(c.accommodation()));
        }
        if (c.stochastic()) {
            options = options.withStateTransitions(StateTransitions.STOCHASTIC);
        }
        return options;
    }

    /**
     * A random input; on a grid of five positions and with every third actor a twin of an earlier one, so that
     * gains tie often.
     */
    private static SmpInput input(Case c) {
        RandomGenerator random = RandomGeneratorFactory.of(SmpModel.GENERATOR).create(c.seed());
        int n = c.actors();
        int k = c.dimensions();
        List<String> names = new ArrayList<>();
        double[] capabilities = new double[n];
        double[][] positions = new double[n][k];
        double[][] saliences = new double[n][k];
        for (int i = 0; i < n; i++) {
            names.add("A" + i);
            if (i > 0 && random.nextInt(3) == 0) {
                int twin = random.nextInt(i);
                capabilities[i] = capabilities[twin];
                positions[i] = positions[twin].clone();
                saliences[i] = saliences[twin].clone();
                continue;
            }
            capabilities[i] = c.grid() ? 10 * (1 + random.nextInt(5)) : random.nextDouble(1, 100);
            double total = random.nextDouble(0.2, 1);
            for (int d = 0; d < k; d++) {
                positions[i][d] = c.grid() ? random.nextInt(5) / 4.0 : random.nextDouble();
                saliences[i][d] = total / k;
            }
        }
        return SmpInput.of(names, capabilities, positions, saliences);
    }
}
