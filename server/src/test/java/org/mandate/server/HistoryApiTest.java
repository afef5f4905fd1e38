package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/history} on the bundled Central Asia history: the command line's JSON, its charts, its errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryApiTest {
    static final String HISTORY = "examples/central-asia.yaml";

    TestServer server;
    JsonNode full;

    @BeforeAll
    void start(@TempDir Path workspace) {
        server = new TestServer(workspace);
        TestServer.Answer a = server.post("/api/history", "{\"path\":\"" + HISTORY + "\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        full = a.json();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void history_withFromToDisableAndBacktest_answersWhatTheCommandLinePrints_plusCharts() throws Exception {
        TestServer.Answer a = server.post("/api/history", "{\"path\":\"" + HISTORY + "\",\"from\":\"2000\","
                + "\"to\":\"2012-06-30\",\"disable\":[\"credibility\"],\"backtest\":true}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        ObjectNode json = (ObjectNode) a.json();
        JsonNode charts = json.remove("charts");
        assertThat(json).isEqualTo(WorkbenchApiTest.cli("history", TestServer.EXAMPLES.resolve("central-asia.yaml")
                .toString(), "--from", "2000", "--to", "2012-06-30", "--disable", "credibility", "--backtest",
                "--format", "json"));
        assertThat(json.path("backtest").path("recorded").asInt()).isPositive();
        assertThat(charts.fieldNames()).toIterable().containsExactly("membership", "rents", "capacity");
    }

    @Test
    void history_withChartsFalse_isExactlyTheCommandLinesJson() throws Exception {
        TestServer.Answer a = server.post("/api/history", "{\"path\":\"" + HISTORY + "\",\"to\":\"1995\","
                + "\"charts\":false}");
        assertThat(a.json()).isEqualTo(WorkbenchApiTest.cli("history", TestServer.EXAMPLES
                .resolve("central-asia.yaml").toString(), "--to", "1995", "--format", "json"));
    }

    @Test
    void membershipTimeline_coversEveryMemberOfEveryOrganizationAtEveryStep_andNothingElse() {
        JsonNode values = full.path("charts").path("membership").path("data").path("values");
        List<JsonNode> bars = new ArrayList<>();
        values.forEach(v -> {
            if (v.path("layer").asText().equals("membership")) {
                bars.add(v);
            }
        });
        assertThat(bars).isNotEmpty();
        int memberships = 0;
        for (JsonNode row : full.path("organizations")) {
            String date = row.path("date").asText();
            for (String status : List.of("members", "suspended")) {
                for (JsonNode s : row.path(status)) {
                    memberships++;
                    long covering = bars.stream().filter(b -> b.path("organization").asText()
                            .equals(row.path("organization").asText()) && b.path("state").asText().equals(s.asText())
                            && b.path("from").asText().compareTo(date) <= 0 && b.path("to").asText().compareTo(date) > 0
                            && b.path("status").asText().equals(status.equals("members") ? "member" : "suspended"))
                            .count();
                    assertThat(covering).as(row.path("organization").asText() + " " + s.asText() + " on " + date)
                            .isEqualTo(1);
                }
            }
        }
        long steps = 0;
        for (JsonNode b : bars) {
            for (JsonNode row : full.path("organizations")) {
                String date = row.path("date").asText();
                if (row.path("organization").asText().equals(b.path("organization").asText())
                        && b.path("from").asText().compareTo(date) <= 0 && b.path("to").asText().compareTo(date) > 0) {
                    steps++;
                }
            }
        }
        assertThat(steps).isEqualTo(memberships);
    }

    @Test
    void membershipTimeline_marksEachJoinAndLeaveAtItsEvent() {
        JsonNode events = full.path("events");
        int marked = 0;
        for (JsonNode v : full.path("charts").path("membership").path("data").path("values")) {
            if (v.path("layer").asText().equals("event")) {
                JsonNode e = events.get(v.path("index").asInt());
                assertThat(e.path("date").asText()).isEqualTo(v.path("date").asText());
                assertThat(e.path("kind").asText()).isEqualTo(v.path("kind").asText());
                assertThat(e.path("object").asText()).isEqualTo(v.path("organization").asText());
                marked++;
            }
        }
        long joinsAndLeaves = 0;
        for (JsonNode e : events) {
            if (e.path("kind").asText().equals("join") || e.path("kind").asText().equals("leave")) {
                joinsAndLeaves++;
            }
        }
        assertThat(joinsAndLeaves).isPositive();
        assertThat(marked).isGreaterThanOrEqualTo((int) joinsAndLeaves);
    }

    @Test
    void rentsChart_showsOnlyTheStatesAndPowersThatPayOrReceiveARent() {
        JsonNode values = full.path("charts").path("rents").path("data").path("values");
        for (JsonNode v : values) {
            boolean paid = false;
            for (JsonNode s : full.path("states")) {
                paid |= s.path("state").asText().equals(v.path("state").asText())
                        && s.path("rents").path(v.path("power").asText()).asDouble() != 0;
            }
            assertThat(paid).as(v.toString()).isTrue();
        }
    }

    @Test
    void capacityChart_hasOneRowPerStateAndStep() {
        assertThat(full.path("charts").path("capacity").path("data").path("values").size())
                .isEqualTo(full.path("states").size());
        assertThat(full.path("charts").path("capacity").path("transform").get(0).path("fold").toString())
                .isEqualTo("[\"control\",\"coercive\",\"institutional\",\"threat\"]");
    }

    @Test
    void mechanisms_listTheHistorysAndTheCrisisEnginesSwitches() {
        JsonNode m = server.get("/api/history/mechanisms").json();
        List<String> history = new ArrayList<>();
        m.path("history").forEach(x -> history.add(x.asText()));
        assertThat(history).contains("membership-choice", "credibility", "forum-shopping");
        assertThat(m.path("crisis").toString()).contains("local-veto");
    }

    @Test
    void aDateThatIsNoDate_is400_quotingIt() {
        assertError("{\"path\":\"" + HISTORY + "\",\"from\":\"19x\"}", 400,
                "from/to: '19x' is not a year (1992) or a date (1992-01-01)");
    }

    @Test
    void toBeforeFrom_is400() {
        assertError("{\"path\":\"" + HISTORY + "\",\"from\":\"2001\",\"to\":\"2000\"}", 400,
                "to 2000-12-31 is before from 2001-01-01");
    }

    @Test
    void fromBeforeTheFirstDay_is400() {
        assertError("{\"path\":\"" + HISTORY + "\",\"from\":\"1990\"}", 400,
                "from 1990-01-01 is before the history's first day 1992-01-01 (its initial conditions are for "
                        + "that day)");
    }

    @Test
    void toAfterTheLastDay_is400() {
        assertError("{\"path\":\"" + HISTORY + "\",\"to\":\"2099\"}", 400,
                "to 2099-12-31 is after the history's last day 2030-12-31");
    }

    @Test
    void anUnknownMechanism_is400_listingTheKnownOnes() {
        TestServer.Answer a = server.post("/api/history", "{\"path\":\"" + HISTORY + "\",\"disable\":[\"luck\"]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).startsWith("disable: unknown mechanism 'luck'; expected one of "
                + "great-power-competition, ");
    }

    @Test
    void backtestThatIsNotABoolean_is400() {
        assertError("{\"path\":\"" + HISTORY + "\",\"backtest\":\"yes\"}", 400,
                "field 'backtest' is \"yes\"; expected true or false");
    }

    @Test
    void aScenarioFile_is400_sayingItIsNotAHistory() {
        assertError("{\"path\":\"examples/kyrgyzstan-2010.yaml\"}", 400, "examples/kyrgyzstan-2010.yaml is a "
                + "scenario file, not a history; expected a file with a 'history:' key, such as "
                + "examples/central-asia.yaml");
    }

    @Test
    void aBadHistoryText_is400_withItsProblemsAtTheirLines() {
        TestServer.Answer a = server.post("/api/history", "{\"yaml\":\"history: x\\ntitle: t\\n\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").asText()).endsWith("found in draft.yaml");
        assertThat(a.json().path("problems").get(0).path("file").asText()).isEqualTo("draft.yaml");
        assertThat(a.json().path("problems").get(0).path("line").asInt()).isPositive();
    }

    @Test
    void aPathOutsideTheWorkspace_is403_andAMissingFile404() {
        assertThat(server.post("/api/history", "{\"path\":\"../pom.xml\"}").status()).isEqualTo(403);
        assertError("{\"path\":\"workspace/none.yaml\"}", 404, "no file 'workspace/none.yaml'");
    }

    @Test
    void theListing_namesTheHistoryAsAHistory() {
        JsonNode list = server.get("/api/scenarios").json().path("scenarios");
        List<String> histories = new ArrayList<>();
        list.forEach(s -> {
            if (s.path("type").asText().equals("history")) {
                histories.add(s.path("path").asText() + " " + s.path("id").asText());
            }
        });
        assertThat(histories).containsExactly("examples/central-asia.yaml central-asia");
    }

    private void assertError(String body, int status, String message) {
        TestServer.Answer a = server.post("/api/history", body);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().path("error").asText()).isEqualTo(message);
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
