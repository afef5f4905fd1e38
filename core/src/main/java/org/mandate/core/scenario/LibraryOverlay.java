package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.model.CrisisType;
import org.mandate.core.model.Interest;
import org.mandate.core.model.Interests;
import org.mandate.core.model.State;

/**
 * Values laid over the shared library for one run: each names one library parameter by path and gives it a new
 * value, as {@code mandate calibrate} writes them ({@code docs/library-overlay.schema.json}).
 *
 * <p>The overlay changes the library, not the scenario: a scenario or case file that sets the same value itself
 * keeps its own. Paths are {@code states.X.interests.NAME}, {@code states.X.capability} and
 * {@code crisisTypes.T.FIELD} with FIELD one of {@code precedent}, {@code humanitarianNeed}, {@code openEnded},
 * {@code separatist}. {@link #apply} reports a path that names nothing in the library, or a value out of its range,
 * at the path's line in the overlay file.
 */
public final class LibraryOverlay {
    /** The overlay that changes nothing. */
    public static final LibraryOverlay NONE = new LibraryOverlay("none", Map.of(), Map.of(), null);

    private static final List<String> CRISIS_FIELDS = List.of("precedent", "humanitarianNeed", "openEnded",
            "separatist");

    private final String name;
    private final Map<String, Double> values;
    private final Map<String, Object> provenance;
    private final YamlDocument doc;

    private LibraryOverlay(String name, Map<String, Double> values, Map<String, Object> provenance,
                           YamlDocument doc) {
        this.name = name;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        this.doc = doc;
    }

    /** An overlay built in memory, in the given path order. */
    public static LibraryOverlay of(String name, Map<String, Double> values) {
        return new LibraryOverlay(name, values, Map.of(), null);
    }

