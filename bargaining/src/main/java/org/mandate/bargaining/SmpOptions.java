package org.mandate.bargaining;

import java.util.Objects;

/**
 * The options of one bargaining run: the profile, every KTAB model option, the stopping
 * constants and the seed.
 *
 * <p>{@link #ktabDefaults()} gives KTAB's defaults, with which every KTAB reference run was
 * made; {@link #mandateDefaults()} gives the same options under the {@link Profile#MANDATE}
 * profile. Change one option with the {@code with...} methods:
 * <pre>{@code
 * SmpOptions options = SmpOptions.ktabDefaults().withVotingRule(VotingRule.BINARY);
 * }</pre>
 *
 * @param profile              KTAB-compatible or with the project's fixes; default
 *                             {@link Profile#KTAB}
 * @param victoryProbModel     default {@link VictoryProbModel#LINEAR}
 * @param pceModel             default {@link PceModel#CONDITIONAL}
 * @param stateTransitions     default {@link StateTransitions#DETERMINISTIC}
 * @param votingRule           default {@link VotingRule#PROP}
 * @param bigRAdjust           default {@link BigRAdjust#ONE_THIRD}
 * @param bigRRange            default {@link BigRRange#MID}
 * @param thirdPartyCommit     default {@link ThirdPartyCommit#SEMI_COMMIT}
 * @param bargainInterpolation default {@link BargainInterpolation#S2P2}
 * @param bargainModel         default {@link BargainModel#INIT_ONLY_INTERP}
 * @param accommodation        default {@link Accommodation#identity()}
 * @param maxTurns             the turn cap, at least 1; KTAB: 100
 * @param minTurns             the first turn at which convergence may stop the run, at least
 *                             1; KTAB: 2
 * @param stopRatio            the run converges when a turn's movement divided by (the first
 *                             turn's movement + 1e-4) falls below this, in [0, 1); KTAB: 0.02
 * @param seed                 the seed of the generator used by stochastic transitions; KTAB's
 *                             default seed 15455440707583219804, i.e. {@value #KTAB_SEED} as a
 *                             signed long
 */
