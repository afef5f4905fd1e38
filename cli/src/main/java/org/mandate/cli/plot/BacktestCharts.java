package org.mandate.cli.plot;

import static org.mandate.cli.plot.Specs.m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a backtest, built from the JSON of {@code mandate backtest --format json}: exact-level accuracy and
 * mean absolute error of the model beside each baseline, for all cases and per group, and the model's confusion
 * table per organization as a heat map.
 */
public final class BacktestCharts {
    /** The colour of the model; the baselines take greys and muted tones so that the model stands out. */
    private static final List<String> PREDICTOR_COLOURS = List.of("#cb181d", "#9e9ac8", "#74c476", "#bdbdbd",
            "#fdae6b");

    private BacktestCharts() {
    }

    /** Both charts, keyed {@code scores} and {@code confusion}. */
    public static Map<String, Object> all(JsonNode report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scores", scores(report));
        out.put("confusion", confusion(report));
        return out;
    }

    /** Accuracy and MAE (decided and implemented together) of the model and each baseline, for all and per group. */
    public static Map<String, Object> scores(JsonNode report) {
        List<String> predictors = new ArrayList<>(List.of("model"));
        report.path("baselines").fieldNames().forEachRemaining(predictors::add);
        List<Object> values = new ArrayList<>();
        add(values, "all cases", report.path("model"), report.path("baselines"));
        report.path("groups").fields().forEachRemaining(g -> add(values, g.getKey() + " ("
                + g.getValue().path("cases").asInt() + " cases)", g.getValue().path("model"),
                g.getValue().path("baselines")));
        Map<String, Object> spec = Specs.base("Accuracy (higher is better) and mean absolute error on the 0-4 "
                + "scale (lower is better), the model beside the baselines");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("facet", m("row", m("field", "measure", "type", "nominal", "title", null,
                "sort", List.of("accuracy", "MAE"))));
        spec.put("resolve", m("scale", m("y", "independent")));
        spec.put("spec", m("width", 460, "height", 130, "layer", List.of(
                m("mark", m("type", "bar", "tooltip", true),
                        "encoding", m(
                                "x", m("field", "group", "type", "nominal", "title", null, "sort", null,
                                        "axis", m("labelAngle", 0)),
                                "xOffset", m("field", "predictor", "type", "nominal", "sort", predictors),
                                "y", m("field", "value", "type", "quantitative", "title", null),
                                "color", m("field", "predictor", "type", "nominal", "title", "predictor",
                                        "scale", m("domain", predictors, "range",
                                                PREDICTOR_COLOURS.subList(0, Math.min(predictors.size(),
                                                        PREDICTOR_COLOURS.size())))),
                                "tooltip", List.of(m("field", "group"), m("field", "predictor"),
                                        m("field", "measure"), m("field", "value", "format", ".3f"),
                                        m("field", "n")))))));
        return spec;
    }

    private static void add(List<Object> values, String group, JsonNode model, JsonNode baselines) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        all.add(Map.entry("model", model));
        baselines.fields().forEachRemaining(all::add);
        for (Map.Entry<String, JsonNode> p : all) {
            if (p.getValue().path("n").asInt() == 0) {
                continue;
            }
            values.add(m("group", group, "predictor", p.getKey(), "measure", "accuracy",
                    "value", p.getValue().path("accuracy").asDouble(), "n", p.getValue().path("n").asInt()));
            values.add(m("group", group, "predictor", p.getKey(), "measure", "MAE",
                    "value", p.getValue().path("mae").asDouble(), "n", p.getValue().path("n").asInt()));
        }
    }

    /**
     * The model's confusion table per organization over all cases, observed level down, predicted level across, the
     * count in each cell; a switch chooses the level decided or implemented (implemented first).
     */
    public static Map<String, Object> confusion(JsonNode report) {
        List<Object> values = new ArrayList<>();
        report.path("confusion").path("all").fields().forEachRemaining(org -> {
            for (String which : List.of("decided", "implemented")) {
                JsonNode table = org.getValue().path(which);
                for (int o = 0; o < table.size(); o++) {
                    for (int p = 0; p < table.get(o).size(); p++) {
                        values.add(m("organization", org.getKey(), "levelOf", which, "observed", o,
                                "predicted", p, "count", table.get(o).get(p).asInt(), "hit", o == p));
                    }
                }
            }
        });
        Map<String, Object> spec = Specs.base("Confusion per organization, all cases: observed level (rows) "
                + "against the model's (columns)");
        spec.remove("width");
        spec.put("params", List.of(m("name", "levelOf", "value", "implemented",
                "bind", m("input", "radio", "options", List.of("decided", "implemented"), "name", "level "))));
        spec.put("data", m("values", values));
        spec.put("transform", List.of(m("filter", "datum.levelOf === levelOf")));
        spec.put("facet", m("field", "organization", "type", "nominal", "title", null));
        spec.put("columns", 4);
        Map<String, Object> x = m("field", "predicted", "type", "ordinal", "title", "predicted",
                "axis", m("labelAngle", 0));
        Map<String, Object> y = m("field", "observed", "type", "ordinal", "title", "observed");
        spec.put("spec", m("width", 130, "height", 130, "layer", List.of(
                m("mark", m("type", "rect", "tooltip", true, "stroke", "#fff"),
                        "encoding", m("x", x, "y", y,
                                "color", m("field", "count", "type", "quantitative", "title", "cells",
                                        "scale", m("scheme", "blues", "type", "sqrt")),
                                "tooltip", List.of(m("field", "organization"), m("field", "levelOf", "title",
                                        "level"), m("field", "observed"), m("field", "predicted"),
                                        m("field", "count")))),
                m("transform", List.of(m("filter", "datum.count > 0")),
                        "mark", m("type", "text", "fontSize", 11),
                        "encoding", m("x", x, "y", y, "text", m("field", "count", "type", "quantitative"),
                                "color", m("condition", m("test", "datum.count > 8", "value", "#fff"),
                                        "value", "#000"))))));
        return spec;
    }
}
