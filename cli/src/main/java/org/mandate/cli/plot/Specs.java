package org.mandate.cli.plot;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for writing Vega-Lite (v6) specifications as plain maps ready for JSON. */
public final class Specs {
    /** The schema every spec names. */
    public static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

    private Specs() {
    }

    /** A map that keeps its order and, unlike {@code Map.of}, takes nulls (Vega-Lite's "no title"). */
    public static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A spec with the schema, a title and the width of its container. */
    public static Map<String, Object> base(String title) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("$schema", SCHEMA);
        spec.put("title", title);
        spec.put("width", "container");
        return spec;
    }
}
