package org.mandate.cli.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out a Vega-Lite specification as a {@link Scene}: the subset the project's charts use, with Vega-Lite's
 * defaults where they matter for reading a chart (band padding, zero and nice linear scales, label angles, 300-pixel
 * views, 20-pixel steps, Tableau colours). Supported: {@code data.values}; {@code transform} with {@code filter}
 * (comparisons of one field with a literal or a parameter) and {@code fold}; parameters' values; a unit or a
 * {@code layer}; a wrapped {@code facet} with {@code columns} or a {@code row} facet; marks bar, rect, line, point,
 * circle, rule and text; channels x, y, x2, y2, xOffset, yOffset, color, fill, size, shape, opacity, strokeDash, text
 * and order; nominal, ordinal, quantitative and temporal fields. Anything else is refused with a message, never
 * silently drawn wrong.
 */
final class Renderer {
    static final double CHAR = 6.2;
    static final double FONT = 11;
    private static final List<String> CATEGORY = List.of("#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b",
            "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac");
    private static final List<String> SHAPES = List.of("circle", "square", "cross", "diamond", "triangle-up",
            "triangle-down", "triangle-right", "triangle-left");
    private static final List<double[]> DASHES = List.of(new double[0], new double[] {6, 4}, new double[] {2, 2},
            new double[] {8, 3, 2, 3});
    private static final Pattern COMPARE = Pattern.compile(
            "^\\s*datum\\.([A-Za-z_]\\w*)\\s*(===|==|!==|!=|>=|<=|>|<)\\s*(.+?)\\s*$");
    private static final Pattern TRUTHY = Pattern.compile("^\\s*datum\\.([A-Za-z_]\\w*)\\s*$");
    private static final String[] CHANNELS = {"x", "y", "x2", "y2", "xOffset", "yOffset", "color", "fill", "size",
        "shape", "opacity", "strokeDash", "text", "order", "stroke", "strokeWidth", "tooltip"};

    private final Map<String, JsonNode> params = new LinkedHashMap<>();
    private final Scene scene = new Scene();

    /** One mark with its encoding and rows. */
    private record Unit(JsonNode mark, String type, JsonNode enc, List<ObjectNode> rows) {
        JsonNode def(String channel) {
            return enc.path(channel);
        }

        boolean has(String channel) {
            return enc.has(channel);
        }
    }

    static Scene render(JsonNode spec) {
        return new Renderer().draw(spec);
    }

    private Scene draw(JsonNode spec) {
        for (JsonNode p : spec.path("params")) {
            params.put(p.path("name").asText(), p.path("value"));
        }
        List<ObjectNode> rows = transform(values(spec.path("data")), spec.path("transform"));
        double top = 8;
        String title = spec.path("title").isTextual() ? spec.path("title").asText() : null;
        if (title != null) {
            top += 22;
        }
        double right;
        List<Unit> allUnits;
        if (spec.has("facet")) {
            JsonNode facet = spec.path("facet");
            boolean row = facet.has("row");
            JsonNode fdef = row ? facet.path("row") : facet;
            JsonNode inner = spec.path("spec");
            int columns = row ? 1 : spec.path("columns").asInt(Integer.MAX_VALUE);
            allUnits = units(inner, rows);
            List<String> cells = order(rows, fdef.path("field").asText(), fdef, true);
            boolean independentY = "independent".equals(spec.path("resolve").path("scale").path("y").asText());
            Scales shared = scales(allUnits, inner);
            double[] box = cellBox(inner, allUnits, shared, row);
            double cellW = box[0];
            double cellH = box[1];
            double left = 8 + (row ? 20 : 0);
            int n = 0;
            double maxX = 0;
            double maxY = 0;
            for (String cell : cells) {
                int col = n % columns;
                int line = n / columns;
                n++;
                double cx = left + col * (cellW + 20);
                double cy = top + line * (cellH + 14);
                List<Unit> mine = new ArrayList<>();
                for (Unit u : allUnits) {
                    List<ObjectNode> keep = new ArrayList<>();
                    for (ObjectNode r : u.rows()) {
                        if (key(r.path(fdef.path("field").asText())).equals(cell)) {
                            keep.add(r);
                        }
                    }
                    mine.add(new Unit(u.mark(), u.type(), u.enc(), keep));
                }
                Scales s = independentY ? scales(mine, inner).withX(shared) : shared;
                double headerH = row ? 0 : 16;
                if (row) {
                    scene.add(new Scene.Text(cx - 12, cy + box[3] + s.height / 2, cell, FONT, "middle", false, "#000",
                            -90, "role-row-header"));
                } else {
                    scene.add(new Scene.Text(cx + box[2] + s.width / 2, cy + 11, cell, FONT, "middle", false, "#000",
                            0, "role-column-header"));
                }
                double[] end = view(mine, s, cx + box[2], cy + headerH + box[3]);
                maxX = Math.max(maxX, end[0]);
                maxY = Math.max(maxY, end[1]);
            }
            right = legends(allUnits, shared, maxX + 16, top + 16);
            scene.height = Math.max(maxY, scene.height) + 8;
        } else {
            allUnits = units(spec, rows);
            Scales s = scales(allUnits, spec);
            double[] box = cellBox(spec, allUnits, s, false);
            double[] end = view(allUnits, s, 8 + box[2], top + box[3]);
            right = legends(allUnits, s, end[0] + 16, top);
            scene.height = Math.max(end[1], scene.height) + 8;
        }
        scene.width = Math.max(right, 200) + 8;
        if (title != null) {
            scene.width = Math.max(scene.width, title.length() * 8.0 + 16);
            scene.add(new Scene.Text(scene.width / 2, 20, title, 13, "middle", true, "#000", 0, "role-title-text"));
        }
        return scene;
    }

