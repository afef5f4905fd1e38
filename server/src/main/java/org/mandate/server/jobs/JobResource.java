package org.mandate.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mandate.analysis.ensemble.EnsembleRunner;
import org.mandate.analysis.ensemble.EnsembleSetup;
import org.mandate.analysis.ensemble.EnsembleSummary;
import org.mandate.analysis.stats.ProportionEstimate;
import org.mandate.core.engine.CompiledScenario;
import org.mandate.core.experiment.DesignPoint;
import org.mandate.core.experiment.ExperimentSpec;
import org.mandate.core.scenario.ExperimentLoader;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;
import org.mandate.server.charts.VegaLite;
import org.mandate.server.scenarios.Workspace;

/**
 * {@code /api/jobs}: {@code POST} starts an experiment's ensemble and returns its id, {@code GET /api/jobs/{id}}
 * tells its progress and, once done, its result, {@code DELETE} cancels it, {@code GET /api/jobs} lists them. One job
 * runs at a time and at most {@link #QUEUE} wait; more are refused with 429.
 *
 * <p>Every job is written to a {@link JobStore} in the workspace when it is queued, starts and ends, so finished
 * results survive a restart; a job that was queued or running when the server stopped comes back as
 * {@code interrupted}.
 */
public final class JobResource implements AutoCloseable {
    /** Jobs that may wait behind the running one. */
    public static final int QUEUE = 4;
    /** The most runs per design point a job may ask for. */
    public static final long MAX_RUNS = 1_000_000;

