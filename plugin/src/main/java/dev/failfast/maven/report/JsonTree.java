package dev.failfast.maven.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read with jackson-core's streaming parser into plain values: a {@code Map} per
 * object, a {@code List} per array, {@code String}, {@code Number}, {@code Boolean} or {@code null}.
 * Enough for the small files failfast writes, without a data-binding library.
 */
final class JsonTree {

  /** The most objects and arrays one inside another: far beyond failfast's own files. */
  static final int MAX_DEPTH = 64;

  private JsonTree() {}

  /** The value the parser is at the start of, and the parser past it. */
  static Object read(JsonParser json) throws IOException {
    JsonToken token = json.currentToken() == null ? json.nextToken() : json.currentToken();
    if (token == null) {
      throw new IOException("it is empty");
    }
    return value(json, token, 0);
  }

  private static Object value(JsonParser json, JsonToken token, int depth) throws IOException {
    if (token == null) {
      throw new IOException("it ends early");
    }
    if (depth > MAX_DEPTH) {
      throw new IOException("its values nest deeper than " + MAX_DEPTH);
    }
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken next = json.nextToken(); next != JsonToken.END_OBJECT; next = json.nextToken()) {
          if (next == null) {
            throw new IOException("it ends early");
          }
          String key = json.currentName();
          object.put(key, value(json, json.nextToken(), depth + 1));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = json.nextToken(); next != JsonToken.END_ARRAY; next = json.nextToken()) {
          if (next == null) {
            throw new IOException("it ends early");
          }
          array.add(value(json, next, depth + 1));
        }
        return array;
      }
      case VALUE_STRING -> {
        return json.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return json.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return token == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token + " at " + json.currentLocation());
    }
  }
}
