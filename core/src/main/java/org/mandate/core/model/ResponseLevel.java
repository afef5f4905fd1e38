package org.mandate.core.model;

/**
 * The ordinal response scale used everywhere: what an organization decides or implements in a crisis.
 *
 * <p>Each level carries two properties of the scale itself, not of any organization: whether it puts foreign
 * personnel on the ground ({@link #presence()}, 0 for none, up to 1 for an armed force), and how large and
 * open-ended a commitment it is for the members that carry it ({@link #commitment()}).
 */
public enum ResponseLevel {
    /** No response. */
    NONE(0, "nothing", 0.0, 0.0, 0.0),
    /** A statement or consultation, including declaring a change of power unconstitutional. */
    STATEMENT(1, "statement or consultation", 0.0, 0.02, 0.05),
    /** Humanitarian aid, political facilitation, fact-finding or monitoring. */
    FACILITATION(2, "humanitarian aid, facilitation or monitoring", 0.0, 0.1, 0.3),
    /** A police or advisory mission. */
    MISSION(3, "police or advisory mission", 0.3, 0.1, 0.6),
    /** An armed deployment: peacekeeping or a rapid-reaction force. */
    FORCE(4, "armed deployment", 1.0, 1.0, 1.0);

    private static final ResponseLevel[] BY_VALUE = values();

    private final int value;
    private final String label;
    private final double presence;
    private final double commitment;
    private final double effect;

    ResponseLevel(int value, String label, double presence, double commitment, double effect) {
        this.value = value;
        this.label = label;
        this.presence = presence;
        this.commitment = commitment;
        this.effect = effect;
    }

    /** The level as its number on the 0-4 scale. */
    public int value() {
        return value;
    }

    /** A short human label. */
    public String label() {
        return label;
    }

    /** How far the level puts foreign personnel on the host's ground: 0 none, 0.3 unarmed mission, 1 armed force. */
    public double presence() {
        return presence;
    }

    /** The relative cost and open-endedness of the commitment for the members that carry it (0 to 1). */
    public double commitment() {
        return commitment;
    }

    /** How much the level can do to contain a crisis on the ground (0 to 1). */
    public double effect() {
        return effect;
    }

    /** The level with the given number, or an exception naming the bad value. */
    public static ResponseLevel of(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("response level must be 0 to 4, was " + value);
        }
        return BY_VALUE[value];
    }
}