    // ---- data ---------------------------------------------------------------------------------------------------

    private static List<ObjectNode> values(JsonNode data) {
        if (!data.has("values")) {
            throw new IllegalArgumentException("only inline data (data.values) can be drawn");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode v : data.path("values")) {
            out.add((ObjectNode) v);
        }
        return out;
    }

    private List<ObjectNode> transform(List<ObjectNode> rows, JsonNode transforms) {
        List<ObjectNode> out = rows;
        for (JsonNode t : transforms) {
            if (t.has("filter")) {
                String expr = t.path("filter").asText();
                List<ObjectNode> kept = new ArrayList<>();
                for (ObjectNode r : out) {
                    if (test(expr, r)) {
                        kept.add(r);
                    }
                }
                out = kept;
            } else if (t.has("fold")) {
                String k = t.path("as").path(0).asText("key");
                String v = t.path("as").path(1).asText("value");
                List<ObjectNode> folded = new ArrayList<>();
                for (ObjectNode r : out) {
                    for (JsonNode f : t.path("fold")) {
                        ObjectNode copy = r.deepCopy();
                        copy.put(k, f.asText());
                        copy.set(v, r.path(f.asText()));
                        folded.add(copy);
                    }
                }
                out = folded;
            } else {
                throw new IllegalArgumentException("transform " + t.fieldNames().next() + " is not supported");
            }
        }
        return out;
    }

