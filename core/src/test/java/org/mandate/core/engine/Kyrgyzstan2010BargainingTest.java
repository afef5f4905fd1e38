package org.mandate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandate.core.mechanism.choice.Bargaining;
import org.mandate.core.model.Scenario;
import org.mandate.core.testkit.Examples;

class Kyrgyzstan2010BargainingTest {

    private static final Scenario BARGAINING = Examples.kyrgyzstanWith(String.join("\n",
            "organizations:",
            "  CSTO: {bargaining: true}",
            "  SCO: {bargaining: true}",
            "  OSCE: {bargaining: true}"));

    private static Outcome cell(List<Outcome> outcomes, String episode, String org) {
        return outcomes.stream().filter(o -> o.episode().equals(episode) && o.organization().equals(org))
                .findFirst().orElseThrow();
    }

    @Test
    void withBargainingInEveryOrganization_theTableOf2010StillHolds() {
        assertThat(BARGAINING.organizations().values()).allSatisfy(o ->
                assertThat(o.decisionRule()).isInstanceOf(Bargaining.class));
        List<Outcome> o = Engine.explain(CompiledScenario.compile(BARGAINING));
        int[][] expected = {{1, 1}, {0, 0}, {2, 2}, {2, 2}, {0, 0}, {3, 2}};
        for (int k = 0; k < o.size(); k++) {
            assertThat(new int[] {o.get(k).decided(), o.get(k).implemented()})
                    .as(o.get(k).episode() + " " + o.get(k).organization()).containsExactly(expected[k]);
        }
    }

    @Test
    void theExplanation_saysWhoMovedHowFarAndWhoHeldOut() {
        Outcome osce = cell(Engine.explain(CompiledScenario.compile(BARGAINING)), "june-2010", "OSCE");
        String text = osce.reasons().stream().filter(r -> r.mechanism().equals("bargaining")).findFirst()
                .orElseThrow().text();
        assertThat(text).startsWith("members bargained for ").contains("; moved: ", "UZB 2.0 to ")
                .contains("; held out: RUS at 2.0");
    }

    @Test
    void bargainingTurnedOff_leavesThePlainRule() {
        Scenario off = Examples.kyrgyzstanWith("organizations:\n  OSCE: {bargaining: false}");
        assertThat(off.organizations().get("OSCE").decisionRule()).isNotInstanceOf(Bargaining.class);
        assertThat(Engine.explain(CompiledScenario.compile(off))).allSatisfy(o ->
                assertThat(o.reasons()).noneMatch(r -> r.mechanism().equals("bargaining")));
    }
}
