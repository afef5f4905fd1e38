package org.mandate.core.mechanism.stance;

import org.mandate.core.model.Interest;

/**
 * What one member knows when it takes a stance on one crisis in one organization: its interests and its relation to
 * the host, the crisis and the organization.
 *
 * <p>Mutable scratch space owned by one run and refilled for each member; never shared between threads. Fields are
 * public for the speed of the ensemble path, which evaluates millions of stances.
 */
public final class StanceInput {
    /** Interest weights indexed by {@link Interest#ordinal()}. */
    public final double[] interests = new double[Interest.count()];
    /** Severity of the crisis, 0 to 1. */
    public double severity;
    /** The crisis type's precedent against incumbents. */
    public double precedent;
    /** The crisis type's humanitarian need. */
    public double humanitarianNeed;
    /** How open-ended a mission into the crisis would be. */
    public double openEnded;
    /** How far the crisis is about separatism. */
    public double separatist;
    /** Whether the crisis arises inside the host. */
    public boolean domestic;
    /** Whether the host's government came to power unconstitutionally. */
    public boolean interimGovernment;
    /** Whether that government's legitimacy is still open. */
    public boolean contestedGovernment;
    /** Whether the organization keeps a standing field office in the host. */
    public boolean fieldPresence;
    /** Whether the organization's level-2 instrument monitors the host's conduct. */
    public boolean monitoring;
    /** Whether this member is the host. */
    public boolean isHost;
    /** Whether this member is the organization's lead state. */
    public boolean isLead;
    /** Whether this member counts the host, or the regions hit, as its own sphere. */
    public boolean zoneCovered;
    /** Whether the organization has a lead state. */
    public boolean hasLead;
    /** Whether this member counts the organization's lead state among its rivals. */
    public boolean rivalOfLead;
    /** This member's attitude to the host's government in power, -1 to 1. */
    public double alignment;
    /** This member's share of the organization's capability: the share of any burden it would carry. */
    public double burden;
    /** The strongest resistance to outside presence among local actors that control the regions hit (0 to 1). */
    public double localResistance;
    /** The highest level the host asked this organization for, 0 when it asked for nothing. */
    public int hostRequested;

    /** An interest weight. */
    public double interest(Interest interest) {
        return interests[interest.ordinal()];
    }
}
