package org.mandate.server.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.cli.plot.CommandCharts;
import org.mandate.cli.plot.Specs;
import org.mandate.core.engine.MemberStance;
import org.mandate.core.engine.Outcome;
import org.mandate.core.model.ResponseLevel;
import org.mandate.server.Json;

/**
 * Builds Vega-Lite (v6) specifications of the workbench's charts, as plain maps ready for JSON: each member's
 * utility per level of one outcome, and the probability of each level with its 95% interval.
 */
public final class VegaLite {
    /** The schema every spec names. */
    public static final String SCHEMA = Specs.SCHEMA;
    /** The colour of each level 0-4, the same as the page's outcome table. */
    public static final List<String> LEVEL_COLOURS = CommandCharts.LEVEL_COLOURS;

    /** The most members a utility chart shows, so that its bars stay readable. */
    public static final int MAX_MEMBERS = 16;

    private VegaLite() {
    }

    /**
     * Each member's utility for each level 0-4 in one outcome, grouped by member; pivotal members are marked
     * "(pivotal)", levels a member objects to are hatched by a lower opacity and each member's ideal level is
     * outlined.
     */
    public static Map<String, Object> utilities(Outcome o) {
        List<MemberStance> shown = new ArrayList<>(o.stances());
        shown.sort(java.util.Comparator.comparing((MemberStance s) -> !o.pivotal().contains(s.actor()))
                .thenComparing(s -> !s.voting()).thenComparing(s -> -s.weight()));
        boolean cut = shown.size() > MAX_MEMBERS;
        if (cut) {
            shown = shown.subList(0, MAX_MEMBERS);
        }
        List<Object> values = new ArrayList<>();
        for (MemberStance s : shown) {
            String label = s.actor() + (o.pivotal().contains(s.actor()) ? " (pivotal)" : "")
                    + (s.voting() ? "" : " (no vote)");
            for (int level = 0; level < 5; level++) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("member", label);
                v.put("level", level);
                v.put("levelName", level + " " + ResponseLevel.of(level).label());
                v.put("utility", Math.round(s.utility()[level] * 1000) / 1000.0);
                v.put("objects", s.objects().contains(level));
                v.put("ideal", s.ideal() == level);
                values.add(v);
            }
        }
        Map<String, Object> spec = base("Utility of each level to each member, " + o.episode() + " / "
                + o.organization() + (cut ? " (the " + MAX_MEMBERS + " weightiest of " + o.stances().size()
                + " members, pivotal first)" : ""));
        spec.put("height", 220);
        spec.put("data", m("values", values));
        spec.put("mark", m("type", "bar", "tooltip", true));
        Map<String, Object> enc = new LinkedHashMap<>();
        enc.put("x", m("field", "member", "type", "nominal", "title", null, "sort", null,
                "axis", m("labelAngle", 0)));
        enc.put("xOffset", m("field", "level", "type", "ordinal"));
        enc.put("y", m("field", "utility", "type", "quantitative", "title", "utility"));
        enc.put("color", levelColour("level"));
        enc.put("opacity", m("condition", m("test", "datum.objects", "value", 0.35), "value", 1));
        enc.put("stroke", m("condition", m("test", "datum.ideal", "value", "#000"), "value", null));
        enc.put("strokeWidth", m("value", 1.5));
        enc.put("tooltip", List.of(m("field", "member"), m("field", "levelName", "title", "level"),
                m("field", "utility"), m("field", "objects", "title", "objects"),
                m("field", "ideal", "title", "ideal level")));
        spec.put("encoding", enc);
        return spec;
    }

    /**
     * The probability of each level of each cell with its 95% interval (the chart of {@code mandate ensemble
     * --plot}).
     *
     * @param rows objects with {@code cell} (label), {@code level} (0-4), {@code p}, {@code low} and {@code high}
     */
    public static Map<String, Object> probabilities(String title, List<Map<String, Object>> rows) {
        return CommandCharts.probabilities(title, rows);
    }

    /**
     * The Shapley value of each mechanism for the level decided and the level implemented, as bars, from the
     * {@code attribution} object of an outcome in the contract of {@code mandate explain --format json}; mechanisms
     * worth nothing to either are left out.
     */
    public static Map<String, Object> shapley(String title, com.fasterxml.jackson.databind.JsonNode attribution) {
        List<Object> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String side : List.of("decided", "implemented")) {
            attribution.path(side).path("shapley").fields().forEachRemaining(e -> {
                if (Math.abs(e.getValue().asDouble()) > 1e-9 && !shown.contains(e.getKey())) {
                    shown.add(e.getKey());
                }
            });
        }
        for (String mechanism : shown) {
            for (String side : List.of("decided", "implemented")) {
                values.add(m("mechanism", mechanism, "level", side,
                        "value", Math.round(attribution.path(side).path("shapley").path(mechanism).asDouble() * 1000)
                                / 1000.0));
            }
        }
        Map<String, Object> spec = base(title);
        spec.put("height", m("step", 11));
        spec.put("data", m("values", values));
        spec.put("mark", m("type", "bar", "tooltip", true));
        spec.put("encoding", m(
                "y", m("field", "mechanism", "type", "nominal", "title", null, "sort", shown),
                "yOffset", m("field", "level", "type", "nominal"),
                "x", m("field", "value", "type", "quantitative",
                        "title", "Shapley value in levels (+ holds the level down, - holds it up)"),
                "color", m("field", "level", "type", "nominal", "title", null,
                        "scale", m("domain", List.of("decided", "implemented"),
                                "range", List.of("#6baed6", "#fd8d3c")))));
        return spec;
    }

    static Map<String, Object> m(Object... keysAndValues) {
        return Specs.m(keysAndValues);
    }

    static Map<String, Object> base(String title) {
        return Specs.base(title);
    }

    private static Map<String, Object> levelColour(String field) {
        return CommandCharts.levelColour(field);
    }

    /** Writes a spec as a {@code .vl.json} file that any Vega-Lite renderer draws the same way as the page. */
    public static void write(Map<String, Object> spec, Path file) throws IOException {
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
    }
}
