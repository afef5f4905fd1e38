package org.mandate.cli.plot;

import static org.mandate.cli.plot.Specs.m;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The charts of a history, built from the JSON of {@code mandate history --format json} (not from the engine's
 * records, so that they follow the contract and nothing else): who is in which organization over time with the
 * events that changed it, the rents each state receives from each power, and each state's capacity and control.
 */
public final class HistoryCharts {
    /** The kinds of event marked on the membership timeline: those whose object is an organization. */
    public static final List<String> MARKED = List.of("join", "leave", "suspend", "notice", "crisis-response");
    private static final List<String> MARK_COLOURS = List.of("#1a7f37", "#c0392b", "#e67e22", "#7b2cbf", "#222");
    private static final List<String> MARK_SHAPES = List.of("triangle-up", "triangle-down", "square", "diamond",
            "circle");
    /** The measures of the capacity chart, as named in the contract's {@code states} rows. */
    public static final List<String> MEASURES = List.of("control", "coercive", "institutional", "threat");

    private HistoryCharts() {
    }

    /** The three charts, keyed {@code membership}, {@code rents} and {@code capacity}. */
    public static Map<String, Object> all(JsonNode history) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("membership", membership(history));
        out.put("rents", rents(history));
        out.put("capacity", capacity(history));
        return out;
    }

    /**
     * A Gantt-like timeline: one row per organization and state, a bar for each stretch of membership (faded while
     * suspended), and a marker for each join, leave, suspension, notice and crisis response, whose {@code index} is
     * the event's place in the contract's {@code events} list.
     */
    public static Map<String, Object> membership(JsonNode history) {
        LocalDate end = LocalDate.parse(history.path("to").asText()).plusDays(1);
        Map<String, List<JsonNode>> byOrg = new LinkedHashMap<>();
        for (JsonNode row : history.path("organizations")) {
            byOrg.computeIfAbsent(row.path("organization").asText(), k -> new ArrayList<>()).add(row);
        }
        List<Object> values = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> e : byOrg.entrySet()) {
            String org = e.getKey();
            List<JsonNode> rows = e.getValue();
            Set<String> states = new LinkedHashSet<>();
            for (JsonNode r : rows) {
                r.path("members").forEach(s -> states.add(s.asText()));
                r.path("suspended").forEach(s -> states.add(s.asText()));
            }
            for (String state : states) {
                order.add(label(org, state));
                String status = null;
                String since = null;
                for (int i = 0; i <= rows.size(); i++) {
                    String now = i == rows.size() ? null : status(rows.get(i), state);
                    String date = i == rows.size() ? end.toString() : rows.get(i).path("date").asText();
                    if (!java.util.Objects.equals(now, status)) {
                        if (status != null) {
                            values.add(m("layer", "membership", "row", label(org, state), "organization", org,
                                    "state", state, "status", status, "from", since, "to", date));
                        }
                        status = now;
                        since = date;
                    }
                }
            }
        }
        JsonNode events = history.path("events");
        for (int i = 0; i < events.size(); i++) {
            JsonNode ev = events.get(i);
            String kind = ev.path("kind").asText();
            String org = ev.path("object").asText();
            String row = label(org, ev.path("subject").asText());
            if (MARKED.contains(kind) && byOrg.containsKey(org)) {
                if (!order.contains(row)) {
                    order.add(row);
                }
                values.add(m("layer", "event", "row", row, "organization", org, "state", ev.path("subject").asText(),
                        "kind", kind, "date", ev.path("date").asText(), "text", ev.path("text").asText(),
                        "index", i));
            }
        }
        order.sort(java.util.Comparator.comparingInt((String r) -> new ArrayList<>(byOrg.keySet())
                .indexOf(r.substring(0, r.indexOf(' ')))));
        Map<String, Object> spec = Specs.base("Membership by organization, " + history.path("from").asText() + " to "
                + history.path("to").asText() + " (bars: member, faded: suspended; markers: events)");
        spec.put("height", m("step", 12));
        spec.put("data", m("values", values));
        Map<String, Object> y = m("field", "row", "type", "nominal", "title", null, "sort", order);
        Map<String, Object> bars = new LinkedHashMap<>();
        bars.put("transform", List.of(m("filter", "datum.layer === 'membership'")));
        bars.put("mark", m("type", "bar", "tooltip", true, "height", m("band", 0.75)));
        bars.put("encoding", m(
                "x", m("field", "from", "type", "temporal", "title", null),
                "x2", m("field", "to"),
                "y", y,
                "fill", m("field", "organization", "type", "nominal", "legend", null),
                "opacity", m("condition", m("test", "datum.status === 'suspended'", "value", 0.35), "value", 0.85),
                "tooltip", List.of(m("field", "organization"), m("field", "state"), m("field", "status"),
                        m("field", "from", "type", "temporal"), m("field", "to", "type", "temporal"))));
        Map<String, Object> marks = new LinkedHashMap<>();
        marks.put("transform", List.of(m("filter", "datum.layer === 'event'")));
        marks.put("mark", m("type", "point", "filled", true, "size", 45, "cursor", "pointer"));
        marks.put("encoding", m(
                "x", m("field", "date", "type", "temporal"),
                "y", y,
                "color", m("field", "kind", "type", "nominal", "title", "event",
                        "scale", m("domain", MARKED, "range", MARK_COLOURS)),
                "shape", m("field", "kind", "type", "nominal", "title", "event",
                        "scale", m("domain", MARKED, "range", MARK_SHAPES)),
                "tooltip", List.of(m("field", "date", "type", "temporal"), m("field", "kind"),
                        m("field", "text"))));
        spec.put("layer", List.of(bars, marks));
        return spec;
    }

    private static String label(String org, String state) {
        return org + " " + state;
    }

    private static String status(JsonNode orgRow, String state) {
        for (JsonNode s : orgRow.path("suspended")) {
            if (s.asText().equals(state)) {
                return "suspended";
            }
        }
        for (JsonNode s : orgRow.path("members")) {
            if (s.asText().equals(state)) {
                return "member";
            }
        }
        return null;
    }

    /** The rent each state receives from each power over time: one small chart per state that receives any. */
    public static Map<String, Object> rents(JsonNode history) {
        Set<String> paid = new LinkedHashSet<>();
        for (JsonNode row : history.path("states")) {
            row.path("rents").fields().forEachRemaining(r -> {
                if (r.getValue().asDouble() != 0) {
                    paid.add(row.path("state").asText() + " " + r.getKey());
                }
            });
        }
        List<Object> values = new ArrayList<>();
        for (JsonNode row : history.path("states")) {
            String state = row.path("state").asText();
            row.path("rents").fields().forEachRemaining(r -> {
                if (paid.contains(state + " " + r.getKey())) {
                    values.add(m("date", row.path("date").asText(), "state", state, "power", r.getKey(),
                            "rent", r.getValue().asDouble()));
                }
            });
        }
        Map<String, Object> spec = Specs.base(paid.isEmpty() ? "Rents: no power pays any state a rent"
                : "Rents a year from each power, by host state");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("facet", m("field", "state", "type", "nominal", "title", null));
        spec.put("columns", 3);
        spec.put("spec", m("width", 220, "height", 110,
                "mark", m("type", "line", "interpolate", "step-after", "tooltip", true),
                "encoding", m(
                        "x", m("field", "date", "type", "temporal", "title", null),
                        "y", m("field", "rent", "type", "quantitative", "title", "rent a year"),
                        "color", m("field", "power", "type", "nominal", "title", "power"))));
        return spec;
    }

    /**
     * Each state's control, coercive and institutional capacity and threat over time, one small chart per state; the
     * rows keep the contract's wide form (a field per measure) and the chart folds them.
     */
    public static Map<String, Object> capacity(JsonNode history) {
        List<Object> values = new ArrayList<>();
        for (JsonNode row : history.path("states")) {
            Map<String, Object> v = m("date", row.path("date").asText(), "state", row.path("state").asText());
            for (String measure : MEASURES) {
                v.put(measure, row.path(measure).asDouble());
            }
            values.add(v);
        }
        Map<String, Object> spec = Specs.base("Capacity, control and threat by state (0-1)");
        spec.remove("width");
        spec.put("data", m("values", values));
        spec.put("transform", List.of(m("fold", MEASURES, "as", List.of("measure", "value"))));
        spec.put("facet", m("field", "state", "type", "nominal", "title", null));
        spec.put("columns", 4);
        spec.put("spec", m("width", 170, "height", 90,
                "mark", m("type", "line", "tooltip", true),
                "encoding", m(
                        "x", m("field", "date", "type", "temporal", "title", null),
                        "y", m("field", "value", "type", "quantitative", "title", null,
                                "scale", m("domain", List.of(0, 1))),
                        "color", m("field", "measure", "type", "nominal", "title", null,
                                "scale", m("domain", MEASURES,
                                        "range", List.of("#222", "#cb181d", "#2171b5", "#999"))))));
        return spec;
    }
}
