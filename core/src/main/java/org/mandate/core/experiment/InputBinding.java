package org.mandate.core.experiment;

import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Parameters;
import org.mandate.core.model.Interest;

/**
 * Where an uncertain input's value goes: a path resolved once against a compiled scenario into a setter on its
 * {@link Parameters}.
 */
public final class InputBinding {
    private enum Kind { INTEREST, CAPABILITY, SEVERITY, ALIGNMENT, RESISTANCE }

    private final String path;
    private final Kind kind;
    private final int first;
    private final int second;
    private final Interest interest;

    private InputBinding(String path, Kind kind, int first, int second, Interest interest) {
        this.path = path;
        this.kind = kind;
        this.first = first;
        this.second = second;
        this.interest = interest;
    }

    /**
     * Resolves a path: {@code states.X.interests.NAME}, {@code states.X.capability}, {@code episodes.E.severity},
     * {@code episodes.E.alignments.X} or {@code localActors.A.resistance}.
     *
     * @throws IllegalArgumentException naming what in the path does not exist
     */
    public static InputBinding bind(CompiledScenario c, String path) {
        String[] p = path.split("\\.");
        if (p.length >= 3 && p[0].equals("states")) {
            int s = c.stateIndex(p[1]);
            if (s < 0) {
                throw new IllegalArgumentException("no state '" + p[1] + "' in the scenario");
            }
            if (p.length == 3 && p[2].equals("capability")) {
                return new InputBinding(path, Kind.CAPABILITY, s, 0, null);
            }
            if (p.length == 4 && p[2].equals("interests")) {
                Interest i = Interest.byKey(p[3]);
                if (i == null) {
                    throw new IllegalArgumentException("no interest '" + p[3] + "'");
                }
                return new InputBinding(path, Kind.INTEREST, s, 0, i);
            }
        }
        if (p.length >= 3 && p[0].equals("episodes")) {
            String episode = path.substring("episodes.".length(), path.lastIndexOf(p[p.length - 1]) - 1);
            // episode ids may contain dots; the field is the last one or two parts
            if (p[p.length - 1].equals("severity")) {
                int e = c.episodeIndex(episode);
                if (e < 0) {
                    throw new IllegalArgumentException("no episode '" + episode + "' in the scenario");
                }
                return new InputBinding(path, Kind.SEVERITY, e, 0, null);
            }
            if (p.length >= 4 && p[p.length - 2].equals("alignments")) {
                String ep = path.substring("episodes.".length(), path.length() - ".alignments.".length()
                        - p[p.length - 1].length());
                int e = c.episodeIndex(ep);
                if (e < 0) {
                    throw new IllegalArgumentException("no episode '" + ep + "' in the scenario");
                }
                int s = c.stateIndex(p[p.length - 1]);
                if (s < 0) {
                    throw new IllegalArgumentException("no state '" + p[p.length - 1] + "' in the scenario");
                }
                return new InputBinding(path, Kind.ALIGNMENT, e, s, null);
            }
        }
        if (p.length >= 3 && p[0].equals("localActors") && p[p.length - 1].equals("resistance")) {
            String id = path.substring("localActors.".length(), path.length() - ".resistance".length());
            int a = c.localActorIndex(id);
            if (a < 0) {
                throw new IllegalArgumentException("no local actor '" + id + "' in the scenario");
            }
            return new InputBinding(path, Kind.RESISTANCE, a, 0, null);
        }
        throw new IllegalArgumentException("not a supported path; expected states.X.interests.NAME, "
                + "states.X.capability, episodes.E.severity, episodes.E.alignments.X or localActors.A.resistance");
    }

    /** The path. */
    public String path() {
        return path;
    }

    /** The range a value must lie in, as {min, max}. */
    public double[] range() {
        return switch (kind) {
            case INTEREST -> interest == Interest.HUMAN_DIMENSION ? new double[] {-1, 1} : new double[] {0, 1};
            case ALIGNMENT -> new double[] {-1, 1};
            case CAPABILITY -> new double[] {Double.MIN_VALUE, 1};
            default -> new double[] {0, 1};
        };
    }

    /** Sets the value, clamped into the input's range. */
    public void set(Parameters p, double value) {
        double[] r = range();
        double v = Math.max(r[0], Math.min(r[1], value));
        switch (kind) {
            case INTEREST -> p.interest(first, interest, v);
            case CAPABILITY -> p.capability(first, v);
            case SEVERITY -> p.severity(first, v);
            case ALIGNMENT -> p.alignment(first, second, v);
            default -> p.resistance(first, v);
        }
    }
}
