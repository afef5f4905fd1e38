package org.mandate.server.scenarios;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mandate.core.scenario.LoadedScenario;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;

/**
 * {@code /api/scenarios}: the listing, one file's text, saving into the workspace, and validation of text as it is
 * typed.
 */
public final class ScenarioResource {
    private final Workspace files;

    /** A resource over the given files. */
    public ScenarioResource(Workspace files) {
        this.files = files;
    }

    /** Adds the routes. */
    public void register(Routes routes) {
        routes.add(HandlerType.GET, "/api/scenarios", ctx -> ctx.json(Map.of("scenarios", files.list())));
        routes.add(HandlerType.GET, "/api/scenarios/file", this::read);
        routes.add(HandlerType.PUT, "/api/scenarios/file", this::save);
        routes.add(HandlerType.POST, "/api/validate", this::validate);
    }

    private void read(Context ctx) {
        String path = ctx.queryParam("path");
        String text = files.read(path);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("readOnly", !path.startsWith(Workspace.WORKSPACE));
        m.put("text", text);
        ctx.json(m);
    }

    private void save(Context ctx) {
        String path = ctx.queryParam("path");
        if (path == null) {
            throw ApiError.badRequest("no path given; expected ?path=workspace/NAME.yaml");
        }
        files.save(path, ctx.body());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("saved", true);
        ctx.json(m);
    }

    /** 200 with {@code ok: true}, or 400 with the located problems, as {@code mandate validate} exits 0 or 2. */
    private void validate(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        LoadedScenario loaded = ScenarioInput.load(files, body);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("scenario", loaded.scenario().id());
        m.put("problems", java.util.List.of());
        ctx.json(m);
    }
}
