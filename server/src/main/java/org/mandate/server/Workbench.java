package org.mandate.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.mandate.server.backtest.BacktestResource;
import org.mandate.server.bargaining.BargainResource;
import org.mandate.server.history.HistoryResource;
import org.mandate.server.jobs.JobResource;
import org.mandate.server.outcomes.OutcomeResource;
import org.mandate.server.scenarios.ScenarioResource;
import org.mandate.server.scenarios.Workspace;

/**
 * The workbench server: the page under {@code /}, the JSON API under {@code /api}, its OpenAPI document at
 * {@code /openapi.json}.
 *
 * <p>Lifecycle: {@link #start} binds the port (0 picks a free one) and returns once it serves; {@link #close}
 * stops it and cancels running jobs. Request bodies over {@link #MAX_BODY_BYTES} are answered 413; a user's
 * mistake is answered 400, 403, 404, 413 or 429 with a JSON {@code error}; anything else 500 with one line, never
 * a stack trace.
 */
public final class Workbench implements AutoCloseable {
    /** The largest request body accepted: 2 MiB (a scenario file may have 1 MiB, escaped in JSON). */
    public static final long MAX_BODY_BYTES = 2L << 20;

    private final Javalin app;
    private final Routes routes;
    private final JobResource jobs;

    /**
     * Where the server listens and which files it serves.
     *
     * @param host      the address to bind, such as {@code 127.0.0.1}
     * @param port      the port, 0 for any free one
     * @param examples  the bundled examples folder (read-only)
     * @param workspace the user's folder (read and write)
     */
    public record Settings(String host, int port, Path examples, Path workspace) {
    }

    private Workbench(Settings settings) {
        Workspace files = new Workspace(settings.examples(), settings.workspace());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
        });
        this.routes = new Routes(app);
        this.jobs = new JobResource(files);
        routes.add(HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        // the API browser: a page, not a route of the API, so it is not in the OpenAPI document
        app.get("/api", ctx -> ctx.html(resource("/web/api.html")));
        new ScenarioResource(files).register(routes);
        new OutcomeResource(files).register(routes);
        jobs.register(routes);
        new HistoryResource(files).register(routes);
        new BacktestResource(files).register(routes);
        new BargainResource(files).register(routes);
        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Json.error(e.getMessage(),
                e.problems())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Json.error(
                e.getStatus() == 413 ? "request body too large; the limit is " + MAX_BODY_BYTES + " bytes"
                        : e.getMessage(), List.of())));
        app.exception(Exception.class, (e, ctx) -> ctx.status(500).json(Json.error("internal error: " + e,
                List.of())));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && (ctx.result() == null || ctx.result().isEmpty())) {
                ctx.json(Json.error("no such resource: " + ctx.method() + " " + ctx.path() + "; see /openapi.json",
                        List.of()));
            }
        });
        app.start(settings.host(), settings.port());
    }

    /** Starts a workbench; returns once it serves. */
    public static Workbench start(Settings settings) {
        return new Workbench(settings);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The routes of the API, for checking the OpenAPI document. */
    public List<Routes.Route> routes() {
        return routes.list();
    }

    /** The OpenAPI document, a resource written by hand beside the handlers. */
    public static String openApi() throws IOException {
        return resource("/openapi.json");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Workbench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the server jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Stops the server and cancels running jobs. */
    @Override
    public void close() {
        jobs.close();
        app.stop();
    }
}
