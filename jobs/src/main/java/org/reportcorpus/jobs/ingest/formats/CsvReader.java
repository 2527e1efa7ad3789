package org.reportcorpus.jobs.ingest.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.udfs.text.TextDecoder;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * A CSV file (RFC 4180, first row the header) → one document per record, source path
 * {@code file#R<n>} with n counting data records from 1 (a quoted field may span lines, so line
 * numbers would not name a record). The encoding is detected (a UTF-8 BOM is dropped; Excel's
 * GBK exports work). Columns are matched by name, case-insensitively: text from the first
 * non-blank text column, title, year and URL kept when present.
 *
 * <p>A header without any text column rejects the file ({@code parse_error}); a malformed record
 * (an unclosed quote) rejects itself, named by its first line, and reading goes on from the
 * line after it.
 */
final class CsvReader {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .get();

  private final RecordFields fields;

  CsvReader(IngestSettings settings) {
    this.fields = RecordFields.of(settings);
  }

  List<ReadOutcome> read(String path, byte[] bytes) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      return List.of(ReadOutcome.undecodable(path, decoded));
    }
    String text = decoded.text();
    List<Integer> lineStarts = lineStarts(text);
    List<ReadOutcome> outcomes = new ArrayList<>();
    List<String> header;
    int line; // index of the line the next parser starts at
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      header = parser.getHeaderNames();
      line = (int) parser.getCurrentLineNumber();
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // the header itself could not be read
      return List.of(ReadOutcome.reject(path, RejectReason.PARSE_ERROR, Failures.describe(e)));
    }
    Map<String, Integer> columns = columnIndex(header);
    Columns wanted = new Columns(firstColumn(columns, fields.text()), firstColumn(columns, fields.title()),
        firstColumn(columns, fields.year()), firstColumn(columns, fields.url()));
    if (wanted.text() < 0) {
      return List.of(ReadOutcome.reject(path, RejectReason.PARSE_ERROR, "no text column: header "
          + header + ", expected one of " + fields.text()));
    }
    CSVFormat body = FORMAT.builder().setHeader(header.toArray(new String[0])).setSkipHeaderRecord(false).get();
    int recordNo = 0;
    while (line < lineStarts.size()) {
      // Parse from this line on; a malformed record is rejected with its first line, and parsing
      // starts again on the next line, so one bad record does not lose the records after it.
      int from = line;
      try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(lineStarts.get(from))), body)) {
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
          int consumed = (int) parser.getCurrentLineNumber();
          try {
            if (!records.hasNext()) {
              line = lineStarts.size();
              break;
            }
            outcomes.add(record(path + "#R" + (++recordNo), records.next(), wanted, decoded.encoding()));
          } catch (UncheckedIOException | IllegalStateException e) {
            outcomes.add(ReadOutcome.reject(path + "#R" + (++recordNo), RejectReason.PARSE_ERROR,
                "line " + (from + consumed + 1) + ": " + Failures.firstLine(Failures.rootCause(e).getMessage())));
            line = from + consumed + 1;
            break;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
    }
    if (outcomes.isEmpty()) {
      outcomes.add(ReadOutcome.reject(path, RejectReason.EMPTY, "no records after the header"));
    }
    return outcomes;
  }

  /** Column indexes of the record fields; -1 when absent. */
  private record Columns(int text, int title, int year, int url) {}

  private ReadOutcome record(String recordPath, CSVRecord record, Columns columns, String encoding) {
    String body = RecordFields.blankToNull(value(record, columns.text()));
    if (body == null) {
      return ReadOutcome.reject(recordPath, RejectReason.EMPTY, "no text in columns " + fields.text());
    }
    return ReadOutcome.document(new RawDocument(recordPath, SourceFormat.CSV.label(), encoding, body,
        RecordFields.blankToNull(value(record, columns.title())), RecordFields.parseYear(value(record, columns.year())),
        RecordFields.blankToNull(value(record, columns.url()))));
  }

  /** Where each line starts; lines end as commons-csv counts them: LF, CR LF or CR. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if ((c == '\n' || c == '\r') && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static Map<String, Integer> columnIndex(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
      columns.putIfAbsent(name, i);
    }
    return columns;
  }

  private static int firstColumn(Map<String, Integer> columns, List<String> names) {
    for (String name : names) {
      Integer index = columns.get(name.strip().toLowerCase(Locale.ROOT));
      if (index != null) {
        return index;
      }
    }
    return -1;
  }

  private static String value(CSVRecord record, int column) {
    return column >= 0 && column < record.size() ? record.get(column) : null;
  }
}
