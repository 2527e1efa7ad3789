package org.reportcorpus.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Data as JSON that can sit inside a {@code <script type="application/json">} element and never
 * end it: Jackson writes the JSON, then {@code <}, {@code >} and {@code &} (which JSON allows only
 * inside strings) become {@code \u003c}, {@code \u003e}, {@code \u0026}, so no {@code </script>},
 * {@code <!--} or entity can appear; U+2028 and U+2029 become escapes too, so the text is also a
 * valid JavaScript literal. JSON.parse gives back the original strings.
 */
public final class ScriptJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScriptJson() {}

  public static String of(Object value) {
    String json;
    try {
      json = JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the report's data as JSON", e);
    }
    return escapeForScript(json);
  }

  static String escapeForScript(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
