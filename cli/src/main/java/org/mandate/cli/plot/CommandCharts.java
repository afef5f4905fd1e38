package org.mandate.cli.plot;

import static org.mandate.cli.plot.Specs.m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of {@code ensemble}, {@code sensitivity} and {@code discover}, each built from the command's JSON
 * ({@code --format json}): the probability of each level with its interval, the paired differences between design
 * points with theirs, the sensitivity indices of each input,
 * and the peeling trajectory of scenario discovery.
 */
public final class CommandCharts {
    /** The colour of each level 0-4, the same as the workbench's outcome table. */
    public static final List<String> LEVEL_COLOURS = List.of("#e8e8e8", "#c6dbef", "#6baed6", "#fd8d3c", "#cb181d");

    private CommandCharts() {
    }

    /** The colour scale of the levels 0-4. */
    public static Map<String, Object> levelColour(String field) {
        return m("field", field, "type", "ordinal", "title", "level",
                "scale", m("domain", List.of(0, 1, 2, 3, 4), "range", LEVEL_COLOURS));
    }

    /**
     * The probability of each level of each cell with its 95% interval: one small chart per cell, a bar per level.
     *
     * @param rows objects with {@code cell} (label), {@code level} (0-4), {@code p}, {@code low} and {@code high}
     */
    public static Map<String, Object> probabilities(String title, List<Map<String, Object>> rows) {
        Map<String, Object> spec = Specs.base(title);
        spec.put("data", m("values", rows));
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("mark", m("type", "bar", "tooltip", true));
        bar.put("encoding", m(
                "x", m("field", "level", "type", "ordinal", "title", "level"),
                "y", m("field", "p", "type", "quantitative", "title", "probability",
                        "scale", m("domain", List.of(0, 1))),
                "color", levelColour("level")));
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("mark", m("type", "rule", "color", "#222"));
        rule.put("encoding", m(
                "x", m("field", "level", "type", "ordinal"),
                "y", m("field", "low", "type", "quantitative"),
                "y2", m("field", "high")));
        spec.put("facet", m("field", "cell", "type", "nominal", "title", null));
        spec.put("columns", 3);
        spec.put("spec", m("width", 150, "height", 90, "layer", List.of(bar, rule)));
        spec.remove("width");
        return spec;
    }

    /** {@code mandate ensemble}: P(implemented level) of every cell at design point d0, with its interval. */
    public static Map<String, Object> ensemble(JsonNode summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String first = summary.path("designPoints").path(0).path("design").asText("d0");
        for (JsonNode c : summary.path("cells")) {
            if (!c.path("design").asText().equals(first)) {
                continue;
            }
            for (JsonNode l : c.path("implemented")) {
                rows.add(m("cell", c.path("episode").asText() + " " + c.path("organization").asText(),
                        "level", l.path("level").asInt(), "p", l.path("p").asDouble(),
                        "low", l.path("lower").asDouble(), "high", l.path("upper").asDouble()));
            }
        }
        return probabilities("P(implemented level) with 95% intervals, " + summary.path("experiment").asText() + " "
                + first + ", " + summary.path("runs").asLong() + " runs", rows);
    }

