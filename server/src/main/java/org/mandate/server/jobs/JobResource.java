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
 * tells its progress and, once done, its result, {@code DELETE} cancels it. One job runs at a time and at most
 * {@link #QUEUE} wait; more are refused with 429.
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

    /** A resource over the given files. */
    public JobResource(Workspace files) {
        this.files = files;
    }

    /** One job and what is known of it; fields written by the job thread are volatile. */
    private static final class Job {
        final String id;
        final String path;
        final ExperimentSpec experiment;
        volatile String state = "queued";
        volatile long done;
        volatile long total;
        volatile Map<String, Object> result;
        volatile String error;
        volatile Future<?> future;

        Job(String id, String path, ExperimentSpec experiment) {
            this.id = id;
            this.path = path;
            this.experiment = experiment;
            this.total = experiment.runs();
        }
    }

    /** Adds the routes. */
    public void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/jobs", this::start);
        routes.add(HandlerType.GET, "/api/jobs/{id}", ctx -> ctx.json(status(job(ctx))));
        routes.add(HandlerType.DELETE, "/api/jobs/{id}", this::cancel);
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
        Job job = new Job("j" + ids.incrementAndGet(), path, experiment);
        try {
            job.future = executor.submit(() -> run(job));
        } catch (RejectedExecutionException e) {
            throw new ApiError(429, "too many jobs: one runs and " + QUEUE + " wait; try again when one ends or "
                    + "cancel one", List.of());
        }
        jobs.put(job.id, job);
        ctx.status(202).json(status(job));
    }

    private void run(Job job) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        job.state = "running";
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
    }

    private void cancel(Context ctx) {
        Job job = job(ctx);
        if (job.state.equals("queued") || job.state.equals("running")) {
            job.future.cancel(true);
            executor.remove((Runnable) job.future);
            job.state = "cancelled";
        }
        ctx.json(status(job));
    }

    private static Map<String, Object> status(Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id);
        m.put("path", job.path);
        m.put("experiment", job.experiment.id());
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

    /** Per design point and cell, the probability of each level decided and implemented with its 95% interval. */
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
        executor.shutdownNow();
    }
}
