package org.mandate.core.mechanism.consent;

/**
 * Host consent: an instrument that needs the host's consent can be decided only when the host government asked for
 * at least that level, or prefers it to nothing.
 */
public final class HostConsent {
    /** The stage id. */
    public static final String ID = "host-consent";

    private HostConsent() {
    }

    /**
     * Whether the host consents to a level.
     *
     * @param level         the level
     * @param needsConsent  whether the instrument at that level needs the host's consent
     * @param hostRequested the highest level the host asked this organization for
     * @param hostUtility   the host government's utility for each level
     */
    public static boolean consents(int level, boolean needsConsent, int hostRequested, double[] hostUtility) {
        return !needsConsent || hostRequested >= level || hostUtility[level] >= hostUtility[0];
    }
}
