package org.mandate.core.engine;

import org.mandate.core.model.Interest;

/**
 * The continuous inputs of a compiled scenario that an ensemble varies: capabilities, interest weights, severities,
 * alignments and local resistance. A run owns its copy; copies are never shared between runs.
 */
public final class Parameters {
    final double[] capability;
    final double[][] interests;
    final double[] severity;
    final double[][] alignment;
    final double[] resistance;

    Parameters(double[] capability, double[][] interests, double[] severity, double[][] alignment,
               double[] resistance) {
        this.capability = capability;
        this.interests = interests;
        this.severity = severity;
        this.alignment = alignment;
        this.resistance = resistance;
    }

    /** A deep copy. */
    public Parameters copy() {
        double[][] i = new double[interests.length][];
        for (int s = 0; s < i.length; s++) {
            i[s] = interests[s].clone();
        }
        double[][] a = new double[alignment.length][];
        for (int e = 0; e < a.length; e++) {
            a[e] = alignment[e].clone();
        }
        return new Parameters(capability.clone(), i, severity.clone(), a, resistance.clone());
    }

    /** Copies every value from another set of the same scenario into this one, allocating nothing. */
    public void copyFrom(Parameters other) {
        System.arraycopy(other.capability, 0, capability, 0, capability.length);
        for (int s = 0; s < interests.length; s++) {
            System.arraycopy(other.interests[s], 0, interests[s], 0, interests[s].length);
        }
        System.arraycopy(other.severity, 0, severity, 0, severity.length);
        for (int e = 0; e < alignment.length; e++) {
            System.arraycopy(other.alignment[e], 0, alignment[e], 0, alignment[e].length);
        }
        System.arraycopy(other.resistance, 0, resistance, 0, resistance.length);
    }

    /** Sets a state's interest weight. */
    public void interest(int state, Interest interest, double value) {
        interests[state][interest.ordinal()] = value;
    }

    /** A state's interest weight. */
    public double interest(int state, Interest interest) {
        return interests[state][interest.ordinal()];
    }

    /** Sets a state's capability. */
    public void capability(int state, double value) {
        capability[state] = value;
    }

    /** A state's capability. */
    public double capability(int state) {
        return capability[state];
    }

    /** Sets an episode's severity. */
    public void severity(int episode, double value) {
        severity[episode] = value;
    }

    /** An episode's severity. */
    public double severity(int episode) {
        return severity[episode];
    }

    /** Sets a state's alignment with the host's government in an episode. */
    public void alignment(int episode, int state, double value) {
        alignment[episode][state] = value;
    }

    /** A state's alignment in an episode. */
    public double alignment(int episode, int state) {
        return alignment[episode][state];
    }

    /** Sets a local actor's resistance. */
    public void resistance(int localActor, double value) {
        resistance[localActor] = value;
    }

    /** A local actor's resistance. */
    public double resistance(int localActor) {
        return resistance[localActor];
    }
}
