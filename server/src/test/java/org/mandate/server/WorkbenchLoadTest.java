package org.mandate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandate.core.engine.Mechanisms;
import org.mandate.server.jobs.JobResource;

/**
 * A load test on loopback: {@code load.clients} clients (default 200) call run and explain on the 2010 example, each
 * under one of sixteen what-ifs (as written, or one mechanism off), as fast as answers come, for
 * {@code load.seconds} seconds (default 3, the CI version; the measured figures of docs/PERFORMANCE.md use 60), then
 * stop by themselves; every answer must be 200. Latencies (p50, p90, p99, max) are printed and written to
 * {@code target/load-report.txt}. Then a flood of job submissions checks that the job queue stays bounded (429).
 *
 * <p>The server is started in this JVM on port 0, or, with {@code -Dload.url=http://127.0.0.1:PORT}, one already
 * running on this machine (only loopback addresses are accepted).
 */
class WorkbenchLoadTest {
    static final String EXAMPLE = "examples/kyrgyzstan-2010.yaml";
    static final List<String> CELLS = List.of("april-2010/CSTO", "april-2010/SCO", "april-2010/OSCE",
            "june-2010/CSTO", "june-2010/SCO", "june-2010/OSCE");

    record Sample(String kind, long nanos, int status) {
    }

    @Test
    void twoHundredClientsCallingRunAndExplain_getOnlyAnswers_andAJobFloodIsRefusedBeyondTheQueue(
            @TempDir Path workspace) throws Exception {
        int clients = Integer.getInteger("load.clients", 200);
        int seconds = Integer.getInteger("load.seconds", 3);
        String external = System.getProperty("load.url");
        TestServer local = null;
        String base;
        if (external != null) {
            URI u = URI.create(external);
            assertThat(u.getHost()).as("load.url must be on this machine").isIn("127.0.0.1", "localhost", "[::1]");
            base = external.replaceAll("/+$", "");
        } else {
            local = new TestServer(workspace);
            base = local.url("");
        }
        try {
            String report = load(base, clients, seconds);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-report.txt"), report);
            flood(base);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    /** The what-ifs the clients choose among: as written, and each mechanism switched off alone. */
    static List<String> whatIfs() {
        List<String> out = new ArrayList<>();
        out.add("[]");
        for (String m : Mechanisms.IDS) {
            out.add("[\"" + m + "\"]");
        }
        return out;
    }

    static String load(String base, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> whatIfs = whatIfs();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong exceptions = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(2010);
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = root.split();
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < deadline[0]) {
                    String disable = whatIfs.get(random.nextInt(whatIfs.size()));
                    String cell = CELLS.get(random.nextInt(CELLS.size()));
                    String[] ec = cell.split("/");
                    call(http, base + "/api/run", "{\"path\":\"" + EXAMPLE + "\",\"disable\":" + disable + "}",
                            "run", samples, failures, exceptions);
                    call(http, base + "/api/explain", "{\"path\":\"" + EXAMPLE + "\",\"disable\":" + disable
                            + ",\"episode\":\"" + ec[0] + "\",\"organization\":\"" + ec[1] + "\"}", "explain",
                            samples, failures, exceptions);
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        // the first run of each what-if computes its attribution (the costly part) and fills the server's answer
        // cache; it is timed apart so that the figures say what a cold answer costs and what a warm one does
        ConcurrentLinkedQueue<Sample> cold = new ConcurrentLinkedQueue<>();
        for (String disable : whatIfs) {
            call(http, base + "/api/run", "{\"path\":\"" + EXAMPLE + "\",\"disable\":" + disable + "}", "run",
                    cold, failures, exceptions);
        }
        long[] coldNs = cold.stream().mapToLong(Sample::nanos).sorted().toArray();
        long started = System.nanoTime();
        deadline[0] = started + Duration.ofSeconds(seconds).toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 60).toMillis());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Sample> all = new ArrayList<>(samples);
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "load: %d clients for %d s against %s (run and explain of %s under %d "
                + "what-ifs)%n", clients, seconds, base, EXAMPLE, whatIfs.size()));
        r.append(String.format(Locale.ROOT, "requests: %d in %.1f s (%.0f a second); errors: %d (non-200 %d, "
                + "exceptions %d)%n", all.size(), elapsed, all.size() / elapsed, failures.size() + exceptions.get(),
                failures.size(), exceptions.get()));
        r.append(String.format(Locale.ROOT, "cold   n=%-7d p50 %7.1f ms  max %7.1f ms (one run per what-if, one at a "
                + "time, before the clients start)%n", coldNs.length, pct(coldNs, 50), pct(coldNs, 100)));
        for (String kind : List.of("run", "explain", "both")) {
            long[] ns = all.stream().filter(s -> kind.equals("both") || s.kind().equals(kind))
                    .mapToLong(Sample::nanos).sorted().toArray();
            r.append(String.format(Locale.ROOT, "%-7s n=%-7d p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f "
                    + "ms%n", kind, ns.length, pct(ns, 50), pct(ns, 90), pct(ns, 99), pct(ns, 100)));
        }
        failures.stream().limit(5).forEach(f -> r.append("failure: ").append(f).append('\n'));
        assertThat(failures).as(r.toString()).isEmpty();
        assertThat(exceptions.get()).as(r.toString()).isZero();
        assertThat(all).as(r.toString()).hasSizeGreaterThan(clients);
        return r.toString();
    }

    private static void call(HttpClient http, String url, String body, String kind, ConcurrentLinkedQueue<Sample>
            samples, ConcurrentLinkedQueue<String> failures, AtomicLong exceptions) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            long ns = System.nanoTime() - t0;
            samples.add(new Sample(kind, ns, res.statusCode()));
            if (res.statusCode() != 200) {
                failures.add(kind + " " + res.statusCode() + " " + new String(res.body(), 0,
                        Math.min(200, res.body().length), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            exceptions.incrementAndGet();
            failures.add(kind + " " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** 100 job submissions at once: at most one runs and {@link JobResource#QUEUE} wait; the rest are 429. */
    static void flood(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int n = 100;
        int[] statuses = new int[n];
        String[] ids = new String[n];
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"examples/kyrgyzstan-2010-"
                                    + "experiment.yaml\",\"runs\":1000000}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    statuses[k] = r.statusCode();
                    if (r.statusCode() == 202) {
                        ids[k] = Json.MAPPER.readTree(r.body()).path("id").asText();
                    }
                } catch (IOException | InterruptedException e) {
                    statuses[k] = -1;
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(30_000);
        }
        long accepted = Arrays.stream(statuses).filter(s -> s == 202).count();
        long refused = Arrays.stream(statuses).filter(s -> s == 429).count();
        System.out.println("job flood: " + n + " submissions at once: " + accepted + " accepted, " + refused
                + " refused with 429");
        assertThat(accepted + refused).isEqualTo(n);
        assertThat(accepted).isBetween(1L, 1L + JobResource.QUEUE);
        JsonNode listed = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        long live = 0;
        for (JsonNode j : listed.path("jobs")) {
            String s = j.path("state").asText();
            live += s.equals("queued") || s.equals("running") ? 1 : 0;
        }
        assertThat(live).isLessThanOrEqualTo(1 + JobResource.QUEUE);
        for (String id : ids) {
            if (id != null) {
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
            }
        }
    }
}