    /** Evaluates the expressions the project's specs use: a field against a literal or a parameter, or a field. */
    boolean test(String expr, JsonNode row) {
        Matcher m = COMPARE.matcher(expr);
        if (m.matches()) {
            JsonNode left = row.path(m.group(1));
            String r = m.group(3);
            JsonNode right;
            if (r.matches("'[^']*'") || r.matches("\"[^\"]*\"")) {
                right = JsonNodeFactory.instance.textNode(r.substring(1, r.length() - 1));
            } else if (r.matches("-?\\d+(\\.\\d+)?")) {
                right = JsonNodeFactory.instance.numberNode(Double.parseDouble(r));
            } else if (r.equals("true") || r.equals("false")) {
                right = JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(r));
            } else if (params.containsKey(r)) {
                right = params.get(r);
            } else {
                throw new IllegalArgumentException("expression '" + expr + "' is not supported");
            }
            int c = compare(left, right);
            return switch (m.group(2)) {
                case "===", "==" -> c == 0;
                case "!==", "!=" -> c != 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                default -> c <= 0;
            };
        }
        Matcher t = TRUTHY.matcher(expr);
        if (t.matches()) {
            JsonNode v = row.path(t.group(1));
            return v.isBoolean() ? v.asBoolean() : v.isNumber() ? v.asDouble() != 0 : !v.asText("").isEmpty();
        }
        throw new IllegalArgumentException("expression '" + expr + "' is not supported");
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        if (a.isBoolean() || b.isBoolean()) {
            return a.asText().equals(b.asText()) ? 0 : 1;
        }
        return a.asText().compareTo(b.asText());
    }

    private List<Unit> units(JsonNode view, List<ObjectNode> rows) {
        List<ObjectNode> own = transform(rows, view.path("transform"));
        List<Unit> out = new ArrayList<>();
        if (view.has("layer")) {
            for (JsonNode layer : view.path("layer")) {
                JsonNode enc = layer.has("encoding") ? layer.path("encoding") : view.path("encoding");
                out.add(unit(layer.path("mark"), enc, transform(own, layer.path("transform"))));
            }
        } else {
            out.add(unit(view.path("mark"), view.path("encoding"), own));
        }
        return out;
    }

    private static Unit unit(JsonNode mark, JsonNode enc, List<ObjectNode> rows) {
        String type = mark.isTextual() ? mark.asText() : mark.path("type").asText();
        if (!List.of("bar", "rect", "line", "point", "circle", "rule", "text").contains(type)) {
            throw new IllegalArgumentException("mark '" + type + "' is not supported");
        }
        for (var it = enc.fieldNames(); it.hasNext(); ) {
            String c = it.next();
            if (!List.of(CHANNELS).contains(c)) {
                throw new IllegalArgumentException("channel '" + c + "' is not supported");
            }
        }
        return new Unit(mark, type, enc, rows);
    }

    static String key(JsonNode v) {
        if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()) && !Double.isInfinite(v.asDouble())) {
            return String.valueOf((long) v.asDouble());
        }
        return v.asText();
    }

    /**
     * The domain of a discrete field: a sort list first, then first-seen (sort null) or ascending. Facets are always
     * ascending unless given a list, as Vega-Lite draws wrapped facets whatever their sort says.
     */
    static List<String> order(List<ObjectNode> rows, String field, JsonNode def, boolean facet) {
        Set<String> seen = new LinkedHashSet<>();
        boolean numeric = true;
        for (ObjectNode r : rows) {
            JsonNode v = r.path(field);
            if (!v.isMissingNode() && !v.isNull()) {
                seen.add(key(v));
                numeric &= v.isNumber();
            }
        }
        JsonNode sort = def.path("sort");
        List<String> out = new ArrayList<>();
        if (sort.isArray()) {
            for (JsonNode s : sort) {
                out.add(key(s));
            }
            for (String s : seen) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }
        out.addAll(seen);
        if (facet || !sort.isNull()) {
            if (numeric) {
                out.sort(Comparator.comparingDouble(Double::parseDouble));
            } else {
                out.sort(Comparator.naturalOrder());
            }
        }
        return out;
    }

    // ---- scales -------------------------------------------------------------------------------------------------

    /** A position scale: band (discrete), linear or time (milliseconds). */
    static final class Scale {
        final String kind;
        final List<String> domain;
        double lo;
        double hi;
        double r0;
        double r1;
        double paddingInner;
        double paddingOuter;
        double step;

        Scale(String kind, List<String> domain, double lo, double hi) {
            this.kind = kind;
            this.domain = domain;
            this.lo = lo;
            this.hi = hi;
        }

        boolean band() {
            return kind.equals("band");
        }

        void range(double a, double b) {
            r0 = a;
            r1 = b;
        }

        double bandwidth() {
            int n = Math.max(1, domain.size());
            double size = Math.abs(r1 - r0);
            double s = size / Math.max(1, n - paddingInner + 2 * paddingOuter);
            return s * (1 - paddingInner);
        }

        double start(String v) {
            int n = Math.max(1, domain.size());
            double size = Math.abs(r1 - r0);
            double s = size / Math.max(1, n - paddingInner + 2 * paddingOuter);
            int i = Math.max(0, domain.indexOf(v));
            return Math.min(r0, r1) + s * paddingOuter + i * s;
        }

        double map(JsonNode v) {
            if (band()) {
                return start(key(v)) + bandwidth() / 2;
            }
            return map(number(v, kind));
        }

        double map(double x) {
            return hi == lo ? (r0 + r1) / 2 : r0 + (x - lo) / (hi - lo) * (r1 - r0);
        }
    }

    static double number(JsonNode v, String kind) {
        if (kind.equals("time")) {
            String s = v.asText();
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        return v.asDouble();
    }

    /** The scales of a view. */
    private final class Scales {
        Scale x;
        Scale y;
        Scale xOffset;
        Scale yOffset;
        double width;
        double height;
        final Map<String, List<String>> discrete = new LinkedHashMap<>();
        final Map<String, double[]> continuous = new LinkedHashMap<>();

        Scales withX(Scales shared) {
            x = shared.x;
            xOffset = shared.xOffset;
            width = shared.width;
            return this;
        }
    }

    private Scales scales(List<Unit> units, JsonNode view) {
        Scales s = new Scales();
        s.x = position(units, "x", "x2");
        s.y = position(units, "y", "y2");
        s.xOffset = offset(units, "xOffset");
        s.yOffset = offset(units, "yOffset");
        s.width = size(view.path("width"), s.x, 300);
        s.height = size(view.path("height"), s.y, 300);
        if (s.x != null) {
            s.x.range(0, s.width);
            if (!s.x.band()) {
                nice(s.x, s.width / 40, firstDef(units, "x"));
            }
        }
        if (s.y != null) {
            s.y.range(s.height, 0);
            if (!s.y.band()) {
                nice(s.y, s.height / 40, firstDef(units, "y"));
            }
        }
        for (String c : List.of("color", "fill", "shape", "size", "strokeDash", "opacity")) {
            JsonNode def = firstDef(units, c);
            if (def == null || !def.has("field")) {
                continue;
            }
            String f = def.path("field").asText();
            if (def.path("type").asText().equals("quantitative")) {
                double max = 0;
                double min = 0;
                for (Unit u : units) {
                    if (u.has(c)) {
                        for (ObjectNode r : u.rows()) {
                            max = Math.max(max, r.path(f).asDouble());
                            min = Math.min(min, r.path(f).asDouble());
                        }
                    }
                }
                s.continuous.put(c, new double[] {min, max});
            } else {
                List<ObjectNode> all = new ArrayList<>();
                for (Unit u : units) {
                    if (u.has(c)) {
                        all.addAll(u.rows());
                    }
                }
                List<String> domain = def.path("scale").path("domain").isArray() ? order(List.of(), f,
                        sortOf(def.path("scale").path("domain")), false) : order(all, f, def, false);
                s.discrete.put(c, domain);
            }
        }
        return s;
    }

    private static JsonNode sortOf(JsonNode domain) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("sort", domain);
        return n;
    }

    private static JsonNode firstDef(List<Unit> units, String channel) {
        for (Unit u : units) {
            if (u.has(channel)) {
                return u.def(channel);
            }
        }
        return null;
    }

    private static double size(JsonNode spec, Scale scale, double otherwise) {
        if (spec.isNumber()) {
            return spec.asDouble();
        }
        if (spec.has("step") && scale != null && scale.band()) {
            return spec.path("step").asDouble() * Math.max(1, scale.domain.size());
        }
        if (scale != null && scale.band() && !spec.isTextual()) {
            return 20.0 * Math.max(1, scale.domain.size());
        }
        return spec.isTextual() ? 600 : otherwise;
    }

    private Scale position(List<Unit> units, String channel, String second) {
        JsonNode def = firstDef(units, channel);
        if (def == null) {
            return null;
        }
        String type = def.path("type").asText();
        if (def.has("datum") && !def.has("field")) {
            return null;
        }
        if (type.equals("nominal") || type.equals("ordinal")) {
            List<ObjectNode> all = new ArrayList<>();
            boolean bars = false;
            for (Unit u : units) {
                if (u.has(channel)) {
                    all.addAll(u.rows());
                    bars |= u.type().equals("bar");
                }
            }
            Scale s = new Scale("band", order(all, def.path("field").asText(), def, false), 0, 0);
            s.paddingInner = bars ? 0.1 : 0;
            s.paddingOuter = bars ? 0.05 : 0;
            return s;
        }
        String kind = type.equals("temporal") ? "time" : "linear";
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Unit u : units) {
            for (String c : List.of(channel, second)) {
                JsonNode d = u.def(c);
                if (d.has("field")) {
                    for (ObjectNode r : u.rows()) {
                        JsonNode v = r.path(d.path("field").asText());
                        if (!v.isMissingNode() && !v.isNull()) {
                            double x = number(v, kind);
                            lo = Math.min(lo, x);
                            hi = Math.max(hi, x);
                        }
                    }
                } else if (d.has("datum")) {
                    lo = Math.min(lo, d.path("datum").asDouble());
                    hi = Math.max(hi, d.path("datum").asDouble());
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        JsonNode domain = def.path("scale").path("domain");
        if (domain.isArray() && domain.size() == 2) {
            lo = domain.get(0).asDouble();
            hi = domain.get(1).asDouble();
        } else if (kind.equals("linear") && def.path("scale").path("zero").asBoolean(true)) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        Scale s = new Scale(kind, List.of(), lo, hi);
        s.paddingOuter = domain.isArray() ? -1 : 0;
        return s;
    }

    private static Scale offset(List<Unit> units, String channel) {
        JsonNode def = firstDef(units, channel);
        if (def == null) {
            return null;
        }
        List<ObjectNode> all = new ArrayList<>();
        for (Unit u : units) {
            if (u.has(channel)) {
                all.addAll(u.rows());
            }
        }
        return new Scale("band", order(all, def.path("field").asText(), def, false), 0, 0);
    }

    /** Extends a continuous domain to round ticks (unless the domain was given) and keeps the tick step. */
    private static void nice(Scale s, double count, JsonNode def) {
        boolean fixed = s.paddingOuter < 0;
        s.paddingOuter = 0;
        if (s.kind.equals("time")) {
            double years = (s.hi - s.lo) / (365.2425 * 86400000.0);
            double step = 1;
            for (double c : new double[] {1, 2, 5, 10, 20, 50, 100}) {
                step = c;
                if (years / c <= Math.max(2, count * 0.7)) {
                    break;
                }
            }
            s.step = step;
            return;
        }
        double step = tickStep(s.lo, s.hi, Math.max(2, count));
        s.step = step;
        if (!fixed && step > 0) {
            s.lo = Math.floor(s.lo / step) * step;
            s.hi = Math.ceil(s.hi / step) * step;
        }
    }

    static double tickStep(double lo, double hi, double count) {
        double span = Math.abs(hi - lo);
        if (span == 0) {
            return 1;
        }
        double step0 = span / count;
        double step1 = Math.pow(10, Math.floor(Math.log10(step0)));
        double err = step0 / step1;
        if (err >= Math.sqrt(50)) {
            step1 *= 10;
        } else if (err >= Math.sqrt(10)) {
            step1 *= 5;
        } else if (err >= Math.sqrt(2)) {
            step1 *= 2;
        }
        return step1;
    }

    private record Tick(double value, String label) {
    }

    private static List<Tick> ticks(Scale s) {
        List<Tick> out = new ArrayList<>();
        if (s.band()) {
            for (String d : s.domain) {
                out.add(new Tick(s.start(d) + s.bandwidth() / 2, d));
            }
            return out;
        }
        if (s.kind.equals("time")) {
            LocalDate a = LocalDate.ofEpochDay((long) Math.floor(s.lo / 86400000.0));
            LocalDate b = LocalDate.ofEpochDay((long) Math.ceil(s.hi / 86400000.0));
            int step = (int) s.step;
            int y0 = (int) Math.ceil(a.getYear() / (double) step) * step;
            if (LocalDate.of(y0, 1, 1).isBefore(a)) {
                y0 += step;
            }
            for (int y = y0; !LocalDate.of(y, 1, 1).isAfter(b); y += step) {
                double ms = LocalDate.of(y, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                out.add(new Tick(s.map(ms), String.valueOf(y)));
            }
            return out;
        }
        if (s.step <= 0) {
            return out;
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(s.step) + 1e-9));
        double first = Math.ceil(s.lo / s.step - 1e-9) * s.step;
        for (double v = first; v <= s.hi + s.step * 1e-6; v += s.step) {
            double clean = Math.abs(v) < s.step * 1e-9 ? 0 : v;
            out.add(new Tick(s.map(clean), String.format(Locale.ROOT, "%." + decimals + "f", clean)));
        }
        return out;
    }

    // ---- layout ------------------------------------------------------------------------------------------------

    /** {width, height, left axis width, top} of one cell with its axes. */
    private double[] cellBox(JsonNode view, List<Unit> units, Scales s, boolean row) {
        double left = 0;
        if (s.y != null) {
            double labels = 0;
            for (Tick t : ticks(s.y)) {
                labels = Math.max(labels, t.label().length() * CHAR);
            }
            left = labels + 10 + (title(firstDef(units, "y")) == null ? 0 : 16);
        }
        double bottom = 0;
        if (s.x != null) {
            double labels = 14;
            if (labelAngle(firstDef(units, "x"), s.x) != 0) {
                for (Tick t : ticks(s.x)) {
                    labels = Math.max(labels, t.label().length() * CHAR + 4);
                }
            }
            bottom = labels + 8 + (title(firstDef(units, "x")) == null ? 0 : 16);
        }
        return new double[] {left + s.width, (row ? 0 : 16) + s.height + bottom, left, 0};
    }

    private static double labelAngle(JsonNode def, Scale s) {
        if (def != null && def.path("axis").has("labelAngle")) {
            return def.path("axis").path("labelAngle").asDouble();
        }
        return s.band() ? -90 : 0;
    }

    private static String title(JsonNode def) {
        if (def == null) {
            return null;
        }
        if (def.has("title")) {
            return def.path("title").isNull() ? null : def.path("title").asText();
        }
        return def.has("field") ? def.path("field").asText() : null;
    }

    /** Draws the marks and axes of a view with its plot area's top left at (ox, oy); returns its bottom right. */
    private double[] view(List<Unit> units, Scales s, double ox, double oy) {
        double w = s.width;
        double h = s.height;
        scene.add(new Scene.Rect(ox, oy, w, h, "none", "#ddd", 1, "role-frame"));
        if (s.y != null && !s.y.band()) {
            for (Tick t : ticks(s.y)) {
                scene.add(new Scene.Path(new double[] {ox, ox + w}, new double[] {oy + t.value(), oy + t.value()},
                        "#ddd", 1, null, 1, "role-axis-grid"));
            }
        }
        if (s.x != null && !s.x.band()) {
            for (Tick t : ticks(s.x)) {
                scene.add(new Scene.Path(new double[] {ox + t.value(), ox + t.value()}, new double[] {oy, oy + h},
                        "#ddd", 1, null, 1, "role-axis-grid"));
            }
        }
        for (Unit u : units) {
            marks(u, s, ox, oy);
        }
        double bottom = oy + h;
        if (s.x != null) {
            JsonNode def = firstDef(units, "x");
            double angle = labelAngle(def, s.x);
            double labelH = 14;
            scene.add(new Scene.Path(new double[] {ox, ox + w}, new double[] {oy + h, oy + h}, "#888", 1, null, 1,
                    "role-axis-domain"));
            for (Tick t : ticks(s.x)) {
                scene.add(new Scene.Path(new double[] {ox + t.value(), ox + t.value()},
                        new double[] {oy + h, oy + h + 5}, "#888", 1, null, 1, "role-axis-tick"));
                if (angle == 0) {
                    scene.add(new Scene.Text(ox + t.value(), oy + h + 16, t.label(), 10, "middle", false, "#000", 0,
                            "role-axis-label"));
                } else {
                    scene.add(new Scene.Text(ox + t.value() + 3, oy + h + 8, t.label(), 10, "end", false, "#000",
                            angle, "role-axis-label"));
                    labelH = Math.max(labelH, t.label().length() * CHAR + 4);
                }
            }
            bottom = oy + h + labelH + 8;
            String title = title(def);
            if (title != null) {
                scene.add(new Scene.Text(ox + w / 2, bottom + 8, title, FONT, "middle", true, "#000", 0,
                        "role-axis-title"));
                bottom += 16;
            }
        }
        if (s.y != null) {
            JsonNode def = firstDef(units, "y");
            scene.add(new Scene.Path(new double[] {ox, ox}, new double[] {oy, oy + h}, "#888", 1, null, 1,
                    "role-axis-domain"));
            double labels = 0;
            for (Tick t : ticks(s.y)) {
                scene.add(new Scene.Path(new double[] {ox - 5, ox}, new double[] {oy + t.value(), oy + t.value()},
                        "#888", 1, null, 1, "role-axis-tick"));
                scene.add(new Scene.Text(ox - 7, oy + t.value() + 3.5, t.label(), 10, "end", false, "#000", 0,
                        "role-axis-label"));
                labels = Math.max(labels, t.label().length() * CHAR);
            }
            String title = title(def);
            if (title != null) {
                scene.add(new Scene.Text(ox - labels - 14, oy + h / 2, title, FONT, "middle", true, "#000", -90,
                        "role-axis-title"));
            }
        }
        return new double[] {ox + w, bottom};
    }

    // ---- marks -------------------------------------------------------------------------------------------------

    private void marks(Unit u, Scales s, double ox, double oy) {
        String role = "mark-" + switch (u.type()) {
            case "bar", "rect" -> "rect";
            case "point", "circle" -> "symbol";
            default -> u.type();
        } + " role-mark";
        switch (u.type()) {
            case "line" -> lines(u, s, ox, oy, role);
            default -> {
                for (ObjectNode r : u.rows()) {
                    item(u, s, r, ox, oy, role);
                }
            }
        }
    }

    private void item(Unit u, Scales s, ObjectNode r, double ox, double oy, String role) {
        String colour = colour(u, s, r);
        double opacity = opacity(u, r);
        switch (u.type()) {
            case "bar", "rect" -> {
                double[] xs = span(u, s.x, s.xOffset, "x", "x2", "xOffset", r, u.type().equals("bar"), false);
                double[] ys = span(u, s.y, s.yOffset, "y", "y2", "yOffset", r, u.type().equals("bar"), true);
                if (xs == null || ys == null) {
                    return;
                }
                if (u.mark().path("height").has("band") && s.y != null && s.y.band()) {
                    double full = ys[1] - ys[0];
                    double bh = full * u.mark().path("height").path("band").asDouble();
                    ys = new double[] {ys[0] + (full - bh) / 2, ys[0] + (full + bh) / 2};
                }
                String stroke = u.mark().path("stroke").asText("none");
                scene.add(new Scene.Rect(ox + xs[0], oy + ys[0], Math.max(0, xs[1] - xs[0]),
                        Math.max(0, ys[1] - ys[0]), colour, stroke, opacity, role));
            }
            case "point", "circle" -> {
                Double x = at(u, s.x, s.xOffset, "x", "xOffset", r, s.width / 2);
                Double y = at(u, s.y, s.yOffset, "y", "yOffset", r, s.height / 2);
                double area = sizeOf(u, s, r, u.mark().path("size").asDouble(30));
                String shape = u.type().equals("circle") ? "circle" : shapeOf(u, s, r);
                boolean filled = u.type().equals("circle") || u.mark().path("filled").asBoolean(false);
                double op = u.has("opacity") || u.mark().has("opacity") ? opacity : 0.7;
                scene.add(new Scene.Symbol(ox + x, oy + y, area, shape, filled ? colour : "none",
                        filled ? "none" : colour, op, role));
            }
            case "rule" -> {
                String stroke = u.mark().path("color").asText(u.has("color") ? colour : "#000");
                double[] dash = dash(u, s, r);
                double[] xs;
                double[] ys;
                if (u.has("x") && u.has("x2")) {
                    xs = new double[] {s.x.map(r.path(u.def("x").path("field").asText())),
                        s.x.map(r.path(u.def("x2").path("field").asText()))};
                    double y = at(u, s.y, s.yOffset, "y", "yOffset", r, s.height / 2);
                    ys = new double[] {y, y};
                } else if (u.has("y") && u.has("y2")) {
                    ys = new double[] {s.y.map(r.path(u.def("y").path("field").asText())),
                        s.y.map(r.path(u.def("y2").path("field").asText()))};
                    double x = at(u, s.x, s.xOffset, "x", "xOffset", r, s.width / 2);
                    xs = new double[] {x, x};
                } else if (u.has("x")) {
                    double x = s.x.map(value(u.def("x"), r));
                    xs = new double[] {x, x};
                    ys = new double[] {0, s.height};
                } else {
                    double y = s.y != null ? s.y.map(value(u.def("y"), r)) : 0;
                    xs = new double[] {0, s.width};
                    ys = new double[] {y, y};
                }
                scene.add(new Scene.Path(new double[] {ox + xs[0], ox + xs[1]}, new double[] {oy + ys[0], oy + ys[1]},
                        stroke, u.mark().path("strokeWidth").asDouble(1), dash, opacity, role));
            }
            case "text" -> {
                Double x = at(u, s.x, s.xOffset, "x", "xOffset", r, s.width / 2);
                Double y = at(u, s.y, s.yOffset, "y", "yOffset", r, s.height / 2);
                String text = key(r.path(u.def("text").path("field").asText()));
                String fill = u.has("color") ? colour : u.mark().path("color").asText("#000");
                scene.add(new Scene.Text(ox + x, oy + y + 4, text, u.mark().path("fontSize").asDouble(FONT),
                        "middle", false, fill, 0, role));
            }
            default -> throw new IllegalStateException(u.type());
        }
    }

    /** A field's value in a row, or the channel's constant {@code datum}. */
    private static JsonNode value(JsonNode def, ObjectNode r) {
        return def.has("datum") ? def.path("datum") : r.path(def.path("field").asText());
    }

    /** The pixel span of a bar or rect along one axis. */
    private static double[] span(Unit u, Scale scale, Scale offset, String c, String c2, String co, ObjectNode r,
                                 boolean bar, boolean vertical) {
        if (scale == null) {
            return null;
        }
        JsonNode v = r.path(u.def(c).path("field").asText());
        if (scale.band()) {
            double a = scale.start(key(v));
            double bw = scale.bandwidth();
            if (offset != null && u.has(co)) {
                offset.range(0, bw);
                double sa = offset.start(key(r.path(u.def(co).path("field").asText())));
                return new double[] {a + sa, a + sa + offset.bandwidth()};
            }
            return new double[] {a, a + bw};
        }
        double p = scale.map(number(v, scale.kind));
        double q;
        if (u.has(c2)) {
            q = scale.map(number(r.path(u.def(c2).path("field").asText()), scale.kind));
        } else {
            q = scale.map(Math.max(scale.lo, Math.min(scale.hi, 0)));
        }
        return new double[] {Math.min(p, q), Math.max(p, q)};
    }

    private static Double at(Unit u, Scale scale, Scale offset, String c, String co, ObjectNode r, double otherwise) {
        if (scale == null || !u.has(c)) {
            return otherwise;
        }
        JsonNode v = value(u.def(c), r);
        if (scale.band() && offset != null && u.has(co)) {
            double bw = scale.bandwidth();
            offset.range(0, bw);
            return scale.start(key(v)) + offset.start(key(r.path(u.def(co).path("field").asText())))
                    + offset.bandwidth() / 2;
        }
        return scale.map(v);
    }

    private void lines(Unit u, Scales s, double ox, double oy, String role) {
        Map<String, List<ObjectNode>> series = new LinkedHashMap<>();
        String by = u.has("color") ? u.def("color").path("field").asText(null) : null;
        for (ObjectNode r : u.rows()) {
            series.computeIfAbsent(by == null ? "" : key(r.path(by)), k -> new ArrayList<>()).add(r);
        }
        boolean step = u.mark().path("interpolate").asText().equals("step-after");
        String orderBy = u.has("order") ? u.def("order").path("field").asText() : null;
        for (List<ObjectNode> rows : series.values()) {
            List<ObjectNode> sorted = new ArrayList<>(rows);
            if (orderBy != null) {
                sorted.sort(Comparator.comparingDouble(r -> r.path(orderBy).asDouble()));
            } else if (s.x != null && !s.x.band()) {
                String xf = u.def("x").path("field").asText();
                sorted.sort(Comparator.comparingDouble(r -> number(r.path(xf), s.x.kind)));
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (ObjectNode r : sorted) {
                double x = ox + at(u, s.x, null, "x", "xOffset", r, 0);
                double y = oy + at(u, s.y, null, "y", "yOffset", r, 0);
                if (step && !xs.isEmpty()) {
                    xs.add(x);
                    ys.add(ys.get(ys.size() - 1));
                }
                xs.add(x);
                ys.add(y);
            }
            String colour = u.has("color") ? colour(u, s, sorted.get(0)) : u.mark().path("color").asText(CATEGORY
                    .get(0));
            scene.add(new Scene.Path(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), colour,
                    u.mark().path("strokeWidth").asDouble(2), dash(u, s, sorted.get(0)), 1, role));
            if (u.mark().path("point").asBoolean(false)) {
                for (ObjectNode r : sorted) {
                    scene.add(new Scene.Symbol(ox + at(u, s.x, null, "x", "xOffset", r, 0),
                            oy + at(u, s.y, null, "y", "yOffset", r, 0), 30, "circle", colour, "none", 1,
                            "mark-symbol role-mark"));
                }
            }
        }
    }

    // ---- visual channels ---------------------------------------------------------------------------------------

    private String colour(Unit u, Scales s, ObjectNode r) {
        for (String c : List.of("color", "fill")) {
            JsonNode def = u.def(c);
            if (def.isMissingNode()) {
                continue;
            }
            if (def.has("condition")) {
                return test(def.path("condition").path("test").asText(), r)
                        ? def.path("condition").path("value").asText() : def.path("value").asText();
            }
            if (def.has("value")) {
                return def.path("value").asText();
            }
            if (!def.has("field")) {
                continue;
            }
            JsonNode v = r.path(def.path("field").asText());
            if (s.continuous.containsKey(c)) {
                double[] d = s.continuous.get(c);
                double t = d[1] == d[0] ? 0 : (v.asDouble() - d[0]) / (d[1] - d[0]);
                if ("sqrt".equals(def.path("scale").path("type").asText())) {
                    t = Math.sqrt(Math.max(0, t));
                }
                return blues(t);
            }
            return discrete(def, s.discrete.get(c), key(v), CATEGORY);
        }
        JsonNode mark = u.mark();
        return mark.path("color").asText(mark.path("fill").asText(CATEGORY.get(0)));
    }

    private static String discrete(JsonNode def, List<String> domain, String v, List<String> fallback) {
        JsonNode range = def.path("scale").path("range");
        int i = Math.max(0, domain == null ? 0 : domain.indexOf(v));
        if (range.isArray() && range.size() > 0) {
            return range.get(i % range.size()).asText();
        }
        return fallback.get(i % fallback.size());
    }

    /** Vega's "blues" scheme, from its lightest to its darkest, at t in 0..1. */
    static String blues(double t) {
        int[] a = {0xcf, 0xe1, 0xf2};
        int[] b = {0x0d, 0x3a, 0x70};
        t = Math.max(0, Math.min(1, t));
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(a[0] + (b[0] - a[0]) * t),
                (int) Math.round(a[1] + (b[1] - a[1]) * t), (int) Math.round(a[2] + (b[2] - a[2]) * t));
    }

    private double opacity(Unit u, ObjectNode r) {
        JsonNode def = u.def("opacity");
        if (def.has("condition")) {
            return test(def.path("condition").path("test").asText(), r)
                    ? def.path("condition").path("value").asDouble() : def.path("value").asDouble(1);
        }
        if (def.has("value")) {
            return def.path("value").asDouble();
        }
        return u.mark().path("opacity").asDouble(1);
    }

    private static double sizeOf(Unit u, Scales s, ObjectNode r, double otherwise) {
        JsonNode def = u.def("size");
        if (!def.has("field")) {
            return def.path("value").asDouble(otherwise);
        }
        JsonNode v = r.path(def.path("field").asText());
        if (s.continuous.containsKey("size")) {
            double[] d = s.continuous.get("size");
            JsonNode range = def.path("scale").path("range");
            double lo = range.isArray() ? range.get(0).asDouble() : 9;
            double hi = range.isArray() ? range.get(1).asDouble() : 361;
            double t = d[1] == 0 ? 0 : v.asDouble() / d[1];
            return lo + (hi - lo) * t;
        }
        return Double.parseDouble(discrete(def, s.discrete.get("size"), key(v), List.of("30")));
    }

    private static String shapeOf(Unit u, Scales s, ObjectNode r) {
        JsonNode def = u.def("shape");
        if (!def.has("field")) {
            return u.mark().path("shape").asText("circle");
        }
        return discrete(def, s.discrete.get("shape"), key(r.path(def.path("field").asText())), SHAPES);
    }

    private static double[] dash(Unit u, Scales s, ObjectNode r) {
        JsonNode def = u.def("strokeDash");
        if (def.has("field")) {
            int i = Math.max(0, s.discrete.get("strokeDash").indexOf(key(r.path(def.path("field").asText()))));
            return DASHES.get(i % DASHES.size());
        }
        JsonNode literal = u.mark().path("strokeDash");
        if (literal.isArray()) {
            double[] d = new double[literal.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = literal.get(i).asDouble();
            }
            return d;
        }
        return null;
    }

    // ---- legends -----------------------------------------------------------------------------------------------

    /** Draws a legend for each discrete colour, shape, dash or size field with a legend; returns the right edge. */
    private double legends(List<Unit> units, Scales s, double x, double y) {
        double right = x;
        Set<String> fields = new LinkedHashSet<>();
        for (String c : List.of("color", "fill", "shape", "strokeDash", "size")) {
            JsonNode def = firstDef(units, c);
            if (def == null || !def.has("field") || def.path("legend").isNull()) {
                continue;
            }
            String field = def.path("field").asText();
            if (!fields.add(field)) {
                continue;
            }
            String title = title(def);
            double width = 0;
            if (title != null) {
                scene.add(new Scene.Text(x, y + 10, title, FONT, "start", true, "#000", 0, "role-legend-title"));
                width = title.length() * CHAR;
                y += 16;
            }
            if (s.continuous.containsKey(c) && c.equals("size")) {
                double[] d = s.continuous.get(c);
                JsonNode range = def.path("scale").path("range");
                double lo = range.isArray() ? range.get(0).asDouble() : 9;
                double hi = range.isArray() ? range.get(1).asDouble() : 361;
                for (int i = 0; i <= 3; i++) {
                    double v = d[1] * i / 3.0;
                    double area = lo + (hi - lo) * i / 3.0;
                    double r = Math.sqrt(area / Math.PI);
                    scene.add(new Scene.Symbol(x + 12, y + r, area, "circle", "#888", "none", 0.7,
                            "role-legend-symbol"));
                    scene.add(new Scene.Text(x + 30, y + r + 4, format(v), 10, "start", false, "#000", 0,
                            "role-legend-label"));
                    y += 2 * r + 4;
                }
                y += 10;
                right = Math.max(right, x + 70);
                continue;
            }
            if (s.continuous.containsKey(c)) {
                double[] d = s.continuous.get(c);
                for (int i = 0; i <= 4; i++) {
                    double v = d[0] + (d[1] - d[0]) * (4 - i) / 4.0;
                    double t = (v - d[0]) / Math.max(1e-12, d[1] - d[0]);
                    if ("sqrt".equals(def.path("scale").path("type").asText())) {
                        t = Math.sqrt(t);
                    }
                    scene.add(new Scene.Rect(x, y + i * 14, 12, 14, blues(t), "none", 1, "role-legend-gradient"));
                    scene.add(new Scene.Text(x + 16, y + i * 14 + 10, format(v), 10, "start", false, "#000", 0,
                            "role-legend-label"));
                }
                y += 5 * 14 + 10;
                right = Math.max(right, x + 60);
                continue;
            }
            List<String> domain = s.discrete.get(c);
            String markType = unitWith(units, c);
            for (String v : domain) {
                ObjectNode probe = JsonNodeFactory.instance.objectNode();
                probe.put(field, v);
                for (Unit u : units) {
                    if (u.has(c) && !u.rows().isEmpty()) {
                        JsonNode sample = u.rows().get(0).path(field);
                        if (sample.isNumber()) {
                            probe.put(field, Double.parseDouble(v));
                        }
                    }
                }
                String colour = "#888";
                for (String cc : List.of("color", "fill")) {
                    JsonNode cd = firstDef(units, cc);
                    if (cd != null && field.equals(cd.path("field").asText()) && s.discrete.containsKey(cc)) {
                        colour = discrete(cd, s.discrete.get(cc), v, CATEGORY);
                    }
                }
                String shape = "circle";
                JsonNode sd = firstDef(units, "shape");
                if (sd != null && field.equals(sd.path("field").asText())) {
                    shape = discrete(sd, s.discrete.get("shape"), v, SHAPES);
                }
                if (markType.equals("line") || c.equals("strokeDash")) {
                    double[] dash = c.equals("strokeDash") ? DASHES.get(domain.indexOf(v) % DASHES.size()) : null;
                    scene.add(new Scene.Path(new double[] {x, x + 14}, new double[] {y + 6, y + 6},
                            c.equals("strokeDash") ? "#000" : colour, 2, dash, 1, "role-legend-symbol"));
                } else if (markType.equals("bar") || markType.equals("rect")) {
                    scene.add(new Scene.Rect(x + 1, y + 1, 10, 10, colour, "none", 1, "role-legend-symbol"));
                } else {
                    scene.add(new Scene.Symbol(x + 6, y + 6, 50, shape, colour, "none", 1, "role-legend-symbol"));
                }
                scene.add(new Scene.Text(x + 18, y + 10, v, 10, "start", false, "#000", 0, "role-legend-label"));
                width = Math.max(width, 18 + v.length() * 5.8);
                y += 15;
            }
            y += 10;
            right = Math.max(right, x + width);
            scene.height = Math.max(scene.height, y);
        }
        return right;
    }

    private static String unitWith(List<Unit> units, String channel) {
        for (Unit u : units) {
            if (u.has(channel)) {
                return u.type();
            }
        }
        return "point";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
