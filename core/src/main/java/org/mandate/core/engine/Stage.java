package org.mandate.core.engine;

/**
 * The named stages of the pipeline, in order.
 */
public enum Stage {
    /** The host is not a member of the organization. */
    MEMBERSHIP("membership"),
    /** Mechanism 6: the crisis never reached the agenda, or not in time. */
    AGENDA_GATE("agenda-gate"),
    /** Mechanism 1: the mandate does not cover the crisis. */
    MANDATE_GATE("mandate-gate"),
    /** Mechanism 5: the host government did not consent. */
    HOST_CONSENT("host-consent"),
    /** Mechanism 6: the members' stances under the decision rule. */
    COLLECTIVE_CHOICE("collective-choice"),
    /** Mechanism 5: a local actor blocked what was decided. */
    LOCAL_VETO("local-veto"),
    /** Mechanism 9: what was decided was delayed on the ground. */
    IMPLEMENTATION("implementation");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage's name in output. */
    public String id() {
        return id;
    }
}
