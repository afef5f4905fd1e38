package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.server.jobs.JobResource;

/** Jobs outlive the server: finished results come back after a restart, unfinished ones as interrupted. */
class JobPersistenceTest {
    static final String EXPERIMENT = "{\"path\":\"examples/kyrgyzstan-2010-experiment.yaml\",\"runs\":";

    static JsonNode waitFor(TestServer server, String id, String state) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            job = server.get("/api/jobs/" + id).json();
            if (job.path("state").asText().equals(state)) {
                return job;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("job " + id + " never reached " + state + ": " + job);
    }

    @Test
    void aFinishedJob_isAnsweredTheSameAfterARestart(@TempDir Path workspace) throws Exception {
        JsonNode before;
        String id;
        try (TestServer first = new TestServer(workspace)) {
            id = first.post("/api/jobs", EXPERIMENT + "100}").json().path("id").asText();
            before = waitFor(first, id, "done");
        }
        assertThat(workspace.resolve(JobResource.FOLDER).resolve(id + ".json")).isRegularFile();
        try (TestServer second = new TestServer(workspace)) {
            TestServer.Answer after = second.get("/api/jobs/" + id);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json()).isEqualTo(before);
            // new jobs take new ids
            String next = second.post("/api/jobs", EXPERIMENT + "10}").json().path("id").asText();
            assertThat(next).isNotEqualTo(id);
            waitFor(second, next, "done");
            List<String> listed = new ArrayList<>();
            second.get("/api/jobs").json().path("jobs").forEach(j -> listed.add(j.path("id").asText() + " "
                    + j.path("state").asText() + " " + j.has("result")));
            assertThat(listed).containsExactly(next + " done false", id + " done false");
        }
    }

    @Test
    void aJobStillRunningWhenTheServerStops_comesBackInterrupted(@TempDir Path workspace) throws Exception {
        String running;
        String queued;
        try (TestServer first = new TestServer(workspace)) {
            running = first.post("/api/jobs", EXPERIMENT + "1000000}").json().path("id").asText();
            queued = first.post("/api/jobs", EXPERIMENT + "1000000}").json().path("id").asText();
            waitFor(first, running, "running");
        }
        try (TestServer second = new TestServer(workspace)) {
            for (String id : List.of(running, queued)) {
                JsonNode job = second.get("/api/jobs/" + id).json();
                assertThat(job.path("state").asText()).isEqualTo("interrupted");
                assertThat(job.path("error").asText()).isEqualTo("the server stopped before the job ended; start "
                        + "it again");
            }
            assertThat(second.delete("/api/jobs/" + running).json().path("state").asText()).isEqualTo("interrupted");
        }
    }

    @Test
    void aCancelledJob_staysCancelledAfterARestart_andNoHalfWrittenFileIsLeft(@TempDir Path workspace)
            throws Exception {
        String id;
        try (TestServer first = new TestServer(workspace)) {
            id = first.post("/api/jobs", EXPERIMENT + "1000000}").json().path("id").asText();
            assertThat(first.delete("/api/jobs/" + id).json().path("state").asText()).isEqualTo("cancelled");
            waitFor(first, id, "cancelled");
        }
        try (TestServer second = new TestServer(workspace)) {
            assertThat(second.get("/api/jobs/" + id).json().path("state").asText()).isEqualTo("cancelled");
        }
        try (var files = Files.list(workspace.resolve(JobResource.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(id + ".json");
        }
    }

    @Test
    void aDamagedJobFile_isSkipped_notFatal(@TempDir Path workspace) throws Exception {
        Files.createDirectories(workspace.resolve(JobResource.FOLDER));
        Files.writeString(workspace.resolve(JobResource.FOLDER).resolve("j7.json"), "{not json");
        try (TestServer server = new TestServer(workspace)) {
            assertThat(server.get("/api/jobs/j7").status()).isEqualTo(404);
            assertThat(server.get("/api/jobs").json().path("jobs").size()).isZero();
        }
    }
}
