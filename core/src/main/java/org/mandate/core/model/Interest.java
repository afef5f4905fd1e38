package org.mandate.core.model;

/**
 * A standing interest of a state, each weighted 0 to 1 in the state's profile (DOMAIN: State).
 *
 * <p>The stance terms read {@link #REGIME_SECURITY}, {@link #SOVEREIGNTY}, {@link #ZONE_OF_INTEREST},
 * {@link #COST_AVERSION}, {@link #SEPARATISM_FEAR}, {@link #IMAGE}, {@link #WAIT_AND_SEE} and {@link #HUMAN_DIMENSION}
 * (mechanism 11). {@link #RIVALRY} and {@link #RENTS} are loaded and shown in explanations, but no stage reads them.
 */
public enum Interest {
    /** Fear of precedents against incumbents: wants unconstitutional changes condemned (mechanism 2). */
    REGIME_SECURITY("regimeSecurity"),
    /** Aversion to outside interference in a state's domestic affairs. */
    SOVEREIGNTY("sovereignty"),
    /** Treats some neighbours or regions as its own sphere; opposes lasting third-party presence there (mechanism 4). */
    ZONE_OF_INTEREST("zoneOfInterest"),
    /** Aversion to open-ended commitments abroad, felt in proportion to the share of the burden (mechanism 3). */
    COST_AVERSION("costAversion"),
    /** Rivalry with other outside powers (mechanism 12); no stage reads it (the neighbour veto reads the rivals). */
    RIVALRY("rivalry"),
    /** Fear of separatism: opposes recognising breakaway territories. */
    SEPARATISM_FEAR("separatismFear"),
    /** Appetite for rents and equipment (mechanism 10); read by no stage. */
    RENTS("rents"),
    /** Image and recognition: values visible, cheap action and brokerage (mechanisms 8 and 10). */
    IMAGE("image"),
    /** Withholds any position on a new government until its composition is clear (mechanism 7). */
    WAIT_AND_SEE("waitAndSee"),
    /** Support for (positive) or opposition to (negative) human-dimension monitoring (mechanism 11, a stance term). */
    HUMAN_DIMENSION("humanDimension");

    private static final Interest[] ALL = values();

    private final String key;

    Interest(String key) {
        this.key = key;
    }

    /** The key used in library and scenario files. */
    public String key() {
        return key;
    }

    /** The interest with the given file key, or null when there is none. */
    public static Interest byKey(String key) {
        for (Interest interest : ALL) {
            if (interest.key.equals(key)) {
                return interest;
            }
        }
        return null;
    }

    /** Number of interests. */
    public static int count() {
        return ALL.length;
    }
}