    /** Reads an overlay file; its paths are checked against a library only when it is applied. */
    public static LibraryOverlay load(Path file) throws ScenarioException {
        String label = file.toString();
        byte[] bytes = SourceFile.read(file, label, "a library overlay file");
        YamlDocument doc = YamlDocument.parse(label, bytes);
        List<Problem> schema = SchemaCheck.of("library-overlay").check(doc);
        if (!schema.isEmpty()) {
            throw new ScenarioException(schema);
        }
        JsonNode root = doc.root();
        Map<String, Double> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("values").fields(); it.hasNext(); ) {
            var e = it.next();
            values.put(e.getKey(), e.getValue().asDouble());
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        JsonNode p = root.get("provenance");
        if (p != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                var e = it.next();
                provenance.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue());
            }
        }
        return new LibraryOverlay(root.get("overlay").asText(), values, provenance, doc);
    }

    /** The overlay's name. */
    public String name() {
        return name;
    }

    /** The values by path, in file order. */
    public Map<String, Double> values() {
        return values;
    }

    /** The provenance the file records (empty for an overlay built in memory). */
    public Map<String, Object> provenance() {
        return provenance;
    }

    /** Whether the overlay changes nothing. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The library with the overlay's values laid over it.
     *
     * @throws ScenarioException listing every path that names nothing in the library and every value out of range
     */
    public Library apply(Library library) throws ScenarioException {
        if (values.isEmpty()) {
            return library;
        }
        Map<String, State> states = new LinkedHashMap<>(library.states());
        Map<String, CrisisType> types = new LinkedHashMap<>(library.crisisTypes());
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String bad = set(e.getKey(), e.getValue(), states, types);
            if (bad != null) {
                problems.add(problem(e.getKey(), e.getValue(), bad));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Library(types, library.mechanisms(), library.defaults(), library.defaultCapability(),
                library.defaultRegime(), states, library.organizations(), library.periods());
    }

    /**
     * What is wrong with a path for a library, or null when it names a parameter there. Used to check a
     * calibration's parameters before fitting.
     */
    public static String check(String path, Library library) {
        return set(path, Double.NaN, new LinkedHashMap<>(library.states()),
                new LinkedHashMap<>(library.crisisTypes()));
    }

    /** The library's value at a path (which {@link #check} accepted). */
    public static double valueOf(String path, Library library) {
        String[] p = path.split("\\.");
        if (p[0].equals("states")) {
            State s = library.states().get(p[1]);
            return p[2].equals("capability") ? s.capability() : s.interests().get(Interest.byKey(p[3]));
        }
        CrisisType t = library.crisisTypes().get(p[1]);
        return switch (p[2]) {
            case "precedent" -> t.precedent();
            case "humanitarianNeed" -> t.humanitarianNeed();
            case "openEnded" -> t.openEnded();
            default -> t.separatist();
        };
    }

    /** The range of the value at a path, as {min, max}. */
    public static double[] range(String path) {
        if (path.endsWith(".interests." + Interest.HUMAN_DIMENSION.key())) {
            return new double[] {-1, 1};
        }
        return new double[] {0, 1};
    }

    /** Sets one value (NaN only checks the path); returns what is wrong, or null. */
    private static String set(String path, double value, Map<String, State> states, Map<String, CrisisType> types) {
        String[] p = path.split("\\.");
        if (p.length >= 3 && p[0].equals("states")) {
            State s = states.get(p[1]);
            if (s == null) {
                return "no state '" + p[1] + "' in the library";
            }
            if (p.length == 3 && p[2].equals("capability")) {
                if (Double.isNaN(value)) {
                    return null;
                }
                if (!(value > 0 && value <= 1)) {
                    return "expected a capability above 0 and at most 1";
                }
                states.put(s.id(), s.withCapability(value));
                return null;
            }
            if (p.length == 4 && p[2].equals("interests")) {
                Interest interest = Interest.byKey(p[3]);
                if (interest == null) {
                    List<String> keys = new ArrayList<>();
                    for (Interest i : Interest.values()) {
                        keys.add(i.key());
                    }
                    return "no interest '" + p[3] + "'; expected one of: " + String.join(", ", keys);
                }
                if (Double.isNaN(value)) {
                    return null;
                }
                double min = interest == Interest.HUMAN_DIMENSION ? -1 : 0;
                if (!(value >= min && value <= 1)) {
                    return "expected a weight from " + (int) min + " to 1";
                }
                Interests in = s.interests().with(interest, value);
                states.put(s.id(), s.withInterests(in));
                return null;
            }
        }
        if (p.length == 3 && p[0].equals("crisisTypes")) {
            CrisisType t = types.get(p[1]);
            if (t == null) {
                return "no crisis type '" + p[1] + "' in the library; expected one of: "
                        + String.join(", ", types.keySet());
            }
            if (!CRISIS_FIELDS.contains(p[2])) {
                return "no crisis type property '" + p[2] + "'; expected one of: " + String.join(", ", CRISIS_FIELDS);
            }
            if (Double.isNaN(value)) {
                return null;
            }
            if (!(value >= 0 && value <= 1)) {
                return "expected a value from 0 to 1";
            }
            types.put(t.id(), new CrisisType(t.id(), t.label(), t.domestic(),
                    p[2].equals("precedent") ? value : t.precedent(),
                    p[2].equals("humanitarianNeed") ? value : t.humanitarianNeed(),
                    p[2].equals("openEnded") ? value : t.openEnded(), t.interMember(),
                    p[2].equals("separatist") ? value : t.separatist()));
            return null;
        }
        return "not a library parameter; expected states.X.interests.NAME, states.X.capability or "
                + "crisisTypes.T.FIELD (FIELD: " + String.join(", ", CRISIS_FIELDS) + ")";
    }

    private Problem problem(String path, double value, String expected) {
        if (doc != null) {
            return doc.problemAtKey(Paths.child("/values", path), "'" + path + "'", expected + " (value "
                    + value + ")");
        }
        return new Problem("library overlay " + name, 0, 0, path, String.valueOf(value), expected);
    }
}