    /**
     * {@code mandate ensemble}: the paired differences of each design point from the first (on the same draws), the
     * mean change of the decided and the implemented level of each cell as a bar with its 95% interval, one small
     * chart per design point. Cells whose differences are all zero are left out, as in the command's table.
     *
     * @param summary the command's JSON, whose {@code differences} it reads
     * @return the spec, or null when there is nothing to draw (one design point, or no cell ever differs)
     */
    public static Map<String, Object> differences(JsonNode summary) {
        List<Object> values = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<String> designs = new ArrayList<>();
        Map<String, String> levels = new LinkedHashMap<>();
        for (JsonNode p : summary.path("designPoints")) {
            List<String> parts = new ArrayList<>();
            p.path("levels").fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
            levels.put(p.path("design").asText(), String.join(", ", parts));
        }
        String versus = null;
        for (JsonNode d : summary.path("differences")) {
            JsonNode dec = d.path("decided");
            JsonNode imp = d.path("implemented");
            if (allZero(dec) && allZero(imp)) {
                continue;
            }
            versus = d.path("versus").asText();
            String cell = d.path("episode").asText() + " " + d.path("organization").asText();
            if (!cells.contains(cell)) {
                cells.add(cell);
            }
            String design = d.path("design").asText() + " vs " + versus;
            if (!designs.contains(design)) {
                designs.add(design);
            }
            String what = levels.getOrDefault(d.path("design").asText(), "");
            for (String measure : List.of("decided", "implemented")) {
                JsonNode x = d.path(measure);
                values.add(m("design", design, "levels", what, "cell", cell, "measure", measure,
                        "mean", x.path("mean").asDouble(), "low", x.path("lower").asDouble(),
                        "high", x.path("upper").asDouble()));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        Map<String, Object> spec = Specs.base("Paired differences from " + versus + " (mean level change, 95% "
                + "intervals), " + summary.path("experiment").asText() + ", " + summary.path("runs").asLong()
                + " runs");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("facet", m("field", "design", "type", "nominal", "title", null, "sort", designs));
        spec.put("columns", 3);
        Map<String, Object> y = m("field", "cell", "type", "nominal", "title", null, "sort", cells);
        Map<String, Object> offset = m("field", "measure", "type", "nominal");
        spec.put("spec", m("width", 150, "height", m("step", 14), "layer", List.of(
                m("mark", m("type", "bar", "tooltip", true),
                        "encoding", m("y", y, "yOffset", offset,
                                "x", m("field", "mean", "type", "quantitative", "title", "level change"),
                                "color", m("field", "measure", "type", "nominal", "title", null,
                                        "scale", m("domain", List.of("decided", "implemented"),
                                                "range", List.of("#6baed6", "#fd8d3c"))))),
                m("mark", m("type", "rule", "color", "#222"),
                        "encoding", m("y", y, "yOffset", offset,
                                "x", m("field", "low", "type", "quantitative"), "x2", m("field", "high"))))));
        return spec;
    }

    private static boolean allZero(JsonNode d) {
        return d.path("mean").asDouble() == 0 && d.path("lower").asDouble() == 0 && d.path("upper").asDouble() == 0;
    }

    /**
     * {@code mandate sensitivity}: for each outcome, each input's Sobol first- and total-order index with its
     * interval, or, with Morris alone, its mu* with its interval; inputs that never matter are left out.
     */
    public static Map<String, Object> sensitivity(JsonNode report) {
        List<Object> values = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        boolean sobol = false;
        for (JsonNode o : report.path("outcomes")) {
            sobol |= o.path("sobol").isArray();
        }
        for (JsonNode o : report.path("outcomes")) {
            String outcome = o.path("outcome").asText();
            if (sobol && o.path("sobol").isArray()) {
                for (JsonNode i : o.path("sobol")) {
                    add(values, inputs, outcome, i.path("input").asText(), "first order",
                            i.path("firstOrder"), i.path("firstOrderLower"), i.path("firstOrderUpper"));
                    add(values, inputs, outcome, i.path("input").asText(), "total order",
                            i.path("totalOrder"), i.path("totalOrderLower"), i.path("totalOrderUpper"));
                }
            } else if (!sobol) {
                for (JsonNode i : o.path("morris")) {
                    add(values, inputs, outcome, i.path("input").asText(), "mu*", i.path("muStar"),
                            i.path("muStarLower"), i.path("muStarUpper"));
                }
            }
        }
        Map<String, Object> spec = Specs.base(sobol ? "Sobol indices of each input (95% bootstrap intervals)"
                : "Morris mu* of each input (95% bootstrap intervals)");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("facet", m("field", "outcome", "type", "nominal", "title", null));
        spec.put("columns", 2);
        Map<String, Object> y = m("field", "input", "type", "nominal", "title", null, "sort", inputs);
        spec.put("spec", m("width", 260, "height", m("step", 14), "layer", List.of(
                m("mark", m("type", "bar", "tooltip", true),
                        "encoding", m("y", y, "yOffset", m("field", "index", "type", "nominal"),
                                "x", m("field", "value", "type", "quantitative", "title", null),
                                "color", m("field", "index", "type", "nominal", "title", null,
                                        "scale", m("range", List.of("#6baed6", "#08519c"))))),
                m("mark", m("type", "rule", "color", "#222"),
                        "encoding", m("y", y, "yOffset", m("field", "index", "type", "nominal"),
                                "x", m("field", "low", "type", "quantitative"), "x2", m("field", "high"))))));
        return spec;
    }

    private static void add(List<Object> values, List<String> inputs, String outcome, String input, String index,
                            JsonNode value, JsonNode low, JsonNode high) {
        if (value.asDouble() == 0 && high.asDouble() == 0 && low.asDouble() == 0) {
            return;
        }
        if (!inputs.contains(input)) {
            inputs.add(input);
        }
        values.add(m("outcome", outcome, "input", input, "index", index, "value", value.asDouble(),
                "low", low.asDouble(), "high", high.asDouble()));
    }

    /**
     * {@code mandate discover}: PRIM's peeling trajectory, density against coverage, each box a point, the chosen
     * box larger and the target density a rule.
     */
    public static Map<String, Object> discovery(JsonNode report) {
        List<Object> values = new ArrayList<>();
        JsonNode box = report.path("box");
        int step = 0;
        for (JsonNode b : report.path("trajectory")) {
            boolean chosen = b.path("rule").asText().equals(box.path("rule").asText())
                    && b.path("density").asDouble() == box.path("density").asDouble();
            values.add(m("step", step++, "coverage", b.path("coverage").asDouble(),
                    "density", b.path("density").asDouble(), "rule", b.path("rule").asText(),
                    "box", chosen ? "chosen box" : "peeled box"));
        }
        Map<String, Object> spec = Specs.base("Scenario discovery for " + report.path("outcome").asText() + ": "
                + (box.isMissingNode() ? "no box" : box.path("rule").asText()));
        spec.put("width", 420);
        spec.put("height", 300);
        spec.put("data", m("values", values));
        Map<String, Object> x = m("field", "coverage", "type", "quantitative", "title", "coverage",
                "scale", m("domain", List.of(0, 1)));
        Map<String, Object> y = m("field", "density", "type", "quantitative", "title", "density",
                "scale", m("domain", List.of(0, 1)));
        spec.put("layer", List.of(
                m("mark", m("type", "line", "color", "#999"), "encoding", m("x", x, "y", y, "order",
                        m("field", "step", "type", "quantitative"))),
                m("mark", m("type", "point", "filled", true, "tooltip", true),
                        "encoding", m("x", x, "y", y,
                                "color", m("field", "box", "type", "nominal", "title", null,
                                        "scale", m("domain", List.of("peeled box", "chosen box"),
                                                "range", List.of("#6baed6", "#cb181d"))),
                                "size", m("field", "box", "type", "nominal", "title", null,
                                        "scale", m("domain", List.of("peeled box", "chosen box"),
                                                "range", List.of(30, 160))))),
                m("mark", m("type", "rule", "strokeDash", List.of(4, 4), "color", "#cb181d"),
                        "encoding", m("y", m("datum", report.path("densityTarget").asDouble(0.8),
                                "type", "quantitative")))));
        return spec;
    }
}
