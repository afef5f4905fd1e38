package org.mandate.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's routes as they are added to the server, kept in a list so that a test can check the OpenAPI document
 * names every one of them.
 */
public final class Routes {
    private final Javalin app;
    private final List<Route> added = new ArrayList<>();

    /**
     * One route.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param path   the path, with parameters in braces ({@code /api/jobs/{id}})
     */
    public record Route(String method, String path) {
    }

    Routes(Javalin app) {
        this.app = app;
    }

    /** Adds a route. */
    public void add(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        added.add(new Route(method.name(), path));
    }

    /** The routes added so far, in order. */
    public List<Route> list() {
        return List.copyOf(added);
    }
}
