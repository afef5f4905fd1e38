package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a parsed file against one of the project's JSON Schemas and turns each violation into a {@link Problem}
 * with its line, column, field path, the bad value and what was expected.
 */
final class SchemaCheck {
    private static final Map<String, SchemaCheck> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;
    private final JsonNode schemaNode;

    private SchemaCheck(String name) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the build");
            }
            schemaNode = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
    }

    /** The check for the schema with the given name ({@code scenario}, {@code library}). */
    static SchemaCheck of(String name) {
        return CACHE.computeIfAbsent(name, SchemaCheck::new);
    }

    /** The problems of the document, in file order. */
    List<Problem> check(YamlDocument doc) {
        List<Problem> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(doc.root())) {
            out.add(translate(doc, m));
        }
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(Problem::expected));
        return out;
    }

    private Problem translate(YamlDocument doc, ValidationMessage m) {
        String pointer = pointer(m.getInstanceLocation());
        JsonNode node = m.getInstanceNode();
        // the whole document as a value would be the file's content: never quote it
        String value = node == null || node.isContainerNode() || pointer.isEmpty() ? null : quote(node);
        JsonNode rule = m.getSchemaNode();
        JsonNode parent = schemaParent(m);
        switch (m.getType()) {
            case "additionalProperties": {
                String key = String.valueOf(m.getProperty());
                String child = Paths.child(pointer, key);
                return doc.problemAtKey(child, "'" + key + "'", "unknown key; expected one of: "
                        + String.join(", ", fieldNames(parent == null ? null : parent.get("properties"))));
            }
            case "required": {
                String key = String.valueOf(m.getProperty());
                return doc.problemAt(pointer, null, "missing required key '" + key + "'" + describe(parent, key));
            }
            case "enum":
                return doc.problemAt(pointer, value, "expected one of: " + join(rule));
            case "const":
                return doc.problemAt(pointer, value, "expected " + rule);
            case "type":
                return doc.problemAt(pointer, value == null && !pointer.isEmpty() ? kind(node) : value,
                        "expected " + article(rule.asText()) + describe(parent));
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return doc.problemAt(pointer, value, "expected a number " + range(parent));
            case "pattern":
            case "format":
            case "minLength":
            case "maxLength":
                return doc.problemAt(pointer, value, "expected " + (parent != null && parent.has("description")
                        ? parent.get("description").asText() : "a value matching " + rule));
            case "minItems":
                return doc.problemAt(pointer, null, "expected at least " + rule.asInt() + " item"
                        + (rule.asInt() == 1 ? "" : "s"));
            case "uniqueItems":
                return doc.problemAt(pointer, null, "expected no repeated items");
            default:
                return doc.problemAt(pointer, value, m.getMessage().replaceFirst("^\\$[^:]*: ", ""));
        }
    }

    private JsonNode schemaParent(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        if (fragment == null) {
            return null;
        }
        JsonNode node = schemaNode;
        int n = fragment.getNameCount();
        for (int i = 0; i < n - 1 && node != null; i++) {
            Object el = fragment.getElement(i);
            node = el instanceof Integer idx ? node.get(idx) : node.get(String.valueOf(el));
        }
        return node;
    }

    private static String describe(JsonNode parent) {
        return parent != null && parent.has("description") ? " (" + parent.get("description").asText() + ")" : "";
    }

    private static String describe(JsonNode parent, String key) {
        if (parent == null || !parent.has("properties") || !parent.get("properties").has(key)) {
            return "";
        }
        return describe(parent.get("properties").get(key));
    }

    private static String range(JsonNode parent) {
        if (parent == null) {
            return "in range";
        }
        boolean hasMin = parent.has("minimum");
        boolean hasMax = parent.has("maximum");
        if (hasMin && hasMax) {
            return "from " + parent.get("minimum").asText() + " to " + parent.get("maximum").asText();
        }
        if (hasMin) {
            return "of at least " + parent.get("minimum").asText();
        }
        if (parent.has("exclusiveMinimum")) {
            return "above " + parent.get("exclusiveMinimum").asText()
                    + (hasMax ? " and at most " + parent.get("maximum").asText() : "");
        }
        return hasMax ? "of at most " + parent.get("maximum").asText() : "in range";
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(el instanceof Integer ? el.toString()
                    : String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    private static List<String> fieldNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    private static String join(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        return String.join(", ", out);
    }

    static String quote(JsonNode node) {
        return node.isTextual() ? YamlDocument.abbreviate(node.asText()) : node.toString();
    }

    private static String kind(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? "a mapping" : node.isArray() ? "a list" : node.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "string" -> "text";
            default -> type;
        };
    }
}
