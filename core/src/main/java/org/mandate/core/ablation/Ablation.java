package org.mandate.core.ablation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.engine.Engine;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.engine.RunResult;

/**
 * Switches each mechanism, and each pair of mechanisms, off in every case and records which cells change.
 *
 * <p>Each case is compiled once; the switched-off variants share its compiled structure
 * ({@link CompiledScenario#with}). Cases, mechanisms and pairs are taken in order, so the report is the same on
 * every run.
 */
public final class Ablation {
    private Ablation() {
    }

    /**
     * One case to ablate.
     *
     * @param id       its id, as the report names it
     * @param compiled the case compiled with every mechanism on
     */
    public record Case(String id, CompiledScenario compiled) {
    }

    /** Runs the ablation of the cases, in the order given. */
    public static AblationReport run(List<Case> cases) {
        List<String> ids = Mechanisms.IDS;
        int n = ids.size();
        List<List<CellChange>> alone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            alone.add(new ArrayList<>());
        }
        List<List<CellChange>> pairs = new ArrayList<>();
        List<List<CellChange>> together = new ArrayList<>();
        for (int p = 0; p < n * (n - 1) / 2; p++) {
            pairs.add(new ArrayList<>());
            together.add(new ArrayList<>());
        }
        int cells = 0;
        for (Case c : cases) {
            CompiledScenario base = c.compiled();
            RunResult all = Engine.run(base);
            cells += all.cells();
            RunResult[] single = new RunResult[n];
            for (int i = 0; i < n; i++) {
                single[i] = Engine.run(base.with(Mechanisms.without(ids.get(i))));
                collect(c, all, single[i], alone.get(i), null, null);
            }
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    RunResult both = Engine.run(base.with(new Mechanisms(Set.of(ids.get(i), ids.get(j)))));
                    collect(c, all, both, pairs.get(p), together.get(p), new RunResult[] {single[i], single[j]});
                    p++;
                }
            }
        }
        List<Switch> aloneRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            aloneRows.add(new Switch(List.of(ids.get(i)), alone.get(i), List.of()));
        }
        List<Switch> pairRows = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairRows.add(new Switch(List.of(ids.get(i), ids.get(j)), pairs.get(p), together.get(p)));
                p++;
            }
        }
        return new AblationReport(cases.size(), cells, aloneRows, pairRows);
    }

    private static void collect(Case c, RunResult all, RunResult off, List<CellChange> changes,
                                List<CellChange> onlyTogether, RunResult[] singles) {
        CompiledScenario compiled = c.compiled();
        for (int k = 0; k < all.cells(); k++) {
            if (differs(all, off, k)) {
                CellChange change = new CellChange(c.id(), compiled.episodeOf(k), compiled.organizationOf(k),
                        all.decided(k), all.implemented(k), off.decided(k), off.implemented(k));
                changes.add(change);
                if (singles != null && !differs(all, singles[0], k) && !differs(all, singles[1], k)) {
                    onlyTogether.add(change);
                }
            }
        }
    }

    private static boolean differs(RunResult a, RunResult b, int k) {
        return a.decided(k) != b.decided(k) || a.implemented(k) != b.implemented(k);
    }
}
