package org.mandate.core.experiment;

/** How an experiment samples its uncertain inputs. */
public enum Sampling {
    /** Independent draws, each run from its own stream. */
    MONTE_CARLO("monte-carlo"),
    /** Latin hypercube: each input's range split into as many strata as runs, one run in each. */
    LATIN_HYPERCUBE("latin-hypercube"),
    /** The Sobol low-discrepancy sequence, randomised by a digital shift from the seed. */
    SOBOL("sobol");

    private final String id;

    Sampling(String id) {
        this.id = id;
    }

    /** The id used in experiment files. */
    public String id() {
        return id;
    }

    /** The sampling with the given id, or null. */
    public static Sampling byId(String id) {
        for (Sampling s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
