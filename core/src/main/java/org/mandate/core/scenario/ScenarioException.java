package org.mandate.core.scenario;

import java.util.List;

/**
 * Bad input: every problem found in a scenario, case or library file. Carries no stack-worthy information; callers
 * print the problems.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for the given problems, at least one. */
    public ScenarioException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ", first: " + problems.get(0),
                null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
