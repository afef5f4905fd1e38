package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.experiment.UncertainInput;
import org.mandate.core.scenario.ExperimentLoader;

/** The what-if's sliders: numeric inputs over the API, their listing, their errors and their saving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfSliderTest {
    static final String EXAMPLE = WorkbenchApiTest.EXAMPLE;

    Path workspace;
    TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        workspace = dir;
        server = new TestServer(workspace);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void inputs_listEveryStateByInfluence_withTheStanceInterests_andEveryEpisodesSeverity() {
        JsonNode in = server.post("/api/whatif/inputs", WorkbenchApiTest.EXAMPLE_BODY).json();
        JsonNode states = in.path("states");
        assertThat(states.size()).isGreaterThan(3);
        for (int i = 1; i < states.size(); i++) {
            assertThat(states.get(i - 1).path("influence").asInt())
                    .isGreaterThanOrEqualTo(states.get(i).path("influence").asInt());
        }
        assertThat(states.get(0).path("influence").asInt()).isPositive();
        JsonNode rus = find(states, "RUS");
        List<String> interests = new ArrayList<>();
        rus.path("interests").forEach(i -> interests.add(i.path("interest").asText()));
        assertThat(interests).contains("costAversion", "zoneOfInterest", "humanDimension")
                .doesNotContain("rents", "rivalry");
        JsonNode cost = find(rus.path("interests"), "costAversion", "interest");
        assertThat(cost.path("path").asText()).isEqualTo("states.RUS.interests.costAversion");
        assertThat(cost.path("value").asDouble()).isEqualTo(0.6);
        assertThat(in.path("episodes").get(1).path("path").asText()).isEqualTo("episodes.june-2010.severity");
        assertThat(in.path("crisisTypes").toString()).contains("inter-ethnic-violence");
        assertThat(find(in.path("organizations"), "CSTO").path("tabledBy").asText()).isNotEmpty();
    }

    @Test
    void aSliderAtAnEndOfItsRange_changesAsManyCellsAsTheListingSays_andRunAgrees() {
        JsonNode in = server.post("/api/whatif/inputs", WorkbenchApiTest.EXAMPLE_BODY).json();
        JsonNode top = null;
        for (JsonNode i : in.path("states").get(0).path("interests")) {
            if (top == null || i.path("influence").asInt() > top.path("influence").asInt()) {
                top = i;
            }
        }
        int changedAtEnds = 0;
        for (String end : List.of("min", "max")) {
            String body = "{\"path\":\"" + EXAMPLE + "\",\"values\":{\"" + top.path("path").asText() + "\":"
                    + top.path(end).asDouble() + "}}";
            JsonNode w = server.post("/api/whatif", body).json();
            changedAtEnds += w.path("changed").size();
            JsonNode run = server.post("/api/run", body).json();
            for (int k = 0; k < run.path("outcomes").size(); k++) {
                assertThat(w.path("variant").path("outcomes").get(k).path("implemented"))
                        .isEqualTo(run.path("outcomes").get(k).path("implemented"));
            }
        }
        assertThat(changedAtEnds).isEqualTo(top.path("influence").asInt()).isPositive();
    }

    @Test
    void aWhatIfWithSliders_answersAndReportsItsRoundTrip_onThe2010Case() {
        String[] bodies = new String[30];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = "{\"path\":\"" + EXAMPLE + "\",\"disable\":[\"image\"],\"changes\":{\"CSTO.mandate\":"
                    + "\"add inter-ethnic-violence\",\"SCO.agenda.tabledBy\":\"any-member\"},\"values\":{"
                    + "\"states.RUS.interests.costAversion\":" + (i % 21) * 0.05 + ",\"states.UZB.interests."
                    + "zoneOfInterest\":0.4,\"episodes.june-2010.severity\":" + (0.3 + (i % 7) * 0.1) + "}}";
        }
        for (int i = 0; i < 20; i++) {
            assertThat(server.post("/api/whatif", bodies[i % bodies.length]).status()).isEqualTo(200);
        }
        long[] ms = new long[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            long t = System.nanoTime();
            assertThat(server.post("/api/whatif", bodies[i]).status()).isEqualTo(200);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        System.out.println("what-if with sliders over HTTP, ms: median " + sorted[sorted.length / 2] + ", max "
                + sorted[sorted.length - 1] + " " + java.util.Arrays.toString(ms));
        // the 50 ms target is a benchmark figure (docs/PERFORMANCE.md), not a timed assertion: CI machines are shared
    }

    @Test
    void aValueOutsideItsRange_is400_sayingTheRange() {
        TestServer.Answer a = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"values\":"
                + "{\"episodes.june-2010.severity\":1.5}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).isEqualTo("values: 'episodes.june-2010.severity' is 1.5; "
                + "expected a number from 0.0 to 1.0");
        TestServer.Answer b = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"values\":"
                + "{\"states.XXX.interests.image\":0.5}}");
        assertThat(b.json().path("error").asText()).isEqualTo("values: 'states.XXX.interests.image': no state 'XXX' "
                + "in the scenario");
        TestServer.Answer c = server.post("/api/whatif", "{\"path\":\"" + EXAMPLE + "\",\"values\":"
                + "{\"episodes.june-2010.severity\":\"high\"}}");
        assertThat(c.json().path("error").asText()).isEqualTo("field 'values.episodes.june-2010.severity' is "
                + "\"high\"; expected a number");
    }

    @Test
    void savingSliders_writesUncertainInputsOfOneValue_besideTheFactors_andTheFileLoads() throws Exception {
        TestServer.Answer a = server.post("/api/whatif/save", "{\"path\":\"" + EXAMPLE + "\",\"name\":"
                + "\"workspace/sliders.yaml\",\"changes\":{\"CSTO.mandate\":\"add inter-ethnic-violence\"},"
                + "\"values\":{\"states.RUS.interests.costAversion\":0.2,\"episodes.june-2010.severity\":0.9,"
                + "\"states.UZB.interests.image\":" + imageOf("UZB") + "}}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        var spec = ExperimentLoader.load(workspace.resolve("sliders.yaml"), true);
        assertThat(spec.factors()).extracting(f -> f.name() + " " + f.levels())
                .containsExactly("CSTO.mandate [as-is, add inter-ethnic-violence]");
        // an input left at its value in the scenario is not written
        assertThat(spec.uncertain()).extracting(UncertainInput::path)
                .containsExactly("states.RUS.interests.costAversion", "episodes.june-2010.severity");
        assertThat(spec.uncertain().get(0).distribution().values()).containsExactly(0.2);
        assertThat(a.json().path("text").asText()).contains("distribution: {choice: {values: [0.9]}}");
    }

    private double imageOf(String state) {
        JsonNode in = server.post("/api/whatif/inputs", WorkbenchApiTest.EXAMPLE_BODY).json();
        return find(find(in.path("states"), state).path("interests"), "image", "interest").path("value").asDouble();
    }

    static JsonNode find(JsonNode list, String id) {
        return find(list, id, "id");
    }

    static JsonNode find(JsonNode list, String value, String field) {
        for (JsonNode n : list) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }
}
