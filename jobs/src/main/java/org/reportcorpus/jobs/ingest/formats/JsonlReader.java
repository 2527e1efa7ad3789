package org.reportcorpus.jobs.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.udfs.text.TextDecoder;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * A JSONL file → one document per non-blank line, source path {@code file#L<line>}: text from
 * the first non-blank text field, title, year (a hint) and URL kept when present. A line that
 * is not a JSON object is a {@code parse_error}; one without text is {@code empty}.
 */
final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordFields fields;

  JsonlReader(IngestSettings settings) {
    this.fields = RecordFields.of(settings);
  }

  List<ReadOutcome> read(String path, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      return List.of(ReadOutcome.undecodable(path, decoded));
    }
    List<ReadOutcome> outcomes = new ArrayList<>();
    String text = decoded.text();
    int lineNo = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNo++;
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        outcomes.add(readRecord(path + "#L" + lineNo, line, decoded.encoding()));
      }
      start = end + 1;
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
      return ReadOutcome.reject(recordPath, RejectReason.PARSE_ERROR, Failures.firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return ReadOutcome.reject(recordPath, RejectReason.PARSE_ERROR, "not a JSON object");
    }
    String text = first(node, fields.text());
    if (text == null) {
      return ReadOutcome.reject(recordPath, RejectReason.EMPTY, "no text in fields " + fields.text());
    }
    return ReadOutcome.document(new RawDocument(recordPath, SourceFormat.JSONL.label(), encoding, text,
        first(node, fields.title()), RecordFields.parseYear(first(node, fields.year())), first(node, fields.url())));
  }

  /** The first of the fields with a non-blank scalar value, as text. */
  private static String first(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        String text = RecordFields.blankToNull(value.asText());
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
