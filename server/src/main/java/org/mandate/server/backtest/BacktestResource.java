package org.mandate.server.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mandate.cli.Main;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;
import org.mandate.cli.plot.BacktestCharts;
import org.mandate.server.scenarios.Workspace;

/**
 * {@code POST /api/backtest}: runs {@code mandate backtest DIR --format json} on a folder of case files (the
 * library's {@code examples/cases} unless another is named) and answers its JSON, with each case's {@code file}
 * named as the API names files (so that a case can be explained), and {@code charts}: accuracy and mean absolute
 * error beside the baselines, and a confusion heat map per organization.
 *
 * <p>The command itself runs, in this process: the answer is its contract by construction, not a copy of it.
 */
public final class BacktestResource {
    /** The library's cases, scored when no folder is named. */
    public static final String CASES = Workspace.EXAMPLES + "cases";
    /** The most runs per case the forecast may take here (200 by default, as on the command line). */
    public static final int MAX_ENSEMBLE = 2000;

    private final Workspace files;

    /** A resource over the given files. */
    public BacktestResource(Workspace files) {
        this.files = files;
    }

    /** Adds the route. */
    public void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/backtest", this::backtest);
    }

    private void backtest(Context ctx) {
        ObjectNode body = ctx.body().isBlank() ? Json.MAPPER.createObjectNode() : Json.object(ctx.body());
        String path = Json.text(body, "path");
        if (path == null) {
            path = CASES;
        }
        Path dir = files.resolve(path);
        if (!Files.isDirectory(dir)) {
            throw ApiError.notFound("no folder '" + path + "'; expected a folder of case files, such as " + CASES);
        }
        long ensemble = whole(body, "ensemble", 200, 0, MAX_ENSEMBLE);
        long seed = whole(body, "seed", 2010, Long.MIN_VALUE, Long.MAX_VALUE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.commandLine(o, e).execute("backtest", dir.toString(), "--format", "json", "--ensemble",
                    String.valueOf(ensemble), "--seed", String.valueOf(seed));
        }
        ObjectNode report = null;
        if (!out.toString().isBlank()) {
            try {
                report = (ObjectNode) Json.MAPPER.readTree(out.toString());
            } catch (IOException e) {
                throw new IllegalStateException("the backtest's JSON does not parse: " + e.getMessage(), e);
            }
        }
        if (report == null || code != Main.OK && !report.has("cases")) {
            // no report, or only the command's error report: the folder held no case files; it said why in one line
            String line = firstLine(err.toString()).replace(dir.toString(), path);
            throw ApiError.badRequest(line.startsWith("mandate: ") ? line.substring("mandate: ".length()) : line);
        }
        for (JsonNode c : report.path("cases")) {
            ((ObjectNode) c).set("file", new TextNode(name(dir, path, c.path("file").asText())));
        }
        for (JsonNode s : report.path("skipped")) {
            if (s.has("file")) {
                ((ObjectNode) s).set("file", new TextNode(name(dir, path, s.path("file").asText())));
            }
            if (s.path("problems").isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode named = Json.MAPPER.createArrayNode();
                for (JsonNode p : s.path("problems")) {
                    named.add(p.asText().replace(dir.toString(), path));
                }
                ((ObjectNode) s).set("problems", named);
            }
        }
        report.put("exitCode", code);
        report.set("charts", Json.MAPPER.valueToTree(BacktestCharts.all(report)));
        ctx.json(report);
    }

    /** A case file as the API names it: the folder as given, then the file's name. */
    private static String name(Path dir, String path, String file) {
        Path f = Path.of(file);
        return f.isAbsolute() && f.startsWith(dir) ? path + "/" + dir.relativize(f).toString().replace('\\', '/')
                : file;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static long whole(ObjectNode body, String field, long otherwise, long min, long max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return otherwise;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            throw ApiError.badRequest(field + ": " + n + "; expected a whole number"
                    + (min == Long.MIN_VALUE ? "" : " from " + min + " to " + max));
        }
        return n.asLong();
    }

}
