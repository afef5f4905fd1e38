package org.mandate.core.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mandate.core.scenario.HistoryLoader;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.core.testkit.Examples;

/** The bundled history and small hand-written ones, loaded once. */
final class Histories {
    static final String CENTRAL_ASIA = "examples/central-asia.yaml";
    private static HistorySpec bundled;
    private static HistoryResult bundledResult;

    private Histories() {
    }

    /** The bundled region, 1992-2012. */
    static synchronized HistorySpec centralAsia() {
        if (bundled == null) {
            try {
                HistorySpec h = HistoryLoader.load(Examples.file(CENTRAL_ASIA));
                bundled = h.withPeriod(h.from(), java.time.LocalDate.of(2012, 12, 31));
            } catch (ScenarioException e) {
                throw new IllegalStateException(e.problems().toString());
            }
        }
        return bundled;
    }

    /** Its run with every mechanism on. */
    static synchronized HistoryResult centralAsiaRun() {
        if (bundledResult == null) {
            bundledResult = HistoryEngine.run(centralAsia());
        }
        return bundledResult;
    }

    /** Runs the bundled region with mechanisms switched off. */
    static HistoryResult without(String... mechanisms) {
        return HistoryEngine.run(centralAsia().withDisabled(Set.of(mechanisms)));
    }

    /** Loads a history from text, as if it were a file in the examples folder. */
    static HistorySpec load(String yaml) throws ScenarioException {
        Path folder = Examples.file(CENTRAL_ASIA).getParent();
        return HistoryLoader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), folder);
    }

    /** The row of a state at the last step of a year. */
    static HistoryResult.StateRow state(HistoryResult r, String state, int year) {
        HistoryResult.StateRow last = null;
        for (HistoryResult.StateRow row : r.states()) {
            if (row.state().equals(state) && row.date().getYear() == year) {
                last = row;
            }
        }
        return last;
    }

    /** The row of an organization at the last step of a year. */
    static HistoryResult.OrgRow org(HistoryResult r, String org, int year) {
        HistoryResult.OrgRow last = null;
        for (HistoryResult.OrgRow row : r.orgs()) {
            if (row.organization().equals(org) && row.date().getYear() == year) {
                last = row;
            }
        }
        return last;
    }

    /** The events of a kind. */
    static List<HistoryEvent> events(HistoryResult r, HistoryEvent.Kind kind) {
        return r.events().stream().filter(e -> e.kind() == kind).toList();
    }
}
