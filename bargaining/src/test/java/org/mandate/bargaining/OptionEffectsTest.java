package org.mandate.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code dummyData_3Dim} with one option changed at a time, under both profiles, and
 * checks that every non-default value changes the run (its trajectory or its reported
 * probabilities).
 */
class OptionEffectsTest {

    private static final SmpInput INPUT = KtabReference.load("dummyData_3Dim").read();

    static Stream<Arguments> changes() {
        Stream.Builder<Arguments> changes = Stream.builder();
        for (Profile profile : Profile.values()) {
            SmpOptions base = SmpOptions.ktabDefaults().withProfile(profile);
            for (VictoryProbModel v : VictoryProbModel.values()) {
                add(changes, base, "VPM " + v, o -> o.withVictoryProbModel(v), v != VictoryProbModel.LINEAR);
            }
            for (PceModel v : PceModel.values()) {
                add(changes, base, "PCE " + v, o -> o.withPceModel(v), v != PceModel.CONDITIONAL);
            }
            for (VotingRule v : VotingRule.values()) {
                add(changes, base, "voting " + v, o -> o.withVotingRule(v), v != VotingRule.PROP);
            }
            for (BigRAdjust v : BigRAdjust.values()) {
                boolean runs = profile == Profile.MANDATE || v != BigRAdjust.FULL;
                add(changes, base, "BigRAdjust " + v, o -> o.withBigRAdjust(v), runs && v != BigRAdjust.ONE_THIRD);
            }
            for (BigRRange v : BigRRange.values()) {
                add(changes, base, "BigRRange " + v, o -> o.withBigRRange(v), v != BigRRange.MID);
            }
            for (ThirdPartyCommit v : ThirdPartyCommit.values()) {
                add(changes, base, "commit " + v, o -> o.withThirdPartyCommit(v), v != ThirdPartyCommit.SEMI_COMMIT);
            }
            for (BargainInterpolation v : BargainInterpolation.values()) {
                add(changes, base, "interpolation " + v, o -> o.withBargainInterpolation(v),
                        v != BargainInterpolation.S2P2);
            }
            for (BargainModel v : BargainModel.values()) {
                add(changes, base, "bargain " + v, o -> o.withBargainModel(v), v != BargainModel.INIT_ONLY_INTERP);
            }
            add(changes, base, "stochastic", o -> o.withStateTransitions(StateTransitions.STOCHASTIC), true);
            add(changes, base, "ideals fixed", o -> o.withAccommodation(Accommodation.diagonal(0)), true);
        }
        return changes.build();
    }

    private static void add(Stream.Builder<Arguments> changes, SmpOptions base, String label,
            UnaryOperator<SmpOptions> change, boolean applicable) {
        if (applicable) {
            changes.add(Arguments.of(base.profile() + ", " + label, base, change));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void nonDefaultOption_changesTheRun(String label, SmpOptions base, UnaryOperator<SmpOptions> change) {
        SmpResult reference = SmpModel.run(INPUT, base);
        SmpResult changed = SmpModel.run(INPUT, change.apply(base));

        assertThat(changed.turns()).isPositive();
        boolean samePositions = Arrays.deepEquals(reference.positions(), changed.positions());
        boolean sameProbabilities = Arrays.deepEquals(reference.probabilities(), changed.probabilities());
        assertThat(samePositions && sameProbabilities).as("%s leaves the run unchanged", label).isFalse();
    }
}
