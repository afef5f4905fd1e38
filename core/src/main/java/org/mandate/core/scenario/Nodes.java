package org.mandate.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small readers over schema-checked trees. */
final class Nodes {
    private Nodes() {
    }

    static String text(JsonNode node, String field, String fallback) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? fallback : n.asText();
    }

    static double number(JsonNode node, String field, double fallback) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? fallback : n.asDouble();
    }

    static int integer(JsonNode node, String field, int fallback) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? fallback : n.asInt();
    }

    static boolean bool(JsonNode node, String field, boolean fallback) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? fallback : n.asBoolean();
    }

    static Boolean optionalBool(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : n.asBoolean();
    }

    static LocalDate date(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = node.get(field);
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode n = node.get(field);
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }
}
