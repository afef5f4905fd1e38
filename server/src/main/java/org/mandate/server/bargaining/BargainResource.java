package org.mandate.server.bargaining;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandate.cli.Main;
import org.mandate.core.scenario.YamlDocument;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;
import org.mandate.cli.plot.BargainCharts;
import org.mandate.server.scenarios.Workspace;

/**
 * {@code POST /api/bargain}: runs {@code mandate bargain FILE.csv --format json --trajectory T.csv} on a KTAB CSV
 * scenario (a file in the examples or the workspace, or {@code csv} text) and answers its JSON with the
 * {@code trajectory} it wrote (turn, actor, dimension, position) and {@code charts}: positions over turns and the
 * final positions with each actor's probability of winning.
 *
 * <p>The command itself runs, in this process, so that the answer is its contract by construction.
 */
public final class BargainResource {
    private final Workspace files;

    /** A resource over the given files. */
    public BargainResource(Workspace files) {
        this.files = files;
    }

    /** Adds the route. */
    public void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/bargain", this::bargain);
    }

    private void bargain(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        String path = Json.text(body, "path");
        String csv = Json.text(body, "csv");
        String profile = Json.text(body, "profile");
        if (profile != null && !profile.equals("ktab") && !profile.equals("mandate")) {
            throw ApiError.badRequest("profile: '" + profile + "'; expected ktab or mandate");
        }
        if (path == null && csv == null) {
            throw ApiError.badRequest("no scenario given; expected a field 'path' (such as "
                    + "examples/bargaining/ref-10x2.csv) or 'csv' (KTAB CSV text)");
        }
        String label = csv != null ? (path == null ? "draft.csv" : path) : path;
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("mandate-bargain-");
            Path input;
            if (csv != null) {
                input = tmp.resolve("draft.csv");
                Files.writeString(input, csv, StandardCharsets.UTF_8);
            } else {
                input = files.resolve(path);
                if (!path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    throw ApiError.badRequest("path '" + path + "' is not a CSV file; expected a KTAB scenario "
                            + "ending in .csv");
                }
                if (!Files.isRegularFile(input)) {
                    throw ApiError.notFound("no file '" + path + "'");
                }
                if (Files.size(input) > YamlDocument.MAX_BYTES) {
                    throw new ApiError(413, "file '" + path + "' is " + Files.size(input) + " bytes; files over "
                            + YamlDocument.MAX_BYTES + " bytes are refused", List.of());
                }
            }
            Path trajectory = tmp.resolve("trajectory.csv");
            List<String> args = new ArrayList<>(List.of("bargain", input.toString(), "--format", "json",
                    "--trajectory", trajectory.toString()));
            if (profile != null) {
                args.add("--profile");
                args.add(profile);
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                code = Main.commandLine(o, e).execute(args.toArray(String[]::new));
            }
            if (code != Main.OK) {
                String said = err.toString().replace(input.toString(), label);
                if (csv != null) {
                    said = said.replace("draft.csv", label);
                }
                List<String> lines = said.lines()
                        .map(l -> l.startsWith("mandate: ") ? l.substring("mandate: ".length()) : l).toList();
                throw ApiError.badRequest(String.join("\n", lines));
            }
            ObjectNode json = (ObjectNode) Json.MAPPER.readTree(out.toString());
            json.set("trajectory", trajectory(trajectory));
            json.set("charts", Json.MAPPER.valueToTree(BargainCharts.all(json)));
            ctx.json(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(tmp);
        }
    }

    /** The trajectory the command wrote, as objects. */
    private static ArrayNode trajectory(Path csv) throws IOException {
        ArrayNode rows = Json.MAPPER.createArrayNode();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            ObjectNode r = rows.addObject();
            r.put("turn", Integer.parseInt(f.get(0)));
            r.put("actor", f.get(1));
            r.put("dimension", f.get(2));
            r.put("position", Double.parseDouble(f.get(3)));
        }
        return rows;
    }

    /** The fields of one CSV line as the command writes them (quoted when they hold a comma or a quote). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the answer stands
        }
    }
}
