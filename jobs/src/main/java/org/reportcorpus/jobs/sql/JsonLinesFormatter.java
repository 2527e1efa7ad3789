package org.reportcorpus.jobs.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one object per row, keys the column names in order, written by Jackson (which
 * escapes quotes, backslashes and control characters). Numbers stay numbers (NaN and ±Infinity,
 * which JSON lacks, become strings), booleans booleans, null null, arrays arrays, maps and
 * structs objects, binary base64, dates and timestamps ISO-8601 strings (timestamps in UTC).
 */
final class JsonLinesFormatter implements ResultFormatter {

  private static final JsonFactory JSON = new JsonFactory();

  private final PrintStream out;
  private final Writer writer;
  private final JsonGenerator json;
  private List<String> columns = List.of();

  JsonLinesFormatter(PrintStream out) {
    this.out = out;
    this.writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      this.json = JSON.createGenerator(writer)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void header(List<String> columns) {
    this.columns = new ArrayList<>(columns);
  }

  @Override
  public void row(List<?> cells) {
    try {
      json.writeStartObject();
      for (int i = 0; i < cells.size(); i++) {
        json.writeFieldName(columns.get(i));
        write(cells.get(i));
      }
      json.writeEndObject();
      json.flush();
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isFinite(number)) {
        json.writeNumber(value.toString());
      } else {
        json.writeString(value.toString());
      }
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else if (value instanceof Number number) {
      json.writeNumber(number.longValue());
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        write(element);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(CellText.of(entry.getKey()));
        write(entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof byte[] bytes) {
      json.writeBinary(bytes);
    } else if (value instanceof Timestamp timestamp) {
      json.writeString(timestamp.toInstant().toString());
    } else {
      json.writeString(value.toString()); // dates (java.sql.Date / LocalDate print ISO), instants
    }
  }

  @Override
  public void finish() {
    out.flush();
  }
}
