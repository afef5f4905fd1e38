package org.mandate.core.model;

/**
 * The standing of the host's government in an episode.
 *
 * @param status     incumbent, or interim after an unconstitutional change
 * @param recognized whether other governments recognise it; an unrecognised government does not sit in
 *                   collective decisions
 * @param settled    whether its composition is clear
 */
public record Government(Status status, boolean recognized, boolean settled) {

    /** Whether the government came to power unconstitutionally. */
    public boolean interim() {
        return status == Status.INTERIM;
    }

    /** Whether its legitimacy is still open: interim and not settled. */
    public boolean contested() {
        return status == Status.INTERIM && !settled;
    }

    /** Incumbent or interim. */
    public enum Status {
        /** In power by the host's constitution. */
        INCUMBENT,
        /** In power after an unconstitutional change. */
        INTERIM
    }
}