public record SmpOptions(
        Profile profile,
        VictoryProbModel victoryProbModel,
        PceModel pceModel,
        StateTransitions stateTransitions,
        VotingRule votingRule,
        BigRAdjust bigRAdjust,
        BigRRange bigRRange,
        ThirdPartyCommit thirdPartyCommit,
        BargainInterpolation bargainInterpolation,
        BargainModel bargainModel,
        Accommodation accommodation,
        int maxTurns,
        int minTurns,
        double stopRatio,
        long seed) {

    /** KTAB's default seed 15455440707583219804 (an unsigned 64-bit value) as a signed long. */
    public static final long KTAB_SEED = -2991303366126331812L;

    /** KTAB's turn cap. */
    public static final int KTAB_MAX_TURNS = 100;

    /** KTAB's minimum number of turns before convergence can stop a run. */
    public static final int KTAB_MIN_TURNS = 2;

    /** KTAB's convergence threshold on the change ratio. */
    public static final double KTAB_STOP_RATIO = 0.02;

    /** Validates the options. */
    public SmpOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(victoryProbModel, "victoryProbModel");
        Objects.requireNonNull(pceModel, "pceModel");
        Objects.requireNonNull(stateTransitions, "stateTransitions");
        Objects.requireNonNull(votingRule, "votingRule");
        Objects.requireNonNull(bigRAdjust, "bigRAdjust");
        Objects.requireNonNull(bigRRange, "bigRRange");
        Objects.requireNonNull(thirdPartyCommit, "thirdPartyCommit");
        Objects.requireNonNull(bargainInterpolation, "bargainInterpolation");
        Objects.requireNonNull(bargainModel, "bargainModel");
        Objects.requireNonNull(accommodation, "accommodation");
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1, got " + maxTurns);
        }
        if (minTurns < 1) {
            throw new IllegalArgumentException("minTurns must be at least 1, got " + minTurns);
        }
        if (!(stopRatio >= 0 && stopRatio < 1)) {
            throw new IllegalArgumentException("stopRatio must be in [0, 1), got " + stopRatio);
        }
        if (profile == Profile.KTAB && bigRAdjust == BigRAdjust.FULL) {
            throw new IllegalArgumentException("bigRAdjust FULL is not available in the KTAB profile: KTAB aborts every"
                    + " run with it (perceived risk attitudes then equal the true ones, which fails its sanity"
                    + " check); use Profile.MANDATE to run it");
        }
    }

    /** Returns KTAB's default options under the {@link Profile#KTAB} profile. */
    public static SmpOptions ktabDefaults() {
        return new SmpOptions(Profile.KTAB, VictoryProbModel.LINEAR, PceModel.CONDITIONAL,
                StateTransitions.DETERMINISTIC, VotingRule.PROP, BigRAdjust.ONE_THIRD, BigRRange.MID,
                ThirdPartyCommit.SEMI_COMMIT, BargainInterpolation.S2P2, BargainModel.INIT_ONLY_INTERP,
                Accommodation.identity(), KTAB_MAX_TURNS, KTAB_MIN_TURNS, KTAB_STOP_RATIO, KTAB_SEED);
    }

    /** Returns KTAB's default options under the {@link Profile#MANDATE} profile. */
    public static SmpOptions mandateDefaults() {
        return ktabDefaults().withProfile(Profile.MANDATE);
    }

    /** Returns these options with another profile. */
    public SmpOptions withProfile(Profile value) {
        return new SmpOptions(value, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns,
                stopRatio, seed);
    }

    /** Returns these options with another victory-probability model. */
    public SmpOptions withVictoryProbModel(VictoryProbModel value) {
        return new SmpOptions(profile, value, pceModel, stateTransitions, votingRule, bigRAdjust, bigRRange,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another PCE model. */
    public SmpOptions withPceModel(PceModel value) {
        return new SmpOptions(profile, victoryProbModel, value, stateTransitions, votingRule, bigRAdjust, bigRRange,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with other state transitions. */
    public SmpOptions withStateTransitions(StateTransitions value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, value, votingRule, bigRAdjust, bigRRange,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another voting rule. */
    public SmpOptions withVotingRule(VotingRule value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, value, bigRAdjust, bigRRange,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another BigRAdjust rule. */
    public SmpOptions withBigRAdjust(BigRAdjust value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, value, bigRRange,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another BigRRange rule. */
    public SmpOptions withBigRRange(BigRRange value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust, value,
                thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another third-party commitment rule. */
    public SmpOptions withThirdPartyCommit(ThirdPartyCommit value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, value, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another bargain interpolation. */
    public SmpOptions withBargainInterpolation(BargainInterpolation value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, value, bargainModel, accommodation, maxTurns, minTurns, stopRatio, seed);
    }

    /** Returns these options with another bargain model. */
    public SmpOptions withBargainModel(BargainModel value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, value, accommodation, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another accommodation rule. */
    public SmpOptions withAccommodation(Accommodation value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, value, maxTurns, minTurns, stopRatio,
                seed);
    }

    /** Returns these options with another turn cap. */
    public SmpOptions withMaxTurns(int value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, value, minTurns,
                stopRatio, seed);
    }

    /** Returns these options with another minimum number of turns. */
    public SmpOptions withMinTurns(int value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, value,
                stopRatio, seed);
    }

    /** Returns these options with another convergence threshold. */
    public SmpOptions withStopRatio(double value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns,
                value, seed);
    }

    /** Returns these options with another seed. */
    public SmpOptions withSeed(long value) {
        return new SmpOptions(profile, victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust,
                bigRRange, thirdPartyCommit, bargainInterpolation, bargainModel, accommodation, maxTurns, minTurns,
                stopRatio, value);
    }
}
