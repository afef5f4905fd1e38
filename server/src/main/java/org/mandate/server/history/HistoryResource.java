package org.mandate.server.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mandate.cli.HistoryJson;
import org.mandate.core.engine.Mechanisms;
import org.mandate.core.history.HistoryBacktest;
import org.mandate.core.history.HistoryEngine;
import org.mandate.core.history.HistoryResult;
import org.mandate.core.history.HistorySpec;
import org.mandate.core.scenario.HistoryLoader;
import org.mandate.core.scenario.ScenarioException;
import org.mandate.server.ApiError;
import org.mandate.server.Json;
import org.mandate.server.Routes;
import org.mandate.cli.plot.HistoryCharts;
import org.mandate.server.scenarios.ScenarioInput;
import org.mandate.server.scenarios.Workspace;

/**
 * {@code POST /api/history}: runs a history file as {@code mandate history FILE --format json} does, with the same
 * {@code from}, {@code to}, {@code disable} and {@code backtest}, and answers its JSON with the charts of the page
 * ({@code charts}: membership timeline, rents, capacity and control) built from that JSON.
 */
public final class HistoryResource {
    private static final java.util.regex.Pattern OTHER_KIND =
            java.util.regex.Pattern.compile("(?m)^(scenario|experiment):");
    private static final java.util.regex.Pattern HISTORY_KEY = java.util.regex.Pattern.compile("(?m)^history:");

    private final Workspace files;

    /** A resource over the given files. */
    public HistoryResource(Workspace files) {
        this.files = files;
    }

    /** Adds the routes: the history, and the mechanisms a history can switch off. */
    public void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/history", this::history);
        routes.add(HandlerType.GET, "/api/history/mechanisms", ctx -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("history", HistoryEngine.MECHANISMS);
            m.put("crisis", Mechanisms.IDS);
            ctx.json(m);
        });
    }

    private void history(Context ctx) {
        ObjectNode body = Json.object(ctx.body());
        ScenarioInput.Source source = ScenarioInput.source(files, body);
        java.util.regex.Matcher kind = OTHER_KIND.matcher(source.text());
        if (kind.find() && !HISTORY_KEY.matcher(source.text()).find()) {
            throw ApiError.badRequest(source.label() + " is " + (kind.group(1).equals("scenario") ? "a scenario"
                    : "an experiment") + " file, not a history; expected a file with a 'history:' key, such as "
                    + "examples/central-asia.yaml");
        }
        HistorySpec h;
        try {
            h = HistoryLoader.load(source.label(), source.text().getBytes(StandardCharsets.UTF_8), source.folder());
        } catch (ScenarioException e) {
            int n = e.problems().size();
            throw new ApiError(400, n + " problem" + (n == 1 ? "" : "s") + " found in " + source.label(),
                    files.relabel(e.problems()));
        }
        LocalDate first = h.from();
        LocalDate last = h.to();
        String from = Json.text(body, "from");
        String to = Json.text(body, "to");
        try {
            if (from != null) {
                first = day(from, true);
            }
            if (to != null) {
                last = day(to, false);
            }
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("from/to: '" + e.getParsedString() + "' is not a year (1992) or a date "
                    + "(1992-01-01)");
        }
        if (last.isBefore(first)) {
            throw ApiError.badRequest("to " + last + " is before from " + first);
        }
        if (first.isBefore(h.from())) {
            throw ApiError.badRequest("from " + first + " is before the history's first day " + h.from()
                    + " (its initial conditions are for that day)");
        }
        if (last.isAfter(h.to())) {
            throw ApiError.badRequest("to " + last + " is after the history's last day " + h.to());
        }
        Set<String> off = new LinkedHashSet<>(h.disabled());
        for (String m : Json.strings(body, "disable")) {
            if (!HistoryEngine.MECHANISMS.contains(m) && !Mechanisms.IDS.contains(m)) {
                throw ApiError.badRequest("disable: unknown mechanism '" + m + "'; expected one of "
                        + String.join(", ", HistoryEngine.MECHANISMS) + ", " + String.join(", ", Mechanisms.IDS));
            }
            off.add(m);
        }
        boolean backtest = flag(body, "backtest");
        // as the command line: the initial conditions are for the history's first day, a later from only hides
        HistorySpec run = h.withPeriod(h.from(), last).withDisabled(off);
        HistoryResult result = HistoryEngine.run(run);
        HistoryBacktest.Report report = backtest ? HistoryBacktest.score(run, result, HistoryBacktest.UNTIL, 365)
                : null;
        Map<String, Object> json = new LinkedHashMap<>(HistoryJson.of(run, result, first, report));
        if (!body.has("charts") || flag(body, "charts")) {
            JsonNode tree = Json.MAPPER.valueToTree(json);
            json.put("charts", HistoryCharts.all(tree));
        }
        ctx.json(json);
    }

    private static boolean flag(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw ApiError.badRequest("field '" + field + "' is " + n + "; expected true or false");
        }
        return n.asBoolean();
    }

    /** A year (its first or last day) or a date, as {@code --from} and {@code --to}. */
    static LocalDate day(String text, boolean start) {
        if (text.matches("\\d{4}")) {
            int y = Integer.parseInt(text);
            return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        return LocalDate.parse(text);
    }
}
