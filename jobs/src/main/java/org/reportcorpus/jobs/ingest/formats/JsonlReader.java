package org.reportcorpus.jobs.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.udfs.text.TextDecoder;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * A JSONL file → one document per non-blank line, source path {@code file#L<line>}: text from
 * the first non-blank text field, title, year (a hint) and URL kept when present. A line that
 * is not a JSON object is a {@code parse_error}; one without text is {@code empty}. When the
 * file as a whole does not decode (one corrupt line in a UTF-8 file), each line is decoded on
 * its own, so the bad line alone is an {@code undecodable} reject and the others are kept.
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
      return decoded.failure().equals(TextDecoder.UNDECODABLE) && !hasNul(bytes)
          ? readLineByLine(path, bytes)
          : List.of(ReadOutcome.undecodable(path, decoded));
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

  /**
   * Splits the bytes on LF before decoding — safe for UTF-8, GB18030 and Big5, whose multi-byte
   * sequences never contain 0x0A (UTF-16, which can, has NULs and never comes here). When some
   * line is non-ASCII UTF-8 the file is UTF-8 and a line that is not is rejected: read as GB18030
   * its broken bytes would pass as other characters. Otherwise each line's encoding is detected.
   */
  private List<ReadOutcome> readLineByLine(String path, byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lines.add(Arrays.copyOfRange(bytes, start, end));
      start = end + 1;
    }
    boolean utf8File = lines.stream().anyMatch(line -> !isAscii(line) && strictUtf8(line) != null);
    List<ReadOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String recordPath = path + "#L" + (i + 1);
      String utf8 = strictUtf8(lines.get(i));
      if (i == 0 && utf8 != null && utf8.startsWith("\uFEFF")) {
        utf8 = utf8.substring(1); // a byte-order mark
      }
      TextDecoder.Decoded line = utf8 != null ? TextDecoder.Decoded.of(utf8, "utf-8")
          : utf8File ? TextDecoder.Decoded.fail(TextDecoder.UNDECODABLE, "invalid UTF-8 in a UTF-8 file")
          : TextDecoder.decode(lines.get(i));
      if (!line.ok()) {
        outcomes.add(ReadOutcome.undecodable(recordPath, line));
      } else if (!line.text().isBlank()) {
        outcomes.add(readRecord(recordPath, line.text(), line.encoding()));
      }
    }
    return outcomes;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
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
