package org.mandate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code run} and {@code explain} say about attribution on the 2010 example. */
class AttributionOutputTest {
    private static final String EXAMPLE = MainTest.EXAMPLE.toString();

    @Test
    void explain_juneCsto_printsTheSufficientMechanisms_andTheirShapleyValues() {
        MainTest.Run r = MainTest.run("explain", EXAMPLE, "--episode", "june-2010", "--org", "CSTO");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("set by mandate-gate\nnot one stage: overdetermined: mandate-gate, "
                + "lead-state-reluctance and neighbour-veto each alone keep it from going above 2\n");
        assertThat(r.out()).contains("attribution (Shapley values over switching mechanisms off: + holds the level "
                + "down, - holds it up; they sum to the level with every mechanism off minus the level):\n"
                + "  decided 2; with every mechanism off 0; sum -2.00\n"
                + "    shapley: lead-state-reluctance +0.60, mandate-gate +0.27, neighbour-veto -0.73, "
                + "government-alignment -1.07, image -1.07; 0 for the rest\n"
                + "    sufficient alone: mandate-gate, lead-state-reluctance, neighbour-veto\n"
                + "    switched off alone, changes it: none\n");
    }

    @Test
    void explain_juneOsce_attributesTheImplementedLevelApart() {
        MainTest.Run r = MainTest.run("explain", EXAMPLE, "--episode", "june-2010", "--org", "OSCE");
        assertThat(r.out()).contains("  implemented 2; with every mechanism off 0;")
                .contains("    sufficient: nothing holds it down; no set of mechanisms switched off raises it\n")
                .contains("    sufficient alone: local-veto\n")
                .contains("    switched off alone, changes it: image (to 1), local-veto (to 3)\n");
        assertThat(r.out()).doesNotContain("not one stage:");
    }

    @Test
    void runTable_saysTheJuneCstoCapIsOverdetermined_beforeTheMandateReason() {
        MainTest.Run r = MainTest.run("run", EXAMPLE);
        String june = r.out().lines().filter(l -> l.startsWith("june-2010   CSTO")).findFirst().orElseThrow();
        assertThat(june).containsPattern("mandate-gate\\s+overdetermined: mandate-gate, lead-state-reluctance and "
                + "neighbour-veto each alone keep it from going above 2; 'inter-ethnic-violence' framed as domestic");
    }

    @Test
    void runJson_carriesTheAttributionOfEveryCell_whoseValuesSumAsTheContractSays() throws IOException {
        JsonNode outcomes = new ObjectMapper().readTree(MainTest.run("run", EXAMPLE, "--format", "json").out())
                .get("outcomes");
        for (JsonNode o : outcomes) {
            JsonNode a = o.get("attribution");
            for (String level : List.of("decided", "implemented")) {
                JsonNode l = a.get(level);
                assertThat(l.get("level").asInt()).isEqualTo(o.get(level).asInt());
                double sum = 0;
                for (JsonNode v : l.get("shapley")) {
                    sum += v.asDouble();
                }
                assertThat(sum).isCloseTo(l.get("allOff").asInt() - l.get("level").asInt(), within(1e-5));
                assertThat(l.get("shapley").size()).isEqualTo(15);
                assertThat(l.get("sufficient").isArray()).isTrue();
                assertThat(l.get("alone").isObject()).isTrue();
                assertThat(l.get("summary").isTextual()).isTrue();
            }
        }
        JsonNode june = outcomes.get(3).get("attribution");
        List<String> sufficient = new ArrayList<>();
        june.get("decided").get("sufficient").forEach(set -> sufficient.add(set.toString()));
        assertThat(sufficient).containsExactly("[\"mandate-gate\"]", "[\"lead-state-reluctance\"]",
                "[\"neighbour-veto\"]");
        assertThat(june.get("note").asText()).startsWith("overdetermined: ");
        assertThat(outcomes.get(5).get("attribution").get("note").isNull()).isTrue();
    }
}
