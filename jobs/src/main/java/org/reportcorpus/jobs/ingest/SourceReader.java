package org.reportcorpus.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportcorpus.udfs.text.TextDecoder;

/**
 * Turns the bytes of one input file into raw documents or rejects; never throws for bad input.
 *
 * <ul>
 *   <li>{@code .txt}: one document; encoding detected by {@link TextDecoder};
 *   <li>{@code .jsonl}: one document per non-blank line, text from the first present field of
 *       {@code textFields}; {@code title}, {@code year} and {@code url} kept as given. A record's
 *       source path is {@code file#L<line>}.
 * </ul>
 *
 * Plain Java: the Spark job hands it bytes, tests hand it fixtures.
 */
public final class SourceReader implements java.io.Serializable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> textFields;
  private final long maxBytes;

  public SourceReader(List<String> textFields, long maxBytes) {
    this.textFields = List.copyOf(textFields);
    this.maxBytes = maxBytes;
  }

  /** Formats this reader understands, by file extension. */
  public static String formatOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> "txt";
      case "jsonl", "ndjson" -> "jsonl";
      default -> null;
    };
  }

  /** Decides from the size alone whether a file is read at all. */
  public ReadOutcome precheck(String path, long size) {
    if (formatOf(path) == null) {
      return ReadOutcome.reject(path, RejectReason.UNSUPPORTED_FORMAT, "extension not supported");
    }
    if (size == 0) {
      return ReadOutcome.reject(path, RejectReason.EMPTY, "zero-byte file");
    }
    if (size > maxBytes) {
      return ReadOutcome.reject(path, RejectReason.TOO_LARGE,
          size + " bytes > limit " + maxBytes + " (corpus.ingest.max_file_bytes)");
    }
    return null;
  }

  public List<ReadOutcome> read(String path, byte[] bytes) {
    String format = formatOf(path);
    if ("jsonl".equals(format)) {
      return readJsonl(path, bytes);
    }
    return List.of(readText(path, bytes));
  }

  private ReadOutcome readText(String path, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      return ReadOutcome.reject(path, decoded.failure(), decoded.detail());
    }
    if (decoded.text().isBlank()) {
      return ReadOutcome.reject(path, RejectReason.EMPTY, "no text after decoding");
    }
    return ReadOutcome.document(new RawDocument(path, "txt", decoded.encoding(), decoded.text(), null, null, null));
  }

  private List<ReadOutcome> readJsonl(String path, byte[] bytes) {
    List<ReadOutcome> outcomes = new ArrayList<>();
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      outcomes.add(ReadOutcome.reject(path, decoded.failure(), decoded.detail()));
      return outcomes;
    }
    try (BufferedReader lines = new BufferedReader(new StringReader(decoded.text()))) {
      String line;
      int lineNo = 0;
      while ((line = lines.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        outcomes.add(readRecord(path + "#L" + lineNo, line, decoded.encoding()));
      }
    } catch (IOException e) {
      outcomes.add(ReadOutcome.reject(path, RejectReason.READ_ERROR, e.toString()));
    }
    if (outcomes.isEmpty()) {
      outcomes.add(ReadOutcome.reject(path, RejectReason.EMPTY, "no records"));
    }
    return outcomes;
  }

  private ReadOutcome readRecord(String recordPath, String line, String encoding) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return ReadOutcome.reject(recordPath, RejectReason.PARSE_ERROR, firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return ReadOutcome.reject(recordPath, RejectReason.PARSE_ERROR, "not a JSON object");
    }
    String text = null;
    for (String field : textFields) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        text = value.asText();
        break;
      }
    }
    if (text == null) {
      return ReadOutcome.reject(recordPath, RejectReason.EMPTY, "no text in fields " + textFields);
    }
    return ReadOutcome.document(new RawDocument(recordPath, "jsonl", encoding, text,
        textOrNull(node.get("title")), yearOrNull(node.get("year")), textOrNull(node.get("url"))));
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Integer yearOrNull(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.canConvertToInt()) {
      return node.asInt();
    }
    String text = node.asText().strip();
    return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