    private final Workspace files;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "workbench-job");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final JobStore store;
    /** Set when the server stops: a job interrupted then is left as it was on disk, to come back interrupted. */
    private volatile boolean closing;

    /** The folder of the workspace that holds the jobs. */
    public static final String FOLDER = ".jobs";

    /** A resource over the given files, with the jobs kept in the workspace's {@value #FOLDER} folder. */
    public JobResource(Workspace files) {
        this.files = files;
        this.store = new JobStore(files.workspace().resolve(FOLDER));
        for (JsonNode stored : store.readAll()) {
            Job job = Job.restored(stored);
            if (job.state.equals("queued") || job.state.equals("running")) {
                job.state = "interrupted";
                job.error = "the server stopped before the job ended; start it again";
                store.write(job.id, status(job));
            }
            jobs.put(job.id, job);
            ids.set(Math.max(ids.get(), JobStore.number(job.id)));
        }
    }

    /** One job and what is known of it; fields written by the job thread are volatile. */
    private static final class Job {
        final String id;
        final String path;
        final String experimentId;
        final ExperimentSpec experiment;
        /** ensemble, sensitivity or discover. */
        final String kind;
        /** For sensitivity and discover: the command line's arguments after the file. */
        final List<String> options;
        volatile String state = "queued";
        volatile long done;
        volatile long total;
        volatile Object result;
        volatile String error;
        volatile Future<?> future;

        Job(String id, String path, ExperimentSpec experiment, String kind, List<String> options) {
            this.id = id;
            this.path = path;
            this.experiment = experiment;
            this.experimentId = experiment.id();
            this.kind = kind;
            this.options = List.copyOf(options);
            this.total = kind.equals(ENSEMBLE) ? experiment.runs() : 1;
        }

        private Job(JsonNode stored) {
            this.id = stored.path("id").asText();
            this.path = stored.path("path").asText();
            this.experimentId = stored.path("experiment").asText();
            this.experiment = null;
            this.kind = stored.path("kind").asText(ENSEMBLE);
            this.options = List.of();
            this.state = stored.path("state").asText();
            this.done = stored.path("done").asLong();
            this.total = stored.path("total").asLong();
            this.result = stored.has("result") ? stored.get("result") : null;
            this.error = stored.has("error") ? stored.path("error").asText() : null;
        }

        /** A job read back from the store: its status and result, nothing to run. */
        static Job restored(JsonNode stored) {
            return new Job(stored);
        }
    }

    /** Adds the routes. */
    public void register(Routes routes) {
        routes.add(HandlerType.GET, "/api/jobs", this::list);
        routes.add(HandlerType.POST, "/api/jobs", this::start);
        routes.add(HandlerType.GET, "/api/jobs/{id}", ctx -> ctx.json(status(job(ctx))));
        routes.add(HandlerType.DELETE, "/api/jobs/{id}", this::cancel);
    }

    /** Every job the server knows, newest first, without results. */
    private void list(Context ctx) {
        List<Object> out = new ArrayList<>();
        jobs.values().stream().sorted(java.util.Comparator.comparingLong((Job j) -> JobStore.number(j.id))
                .reversed()).forEach(j -> {
                    Map<String, Object> m = status(j);
                    m.remove("result");
                    out.add(m);
                });
        ctx.json(Map.of("jobs", out));
    }

    private Job job(Context ctx) {
        Job job = jobs.get(ctx.pathParam("id"));
        if (job == null) {
            throw ApiError.notFound("no job '" + ctx.pathParam("id") + "'");
        }
        return job;
    }

    private void start(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        String path = Json.text(body, "path");
        if (path == null) {
            throw ApiError.badRequest("no experiment given; expected a field 'path' (an experiment file, such as "
                    + "examples/kyrgyzstan-2010-experiment.yaml)");
        }
        ExperimentSpec experiment;
        try {
            // a what-if saved in the workspace names its scenario among the examples, outside its own folder
            experiment = ExperimentLoader.load(files.resolve(path), true);
        } catch (ScenarioException e) {
            int n = e.problems().size();
            throw new ApiError(400, n + " problem" + (n == 1 ? "" : "s") + " found in " + path,
                    files.relabel(e.problems()));
        }
        String kind = Json.text(body, "kind");
        kind = kind == null ? ENSEMBLE : kind;
        if (!KINDS.contains(kind)) {
            throw ApiError.badRequest("kind: '" + kind + "'; expected one of " + String.join(", ", KINDS));
        }
        if (!kind.equals(ENSEMBLE)) {
            Job job = new Job("j" + ids.incrementAndGet(), path, experiment, kind, analysisOptions(kind, body));
            submit(ctx, job);
            return;
        }
        JsonNode runs = body.get("runs");
        if (runs != null && !runs.isNull()) {
            if (!runs.canConvertToLong() || !runs.isIntegralNumber() || runs.asLong() < 1
                    || runs.asLong() > MAX_RUNS) {
                throw ApiError.badRequest("runs: " + runs + "; expected a whole number from 1 to " + MAX_RUNS);
            }
            experiment = experiment.withRuns(runs.asLong());
        } else if (experiment.runs() > MAX_RUNS) {
            throw ApiError.badRequest("runs: the experiment asks for " + experiment.runs() + " runs; the workbench "
                    + "runs at most " + MAX_RUNS + " (give a smaller 'runs')");
        }
        Job job = new Job("j" + ids.incrementAndGet(), path, experiment, ENSEMBLE, List.of());
        submit(ctx, job);
    }

    /** Queues the job, or refuses it with 429 when the queue is full. */
    private void submit(Context ctx, Job job) {
        synchronized (this) {
            try {
                job.future = executor.submit(() -> run(job));
            } catch (RejectedExecutionException e) {
                throw new ApiError(429, "too many jobs: one runs and " + QUEUE + " wait; try again when one ends or "
                        + "cancel one", List.of());
            }
            jobs.put(job.id, job);
            store.write(job.id, status(job));
            forgetOld();
        }
        ctx.status(202).json(status(job));
    }

    private void run(Job job) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        job.state = "running";
        persist(job);
        if (!job.kind.equals(ENSEMBLE)) {
            analyse(job);
            persist(job);
            return;
        }
        try {
            EnsembleSetup setup = new EnsembleSetup(job.experiment);
            EnsembleSummary summary = new EnsembleSummary(setup.points().size(), setup.compiled(0).cellCount());
            new EnsembleRunner(setup, Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .run(0, summary, (rows, next, soFar) -> {
                        if (Thread.currentThread().isInterrupted()) {
                            throw new java.io.InterruptedIOException("cancelled");
                        }
                    }, (done, total) -> job.done = done);
            job.result = result(job.experiment, setup, summary);
            job.state = "done";
        } catch (InterruptedException | java.io.InterruptedIOException e) {
            job.state = "cancelled";
        } catch (Exception e) {
            job.error = String.valueOf(e);
            job.state = "failed";
        }
        persist(job);
    }

    /** What a job can run on an experiment file. */
    public static final String ENSEMBLE = "ensemble";
    /** The kinds of job: the ensemble, and the command line's {@code sensitivity} and {@code discover}. */
    public static final List<String> KINDS = List.of(ENSEMBLE, "sensitivity", "discover");

    /**
     * The command line's options for a sensitivity or discovery job, from the request: {@code outcome},
     * {@code method}, {@code samples}, {@code trajectories}, {@code bootstrap} (sensitivity), {@code runs},
     * {@code density} (discover). Each is checked here as the command checks it, so that a bad one is a 400.
     */
    private static List<String> analysisOptions(String kind, ObjectNode body) {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        String outcome = Json.text(body, "outcome");
        if (outcome != null && !outcome.isBlank()) {
            args.addAll(List.of("--outcome", outcome));
        }
        if (kind.equals("sensitivity")) {
            String method = Json.text(body, "method");
            if (method != null) {
                if (!List.of("sobol", "morris", "both").contains(method)) {
                    throw ApiError.badRequest("method: '" + method + "'; expected sobol, morris or both");
                }
                args.addAll(List.of("--method", method));
            }
            whole(body, "samples", 2, 1 << 20, args);
            whole(body, "trajectories", 2, 100_000, args);
            whole(body, "bootstrap", 0, 100_000, args);
        } else {
            whole(body, "runs", 10, 1_000_000, args);
            JsonNode d = body.get("density");
            if (d != null && !d.isNull()) {
                if (!d.isNumber() || !(d.asDouble() > 0 && d.asDouble() <= 1)) {
                    throw ApiError.badRequest("density: " + d + "; expected a number above 0 and at most 1");
                }
                args.addAll(List.of("--density", String.valueOf(d.asDouble())));
            }
        }
        return args;
    }

    private static void whole(ObjectNode body, String field, long min, long max, List<String> args) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            throw ApiError.badRequest(field + ": " + n + "; expected a whole number from " + min + " to " + max);
        }
        args.addAll(List.of("--" + field, String.valueOf(n.asLong())));
    }

    /**
     * Runs {@code mandate sensitivity} or {@code mandate discover} on the job's file in this thread, through the
     * command line itself, so that the numbers are the command's for the same file and seed; the result is the
     * command's JSON with its chart. Cancelling interrupts the model's evaluation.
     */
    private void analyse(Job job) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        List<String> args = new ArrayList<>();
        args.add(job.kind);
        args.add(files.resolve(job.path).toString());
        args.addAll(job.options);
        int code;
        try (java.io.PrintWriter o = new java.io.PrintWriter(out); java.io.PrintWriter e = new java.io.PrintWriter(err)) {
            code = org.mandate.cli.Main.commandLine(o, e).execute(args.toArray(String[]::new));
        }
        if (Thread.currentThread().isInterrupted() || job.state.equals("cancelled")) {
            job.state = "cancelled";
            return;
        }
        if (code != 0) {
            job.error = err.toString().strip().replace(files.resolve(job.path).toString(), job.path);
            job.state = "failed";
            return;
        }
        try {
            JsonNode report = Json.MAPPER.readTree(out.toString());
            Map<String, Object> result = Json.MAPPER.convertValue(report,
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
            result.put("chart", job.kind.equals("sensitivity")
                    ? org.mandate.cli.plot.CommandCharts.sensitivity(report)
                    : org.mandate.cli.plot.CommandCharts.discovery(report));
            job.result = result;
            job.done = 1;
            job.state = "done";
        } catch (java.io.IOException | RuntimeException e) {
            job.error = String.valueOf(e);
            job.state = "failed";
        }
    }

    /** Keeps the newest {@link JobStore#KEEP} jobs in memory, as on disk; a queued or running job is never dropped. */
    private void forgetOld() {
        List<Job> old = jobs.values().stream().sorted(java.util.Comparator.comparingLong(j -> JobStore.number(j.id)))
                .toList();
        for (int i = 0; i < old.size() - JobStore.KEEP; i++) {
            Job j = old.get(i);
            if (!j.state.equals("queued") && !j.state.equals("running")) {
                jobs.remove(j.id);
            }
        }
    }

    /** Writes the job's document; a full disk fails the write, not the job, whose result stays in memory. */
    private void persist(Job job) {
        if (closing) {
            return;
        }
        synchronized (this) {
            try {
                store.write(job.id, status(job));
            } catch (java.io.UncheckedIOException e) {
                job.error = e.getMessage();
            }
        }
    }

    private void cancel(Context ctx) {
        Job job = job(ctx);
        if (job.state.equals("queued") || job.state.equals("running")) {
            job.future.cancel(true);
            executor.remove((Runnable) job.future);
            job.state = "cancelled";
            persist(job);
        }
        ctx.json(status(job));
    }

    private static Map<String, Object> status(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id);
        m.put("path", job.path);
        m.put("experiment", job.experimentId);
        m.put("kind", job.kind);
        m.put("state", job.state);
        m.put("done", job.done);
        m.put("total", job.total);
        m.put("progress", job.total == 0 ? 0 : (double) job.done / job.total);
        if (job.error != null) {
            m.put("error", job.error);
        }
        if (job.result != null) {
            m.put("result", job.result);
        }
        return m;
    }

    /**
     * Per design point and cell, the probability of each level decided and implemented with its 95% interval; with
     * more than one design point also the paired differences from the first, as {@code mandate ensemble}'s summary
     * has them, and their chart ({@code differencesChart}, left out when no cell ever differs).
     */
    static Map<String, Object> result(ExperimentSpec experiment, EnsembleSetup setup, EnsembleSummary s) {
        CompiledScenario c = setup.compiled(0);
        List<Object> points = new ArrayList<>();
        List<Map<String, Object>> chartRows = new ArrayList<>();
        for (int d = 0; d < s.points(); d++) {
            DesignPoint p = setup.points().get(d);
            Map<String, String> levels = new LinkedHashMap<>();
            for (int i = 0; i < experiment.factors().size(); i++) {
                levels.put(experiment.factors().get(i).name(), p.levels().get(i));
            }
            List<Object> cells = new ArrayList<>();
            for (int k = 0; k < s.cells(); k++) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("episode", c.episodeOf(k));
                cm.put("organization", c.organizationOf(k));
                cm.put("decided", levels(s, d, k, EnsembleSummary.DECIDED, null, null));
                cm.put("implemented", levels(s, d, k, EnsembleSummary.IMPLEMENTED, d == 0 ? chartRows : null,
                        c.episodeOf(k) + " " + c.organizationOf(k)));
                cells.add(cm);
            }
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("design", p.id());
            pm.put("levels", levels);
            pm.put("cells", cells);
            points.add(pm);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", experiment.id());
        m.put("scenario", experiment.scenario().id());
        m.put("runs", s.runs());
        m.put("seed", experiment.seed());
        m.put("designPoints", points);
        m.put("chart", VegaLite.probabilities("P(implemented level) with 95% intervals, " + experiment.id() + " d0",
                chartRows));
        if (s.points() > 1) {
            List<Object> diffs = org.mandate.analysis.ensemble.SummaryReport.of(experiment, setup).differences(s);
            m.put("differences", diffs);
            Map<String, Object> chart = org.mandate.cli.plot.CommandCharts.differences(Json.MAPPER.valueToTree(m));
            if (chart != null) {
                m.put("differencesChart", chart);
            }
        }
        return m;
    }

    private static List<Object> levels(EnsembleSummary s, int d, int k, int field, List<Map<String, Object>> rows,
                                       String cell) {
        List<Object> out = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            ProportionEstimate p = s.probability(d, k, field, l);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", l);
            m.put("p", p.estimate());
            m.put("low", p.interval().lower());
            m.put("high", p.interval().upper());
            out.add(m);
            if (rows != null) {
                Map<String, Object> row = new LinkedHashMap<>(m);
                row.put("cell", cell);
                rows.add(row);
            }
        }
        return out;
    }

    /** Cancels every job and stops the worker. */
    @Override
    public void close() {
        closing = true;
        executor.shutdownNow();
    }
}
