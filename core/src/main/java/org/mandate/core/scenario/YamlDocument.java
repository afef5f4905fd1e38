package org.mandate.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML file parsed into a JSON tree, with the line and column of every value and key.
 *
 * <p>Parsing builds plain data only: a YAML tag anywhere is a problem, not an object to construct; aliases are
 * limited; duplicate keys are problems; files over {@link #MAX_BYTES} are refused before parsing.
 */
public final class YamlDocument {
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    private static final YAMLFactory FACTORY;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        FACTORY = YAMLFactory.builder().loaderOptions(options).build();
        FACTORY.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> values;
    private final Map<String, int[]> keys;

    private YamlDocument(String file, JsonNode root, Map<String, int[]> values, Map<String, int[]> keys) {
        this.file = file;
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    /**
     * Parses YAML text.
     *
     * @param file  the file name, for messages
     * @param bytes the file's content
     * @throws ScenarioException when the file is too large, not valid YAML, or uses tags
     */
    public static YamlDocument parse(String file, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(List.of(new Problem(file, 0, 0, "", null, "file is " + bytes.length
                    + " bytes; files over " + MAX_BYTES + " bytes are refused")));
        }
        Map<String, int[]> values = new HashMap<>();
        Map<String, int[]> keys = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioException(List.of(new Problem(file, 1, 1, "", null, "the file is empty")));
            }
            JsonNode root = read(p, "", values, keys, problems, file);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(), "", null,
                        "a second YAML document; a file holds exactly one"));
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return new YamlDocument(file, root, values, keys);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
                String context = y.getContext() == null ? "" : " (" + y.getContext() + ")";
                throw new ScenarioException(List.of(new Problem(file, y.getProblemMark().getLine() + 1,
                        y.getProblemMark().getColumn() + 1, "", null, "not valid YAML: " + y.getProblem()
                        + context)));
            }
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            throw new ScenarioException(List.of(new Problem(file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "", null, "not valid YAML: "
                    + (cut > 0 ? msg.substring(0, cut) : msg))));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new Problem(file, 0, 0, "", null, "cannot read: " + e.getMessage())));
        }
    }

    private static JsonNode read(YAMLParser p, String pointer, Map<String, int[]> values, Map<String, int[]> keys,
                                 List<Problem> problems, String file) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        values.put(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
        if (p.isCurrentAlias()) {
            // the parser would give an alias of a scalar as the anchor's name: refuse rather than misread
            problems.add(new Problem(file, loc.getLineNr(), loc.getColumnNr(), Paths.fromPointer(pointer),
                    abbreviate("*" + p.getText()), "YAML aliases are not allowed; write the value out"));
            return JsonNodeFactory.instance.nullNode();
        }
        String tag = p.getTypeId();
        if (tag != null) {
            problems.add(new Problem(file, loc.getLineNr(), loc.getColumnNr(), Paths.fromPointer(pointer),
                    "'" + tag + "'", "YAML tags are not allowed; write plain values"));
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode obj = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String child = pointer + "/" + escape(name);
                    keys.put(child, new int[] {kl.getLineNr(), kl.getColumnNr()});
                    p.nextToken();
                    obj.set(name, read(p, child, values, keys, problems, file));
                }
                return obj;
            }
            case START_ARRAY: {
                ArrayNode arr = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(read(p, pointer + "/" + i, values, keys, problems, file));
                    i++;
                }
                return arr;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    problems.add(new Problem(file, loc.getLineNr(), loc.getColumnNr(), Paths.fromPointer(pointer),
                            abbreviate(p.getText()), "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE));
                    return f.numberNode(0L);
                }
                return f.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    problems.add(new Problem(file, loc.getLineNr(), loc.getColumnNr(), Paths.fromPointer(pointer),
                            abbreviate(p.getText()), "a finite number, at most " + Double.MAX_VALUE + " in size"));
                    return f.numberNode(0.0);
                }
                return f.numberNode(d);
            }
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                return f.textNode(p.getText());
        }
    }

    /** A value as written, quoted, cut to 40 characters so that no message repeats a file's content. */
    static String abbreviate(String text) {
        int line = text.indexOf('\n');
        String first = line >= 0 ? text.substring(0, line) + "..." : text;
        return "'" + (first.length() <= 40 ? first : first.substring(0, 37) + "...") + "'";
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The parsed tree. */
    public JsonNode root() {
        return root;
    }

    /** A problem at the value under the JSON pointer (or its nearest parent with a known location). */
    public Problem problemAt(String pointer, String value, String expected) {
        int[] at = locate(values, pointer);
        return new Problem(file, at[0], at[1], Paths.fromPointer(pointer), value, expected);
    }

    /** A problem at the key under the JSON pointer (falls back to its value, then its parents). */
    public Problem problemAtKey(String pointer, String value, String expected) {
        int[] at = keys.containsKey(pointer) ? keys.get(pointer) : locate(values, pointer);
        return new Problem(file, at[0], at[1], Paths.fromPointer(pointer), value, expected);
    }

    private static int[] locate(Map<String, int[]> map, String pointer) {
        String p = pointer;
        while (true) {
            int[] at = map.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
