package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Sensitivity and discovery as jobs: the command line's numbers, progress, cancel, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisJobTest {
    static final String EXPERIMENT = "examples/kyrgyzstan-2010-experiment.yaml";

    TestServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new TestServer(dir);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aSensitivityJob_answersWhatTheCommandLinePrintsForTheSameSeed_plusItsChart() throws Exception {
        TestServer.Answer a = server.post("/api/jobs", "{\"kind\":\"sensitivity\",\"path\":\"" + EXPERIMENT
                + "\",\"outcome\":\"june-2010.OSCE.implemented>=3\",\"samples\":64,\"trajectories\":10,"
                + "\"bootstrap\":20}");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        assertThat(a.json().path("kind").asText()).isEqualTo("sensitivity");
        JsonNode job = waitFor(a.json().path("id").asText(), "done");
        ObjectNode result = (ObjectNode) job.path("result").deepCopy();
        assertThat(result.remove("chart").path("$schema").asText()).contains("vega-lite");
        JsonNode cli = WorkbenchApiTest.cli("sensitivity", TestServer.EXAMPLES.resolve(
                "kyrgyzstan-2010-experiment.yaml").toString(), "--format", "json", "--outcome",
                "june-2010.OSCE.implemented>=3", "--samples", "64", "--trajectories", "10", "--bootstrap", "20");
        assertThat(result).isEqualTo(cli);
        assertThat(result.path("outcomes").get(0).path("sobol").isArray()).isTrue();
        assertThat(result.path("outcomes").get(0).path("morris").isArray()).isTrue();
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aDiscoveryJob_answersWhatTheCommandLinePrintsForTheSameSeed_withTheTrajectoryAndTheBox() throws Exception {
        TestServer.Answer a = server.post("/api/jobs", "{\"kind\":\"discover\",\"path\":\"" + EXPERIMENT
                + "\",\"outcome\":\"june-2010.OSCE.implemented>=3\",\"runs\":600,\"density\":0.7}");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        JsonNode job = waitFor(a.json().path("id").asText(), "done");
        ObjectNode result = (ObjectNode) job.path("result").deepCopy();
        assertThat(result.remove("chart").path("$schema").asText()).contains("vega-lite");
        JsonNode cli = WorkbenchApiTest.cli("discover", TestServer.EXAMPLES.resolve(
                "kyrgyzstan-2010-experiment.yaml").toString(), "--format", "json", "--outcome",
                "june-2010.OSCE.implemented>=3", "--runs", "600", "--density", "0.7");
        assertThat(result).isEqualTo(cli);
        assertThat(result.path("trajectory").size()).isGreaterThan(1);
        assertThat(result.path("box").path("rule").asText()).isNotEmpty();
    }

    @Test
    void aLongSensitivityJob_canBeCancelled() throws Exception {
        TestServer.Answer a = server.post("/api/jobs", "{\"kind\":\"sensitivity\",\"path\":\"" + EXPERIMENT
                + "\",\"samples\":1000000,\"method\":\"sobol\"}");
        String id = a.json().path("id").asText();
        waitFor(id, "running");
        assertThat(server.delete("/api/jobs/" + id).json().path("state").asText()).isEqualTo("cancelled");
        Thread.sleep(500);
        assertThat(server.get("/api/jobs/" + id).json().path("state").asText()).isEqualTo("cancelled");
    }

    @Test
    void badOptions_are400_wordForWord_andABadOutcomeFailsTheJobWithTheCommandsMessage() throws Exception {
        assertThat(server.post("/api/jobs", "{\"kind\":\"anova\",\"path\":\"" + EXPERIMENT + "\"}").json()
                .path("error").asText()).isEqualTo("kind: 'anova'; expected one of ensemble, sensitivity, discover");
        assertThat(server.post("/api/jobs", "{\"kind\":\"sensitivity\",\"path\":\"" + EXPERIMENT
                + "\",\"method\":\"fast\"}").json().path("error").asText())
                .isEqualTo("method: 'fast'; expected sobol, morris or both");
        assertThat(server.post("/api/jobs", "{\"kind\":\"discover\",\"path\":\"" + EXPERIMENT
                + "\",\"density\":1.5}").json().path("error").asText())
                .isEqualTo("density: 1.5; expected a number above 0 and at most 1");
        assertThat(server.post("/api/jobs", "{\"kind\":\"sensitivity\",\"path\":\"" + EXPERIMENT
                + "\",\"samples\":1}").json().path("error").asText())
                .isEqualTo("samples: 1; expected a whole number from 2 to 1048576");
        TestServer.Answer a = server.post("/api/jobs", "{\"kind\":\"discover\",\"path\":\"" + EXPERIMENT
                + "\",\"outcome\":\"june-2010.NATO.implemented>=1\",\"runs\":20}");
        JsonNode job = waitFor(a.json().path("id").asText(), "failed");
        assertThat(job.path("error").asText()).contains("NATO").doesNotContain(TestServer.EXAMPLES.toString());
    }

    private JsonNode waitFor(String id, String state) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode job = server.get("/api/jobs/" + id).json();
        while (!job.path("state").asText().equals(state) && System.nanoTime() < end) {
            Thread.sleep(50);
            job = server.get("/api/jobs/" + id).json();
        }
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo(state);
        return job;
    }
}
