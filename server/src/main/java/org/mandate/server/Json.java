package org.mandate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandate.core.scenario.Problem;

/** Reading request bodies and writing the error contract, shared by every resource. */
public final class Json {
    /** The one mapper of the server. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses a request body that must be a JSON object; a 400 says why when it is not. */
    public static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("empty request body; expected a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("request body is not JSON: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode o)) {
            throw ApiError.badRequest("request body is " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                    + "; expected a JSON object");
        }
        return o;
    }

    /** An optional text field; a 400 when present but not text. */
    public static String text(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiError.badRequest("field '" + field + "' is " + n + "; expected a string");
        }
        return n.asText();
    }

    /** An optional list of strings (empty when absent); a 400 when it is something else. */
    public static List<String> strings(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw ApiError.badRequest("field '" + field + "' is " + n + "; expected a list of strings");
        }
        for (JsonNode item : n) {
            if (!item.isTextual()) {
                throw ApiError.badRequest("field '" + field + "' holds " + item + "; expected a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** An optional object of string values, in the order given (empty when absent); a 400 otherwise. */
    public static Map<String, String> textMap(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw ApiError.badRequest("field '" + field + "' is " + n + "; expected an object of strings");
        }
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw ApiError.badRequest("field '" + field + "." + e.getKey() + "' is " + e.getValue()
                        + "; expected a string");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** An optional object of numbers, in the order given (empty when absent); a 400 otherwise. */
    public static Map<String, Double> numberMap(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        Map<String, Double> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw ApiError.badRequest("field '" + field + "' is " + n + "; expected an object of numbers");
        }
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isNumber()) {
                throw ApiError.badRequest("field '" + field + "." + e.getKey() + "' is " + e.getValue()
                        + "; expected a number");
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return out;
    }

    /** The error contract: {@code error}, and {@code problems} each with file, line, column, field, value, expected. */
    public static Map<String, Object> error(String message, List<Problem> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("problems", problems(problems));
        return m;
    }

    /** Located problems as JSON objects; {@code message} is the line the command line prints. */
    public static List<Object> problems(List<Problem> problems) {
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("field", p.path());
            m.put("value", p.value());
            m.put("expected", p.expected());
            m.put("message", p.toString());
            list.add(m);
        }
        return list;
    }
}
