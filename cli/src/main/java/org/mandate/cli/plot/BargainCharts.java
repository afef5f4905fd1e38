package org.mandate.cli.plot;

import static org.mandate.cli.plot.Specs.m;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of a bargaining run, built from the JSON of {@code mandate bargain --format json} and its trajectory:
 * each actor's position over the turns (one small chart per dimension), and the final positions with each actor's
 * probability of winning beside the weighted mean and median of the initial positions.
 */
public final class BargainCharts {
    private BargainCharts() {
    }

    /** Both charts, keyed {@code positions} and {@code final}. */
    public static Map<String, Object> all(JsonNode bargain) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("positions", positions(bargain));
        out.put("final", finals(bargain));
        return out;
    }

    /** Each actor's position on each dimension over the turns, as lines. */
    public static Map<String, Object> positions(JsonNode bargain) {
        Map<String, Object> spec = Specs.base("Positions over " + bargain.path("turns").asInt() + " turns ("
                + bargain.path("stoppedBy").asText() + "), " + bargain.path("scenario").asText());
        spec.remove("width");
        spec.put("data", m("values", bargain.path("trajectory")));
        spec.put("facet", m("field", "dimension", "type", "nominal", "title", null));
        spec.put("columns", 2);
        spec.put("spec", m("width", 360, "height", 220,
                "mark", m("type", "line", "point", bargain.path("turns").asInt() <= 30, "tooltip", true),
                "encoding", m(
                        "x", m("field", "turn", "type", "quantitative", "title", "turn", "axis", m("tickMinStep", 1)),
                        "y", m("field", "position", "type", "quantitative", "title", "position (0-100)",
                                "scale", m("domain", List.of(0, 100))),
                        "color", m("field", "actor", "type", "nominal", "title", "actor"))));
        return spec;
    }

    /**
     * The final position of each actor on each dimension, its size the actor's probability of winning, with the
     * weighted mean and median of the initial positions as rules.
     */
    public static Map<String, Object> finals(JsonNode bargain) {
        List<String> dims = new ArrayList<>();
        bargain.path("dimensions").forEach(d -> dims.add(d.asText()));
        List<Object> values = new ArrayList<>();
        for (JsonNode a : bargain.path("actors")) {
            for (int k = 0; k < dims.size(); k++) {
                values.add(m("layer", "actor", "dimension", dims.get(k), "actor", a.path("actor").asText(),
                        "position", a.path("position").get(k).asDouble(),
                        "probability", a.path("probability").asDouble()));
            }
        }
        for (int k = 0; k < dims.size(); k++) {
            values.add(m("layer", "baseline", "dimension", dims.get(k), "baseline", "weighted mean",
                    "position", bargain.path("weightedMean").get(k).asDouble()));
            values.add(m("layer", "baseline", "dimension", dims.get(k), "baseline", "weighted median",
                    "position", bargain.path("weightedMedian").get(k).asDouble()));
        }
        Map<String, Object> spec = Specs.base("Final positions (size: probability of winning) and the weighted "
                + "mean and median of the initial positions");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("facet", m("row", m("field", "dimension", "type", "nominal", "title", null)));
        spec.put("spec", m("width", 560, "height", m("step", 16), "layer", List.of(
                m("transform", List.of(m("filter", "datum.layer === 'actor'")),
                        "mark", m("type", "circle", "tooltip", true),
                        "encoding", m(
                                "x", m("field", "position", "type", "quantitative", "title", "position (0-100)",
                                        "scale", m("domain", List.of(0, 100))),
                                "y", m("field", "actor", "type", "nominal", "title", null, "sort", null),
                                "size", m("field", "probability", "type", "quantitative", "title", "P(win)",
                                        "scale", m("range", List.of(20, 600))),
                                "color", m("field", "actor", "type", "nominal", "legend", null),
                                "tooltip", List.of(m("field", "actor"), m("field", "dimension"),
                                        m("field", "position", "format", ".2f"),
                                        m("field", "probability", "format", ".4f")))),
                m("transform", List.of(m("filter", "datum.layer === 'baseline'")),
                        "mark", m("type", "rule", "strokeWidth", 2),
                        "encoding", m(
                                "x", m("field", "position", "type", "quantitative"),
                                "strokeDash", m("field", "baseline", "type", "nominal", "title", "baseline"),
                                "tooltip", List.of(m("field", "baseline"), m("field", "position", "format",
                                        ".2f")))))));
        spec.put("resolve", m("scale", m("color", "independent")));
        return spec;
    }
}
