package org.mandate.analysis.backtest;

/**
 * What a case file records for one measure (decided or implemented) of one organization in one episode: a response
 * level, the fact that the host was not a member, or nothing.
 */
public sealed interface Observed {
    /** A response level 0 to 4. */
    static Observed level(int value) {
        return new Level(value);
    }

    /** The host was not a member of the organization. */
    static Observed notMember() {
        return NotMember.INSTANCE;
    }

    /** The case file does not record this measure. */
    static Observed notRecorded() {
        return NotRecorded.INSTANCE;
    }

    /**
     * An observed response level.
     *
     * @param value the level, 0 to 4
     */
    record Level(int value) implements Observed {
        /** Checks the level. */
        public Level {
            Prediction.checkLevel("observed level", value);
        }

        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** The host was not a member, so the organization had no standing to respond. */
    record NotMember() implements Observed {
        static final NotMember INSTANCE = new NotMember();

        @Override
        public String toString() {
            return "not-member";
        }
    }

    /** Not recorded in the case file. */
    record NotRecorded() implements Observed {
        static final NotRecorded INSTANCE = new NotRecorded();

        @Override
        public String toString() {
            return "not-recorded";
        }
    }
}
