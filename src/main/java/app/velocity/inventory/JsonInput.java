package app.velocity.inventory;

import app.velocity.motivation.Drive;
import app.velocity.motivation.ScoresInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads API bodies strictly and says which field is wrong. Bodies are parsed here rather than bound
 * to records so that every mistake (a missing or extra key, a string for a number, NaN, a negative
 * score, a sum that is not 100) gets a problem detail naming the field: "goingWell.PEOPLE: must not
 * be negative". NaN and Infinity are read on purpose, only to be refused with a clear message.
 */
final class JsonInput {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonInput() {}

  /**
   * The request body as a JSON object, read straight from the request. Spring's conversion of a
   * body to a String (headers copied, advice consulted, a data binder made) cost a seventh of an
   * answer save's CPU.
   */
  static JsonNode object(InputStream body) {
    try {
      return object(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw bad("body", "could not be read");
    }
  }

  static JsonNode object(String body) {
    if (body == null || body.isBlank()) {
      throw bad("body", "is required");
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JacksonException e) {
      throw bad("body", "is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw bad("body", "must be a JSON object");
    }
    return node;
  }

  /** Refuses keys other than the allowed ones. */
  static void onlyKeys(JsonNode node, String path, Set<String> allowed) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw bad(
            join(path, key), "is not a known field; allowed are " + String.join(", ", allowed));
      }
    }
  }

  static JsonNode required(JsonNode parent, String key, String path) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      throw bad(join(path, key), "is required");
    }
    return node;
  }

  static String string(JsonNode parent, String key, String path) {
    JsonNode node = required(parent, key, path);
    if (!node.isString()) {
      throw bad(join(path, key), "must be a string");
    }
    return node.stringValue();
  }

  /**
   * Three drive scores, 0 to 100 each, summing to 100: within {@link ScoresInput#RESCALED_WITHIN}
   * of it they are rescaled.
   */
  static ScoresInput.Read scores(JsonNode parent, String key) {
    JsonNode node = required(parent, key, "");
    if (!node.isObject()) {
      throw bad(key, "must be an object with PEOPLE, PERFORMANCE and PROCESS");
    }
    Set<String> drives = new java.util.LinkedHashSet<>();
    for (Drive d : Drive.values()) {
      drives.add(d.name());
    }
    onlyKeys(node, key, drives);
    double[] values = new double[3];
    for (Drive d : Drive.values()) {
      String field = key + "." + d.name();
      JsonNode value = node.get(d.name());
      if (value == null || value.isNull()) {
        throw bad(field, "is required");
      }
      if (!value.isNumber()) {
        throw bad(field, "must be a number");
      }
      double v = value.doubleValue();
      if (!Double.isFinite(v)) {
        throw bad(field, "must be a finite number");
      }
      if (v < 0) {
        throw bad(field, "must not be negative");
      }
      if (v > 100) {
        throw bad(field, "must not exceed 100");
      }
      values[d.ordinal()] = v;
    }
    return ScoresInput.summed(key, values[0], values[1], values[2]);
  }

  /** An object of ending id to whole points. */
  static Map<String, Integer> points(JsonNode parent, String key, String path) {
    JsonNode node = required(parent, key, path);
    String field = join(path, key);
    if (!node.isObject()) {
      throw bad(field, "must be an object of ending id to points");
    }
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw bad(field + "." + e.getKey(), "must be a whole number of points");
      }
      points.put(e.getKey(), v.intValue());
    }
    return points;
  }

  static IllegalArgumentException bad(String field, String message) {
    return new IllegalArgumentException(field + ": " + message);
  }

  private static String join(String path, String key) {
    return path == null || path.isEmpty() ? key : path + "." + key;
  }
}
