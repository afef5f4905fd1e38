package org.mandate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mandate.core.model.Scenario;
import org.mandate.core.testkit.Examples;

/** The same scenario always gives the same outcomes, however often, in whatever order and on however many threads. */
class DeterminismTest {

    /** Everything an outcome says, arrays included, as text. */
    static String render(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            sb.append(o.episode()).append('/').append(o.organization()).append(' ').append(o.member()).append(' ')
                    .append(o.decided()).append(' ').append(o.implemented()).append(' ').append(o.stage())
                    .append(' ').append(o.decidedStage()).append(' ').append(o.implementedStage()).append(' ')
                    .append(o.demand()).append(' ').append(o.pivotal()).append(' ').append(o.deployment())
                    .append('\n');
            o.reasons().forEach(r -> sb.append("  ").append(r).append('\n'));
            for (MemberStance s : o.stances()) {
                sb.append("  ").append(s.actor()).append(' ').append(s.voting()).append(' ').append(s.weight())
                        .append(' ').append(Arrays.toString(s.utility())).append(' ').append(s.ideal()).append(' ')
                        .append(s.objects());
                s.contributions().forEach((k, v) -> sb.append(' ').append(k).append(Arrays.toString(v)));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String runCells(CompiledScenario compiled, Engine engine) {
        RunResult r = new RunResult(compiled.cellCount());
        engine.run(compiled.parameters(), r);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < r.cells(); k++) {
            sb.append(r.decided(k)).append(r.implemented(k)).append(r.stage(k)).append(';');
        }
        return sb.toString();
    }

    @Test
    void sameScenario_explainedTwice_givesIdenticalOutcomes() {
        String first = render(Engine.explain(CompiledScenario.compile(Examples.kyrgyzstan())));
        String second = render(Engine.explain(CompiledScenario.compile(Examples.kyrgyzstan())));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("june-2010/OSCE true 3 2 LOCAL_VETO");
    }

    @Test
    void oneEngine_reusedAcrossRunsAndExplanations_givesTheSameCells() {
        CompiledScenario compiled = CompiledScenario.compile(Examples.kyrgyzstan());
        Engine engine = new Engine(compiled);
        String before = runCells(compiled, engine);
        String explained = render(engine.explain(compiled.parameters()));
        String after = runCells(compiled, engine);
        assertThat(after).isEqualTo(before);
        assertThat(render(engine.explain(compiled.parameters()))).isEqualTo(explained);
    }

    @Test
    void oneCompiledScenario_sharedByManyThreads_givesTheSameCellsOnEach() throws Exception {
        Scenario scenario = Examples.kyrgyzstan();
        CompiledScenario compiled = CompiledScenario.compile(scenario);
        String expected = runCells(compiled, new Engine(compiled));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    Engine engine = new Engine(compiled);
                    String last = null;
                    for (int i = 0; i < 25; i++) {
                        String now = runCells(compiled, engine);
                        if (last != null && !last.equals(now)) {
                            return "changed between runs: " + last + " then " + now;
                        }
                        last = now;
                    }
                    return last;
                }));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parameters_areCopies_soOneRunsChangesDoNotLeakIntoAnother() {
        CompiledScenario compiled = CompiledScenario.compile(Examples.kyrgyzstan());
        Parameters p = compiled.parameters();
        int rus = compiled.stateIndex("RUS");
        p.interest(rus, org.mandate.core.model.Interest.COST_AVERSION, 0.0);
        assertThat(compiled.parameters().interest(rus, org.mandate.core.model.Interest.COST_AVERSION))
                .isPositive();
        Parameters q = compiled.parameters();
        q.copyFrom(p);
        assertThat(q.interest(rus, org.mandate.core.model.Interest.COST_AVERSION)).isZero();
    }
}
