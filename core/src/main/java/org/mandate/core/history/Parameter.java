package org.mandate.core.history;

/**
 * The constants of the history's mechanisms, each with its default and meaning. A history file may set any of them
 * under {@code parameters:}; an experiment may vary them. Rates are per year unless said otherwise; the engine
 * scales them to its step. See docs/history.md for how each default was chosen.
 */
public enum Parameter {
    // regime threat
    THREAT_FLOOR("threatFloor", 0.1, "regime threat a state with full institutional capacity returns to"),
    THREAT_WEAKNESS("threatWeakness", 0.3, "extra standing threat of a state with no institutional capacity"),
    THREAT_RECOVERY("threatRecovery", 0.6, "share of the gap to the standing threat closed per year"),
    CRISIS_SHOCK("crisisShock", 0.5, "threat added to a host's regime by a crisis, times its severity"),
    CONTAGION("contagion", 0.35, "threat added to other non-democratic regimes by a change of power or mass protest,"
            + " times the crisis type's precedent and their regime-security interest"),
    MONITORING_THREAT("monitoringThreat", 0.04, "threat per year that full human-dimension monitoring adds to a"
            + " regime that opposes it (criticism gives the opposition a platform)"),
    // capacity building
    ASSISTANCE_SCALE("assistanceScale", 400.0, "USD million a year that raise a small state's capacity by one"
            + " unit a year"),
    SIZE_FACTOR("sizeFactor", 60.0, "how much larger states need, per unit of capability"),
    DEPRECIATION("depreciation", 0.04, "share of capacity lost per year without upkeep"),
    INSTITUTION_DRIFT("institutionDrift", 0.03, "growth per year of a democracy's own institutions (half for a"
            + " hybrid regime, a fifth for an autocracy)"),
    RENTS_TO_COERCION("rentsToCoercion", 0.5, "share of base rents that goes to the coercive apparatus"),
    CONTROL_BASE("controlBase", 0.2, "the capital's control of its regions with no capacity"),
    CONTROL_INSTITUTIONAL("controlInstitutional", 0.7, "control gained per unit of institutional capacity"),
    CONTROL_COERCIVE("controlCoercive", 0.1, "control gained per unit of coercive capacity"),
    CONTROL_THREAT("controlThreat", 0.2, "control lost per unit of regime threat"),
    CONTROL_THRESHOLD("controlThreshold", 0.5, "control at which the capital can overrule its regions"),
    // great-power competition and forum shopping
    ZONE_INTEREST("zoneInterest", 1.0, "a power's interest in a state of its zone (others: a quarter)"),
    COMPETITION_BOOST("competitionBoost", 1.0, "extra assistance a power offers per unit of a rival's alignment"
            + " with the state, times its rivalry interest"),
    FORUM_SHOPPING("forumShopping", 0.25, "alignment change per year toward the power that pays more, times the"
            + " state's rents interest"),
    ALIGN_MEMORY("alignMemory", 0.15, "share of the gap to a state's standing alignment closed per year"),
    ALIGN_CRISIS("alignCrisis", 0.8, "share of the gap to a power's stance in a host's crisis closed, times"
            + " severity"),
    BASE_COUNT("baseCount", 2.0, "bases a power with a basing demand seeks in the region"),
    BASE_THRESHOLD("baseThreshold", 0.1, "host willingness needed to grant a base"),
    BASE_CAMP("baseCamp", 0.5, "willingness lost per unit of the host's alignment with a rival of the power"),
    BASE_SOVEREIGNTY("baseSovereignty", 0.5, "willingness lost per unit of sovereignty interest"),
    RENT_SCALE("rentScale", 20.0, "USD million a year worth one unit of willingness to a host that wants rents"),
    OPENING_RENT("openingRent", 2.0, "USD million a year a power first pays for a base"),
    RIVAL_PRESSURE("rivalPressure", 100.0, "USD million a year a rival offers a host to evict a base at full"
            + " tension, times its rivalry and zone interests"),
    TENSION_GAIN("tensionGain", 0.6, "tension added between two powers that take opposite sides in a crisis, per"
            + " unit of disagreement beyond a half, times severity"),
    TENSION_DECAY("tensionDecay", 0.3, "share of tension lost per year"),
    COUNTER_TENSION("counterTension", 0.15, "tension at which a power answers a rival's base in its zone with a base"
            + " of its own"),
    EVICT_THRESHOLD("evictThreshold", -0.1, "host willingness below which it gives notice to a base"),
    REVERSAL_ALIGN("reversalAlign", 0.3, "alignment a host needs with a power to take its higher rent and withdraw a"
            + " notice"),
    RENT_CEILING("rentCeiling", 80.0, "USD million a year a power with a basing demand will pay at most"),
    NOTICE_DAYS("noticeDays", 180.0, "days from an eviction notice to the base's closure"),
    RENEGOTIATION_MONTHS("renegotiationMonths", 12.0, "months a new government takes to renegotiate a base"),
    // membership choice
    U_ALIGN("uAlign", 0.6, "weight of alignment with the organization's patrons"),
    U_SOVEREIGNTY("uSovereignty", 0.5, "weight of the sovereignty cost of a patron's dominance"),
    U_PROTECTION("uProtection", 0.6, "weight of regime protection against regime threat"),
    U_SCRUTINY("uScrutiny", 0.6, "weight of human-dimension scrutiny for a regime that opposes it"),
    U_CREDIBILITY("uCredibility", 0.6, "weight of the organization's credibility with the member"),
    U_RECOGNITION("uRecognition", 1.0, "weight of the recognition a new state wins by joining a cooperative organization of"
            + " sovereign states (the OSCE), fading over recognitionYears"),
    RECOGNITION_YEARS("recognitionYears", 3.0, "years after independence over which recognition matters"),
    U_IMAGE("uImage", 0.25, "weight of image and recognition"),
    U_RENTS("uRents", 0.4, "weight of the patrons' share of the assistance the state receives, times rents"),
    JOIN_THRESHOLD("joinThreshold", 0.2, "utility needed to join"),
    LEAVE_THRESHOLD("leaveThreshold", 0.3, "negative utility needed to leave"),
    RENEWAL_THRESHOLD("renewalThreshold", 0.0, "utility needed to renew at the end of a term"),
    ADMISSION_MIN("admissionMin", -0.2, "patrons' alignment below which an organization does not admit a state"),
    // human dimension
    ROLLBACK_RATE("rollbackRate", 0.15, "monitoring reach lost per year while opponents act together"),
    ROLLBACK_FLOOR("rollbackFloor", 0.3, "reach the opponents cannot push monitoring below (consensus protects the"
            + " core)"),
    ROLLBACK_THREAT("rollbackThreat", 0.3, "threat from precedents elsewhere at which an opponent of monitoring acts"),
    ROLLBACK_STATES("rollbackStates", 4.0, "opponents that must act together, one of them a power"),
    // credibility and institutional change
    CREDIBILITY_START("credibilityStart", 0.6, "credibility of an organization with a new member"),
    CREDIBILITY_LOSS("credibilityLoss", 0.25, "credibility lost per level a member wanted and did not get, times"
            + " severity"),
    CREDIBILITY_GAIN("credibilityGain", 0.15, "credibility gained when a member got what it wanted, times severity"),
    CREDIBILITY_RECOVERY("credibilityRecovery", 0.05, "share of the gap to the starting credibility closed per"
            + " year"),
    HAZARD_BASE("hazardBase", 0.0, "yearly chance of a generated crisis in a state whose capital controls its regions"
            + " fully (0: no generated crises; --generated-crises sets 0.02)"),
    HAZARD_WEAKNESS("hazardWeakness", 0.0, "extra yearly chance of a generated crisis in proportion to the control the"
            + " capital lacks over its regions (0: none; --generated-crises sets 0.2)"),
    CHANGE_THRESHOLD("changeThreshold", 0.4, "mean credibility below which an organization changes the rule that"
            + " failed");

    private static final Parameter[] ALL = values();

    private final String key;
    private final double defaultValue;
    private final String meaning;

    Parameter(String key, double defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /** The key used in files. */
    public String key() {
        return key;
    }

    /** The default value. */
    public double defaultValue() {
        return defaultValue;
    }

    /** What it means. */
    public String meaning() {
        return meaning;
    }

    /** The parameter with the key, or null. */
    public static Parameter byKey(String key) {
        for (Parameter p : ALL) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** Number of parameters. */
    public static int count() {
        return ALL.length;
    }
}
