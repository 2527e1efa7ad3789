package org.reportcorpus.jobs.sql;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cell value as text, the same in tsv, csv and table output. Values are plain Java: null,
 * strings, numbers, booleans, dates, {@code byte[]}, {@link List} (an array) and {@link Map} (a
 * map, or a struct by field name). Null is {@code NULL}; an array {@code [a, b]}; a map or struct
 * {@code {key: value, …}}; binary is base64.
 */
public final class CellText {

  public static final String NULL = "NULL";

  private CellText() {}

  public static String of(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CellText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(entry -> of(entry.getKey()) + ": " + of(entry.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return value.toString();
  }

  /** The text on one line: tabs and newlines become spaces (they would break a tsv row). */
  public static String oneLine(Object value) {
    return of(value).replace('\t', ' ').replace('\n', ' ');
  }
}
