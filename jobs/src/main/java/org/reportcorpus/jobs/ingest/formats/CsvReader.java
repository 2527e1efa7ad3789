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
 * (an unclosed quote) rejects itself and, since the parser cannot find the next record, ends
 * the file.
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
    List<ReadOutcome> outcomes = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), FORMAT)) {
      Map<String, Integer> columns = columnIndex(parser.getHeaderNames());
      int text = firstColumn(columns, fields.text());
      if (text < 0) {
        return List.of(ReadOutcome.reject(path, RejectReason.PARSE_ERROR, "no text column: header "
            + parser.getHeaderNames() + ", expected one of " + fields.text()));
      }
      int title = firstColumn(columns, fields.title());
      int year = firstColumn(columns, fields.year());
      int url = firstColumn(columns, fields.url());
      Iterator<CSVRecord> records = parser.iterator();
      int recordNo = 0;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          outcomes.add(ReadOutcome.reject(path + "#R" + (recordNo + 1), RejectReason.PARSE_ERROR,
              Failures.firstLine(Failures.rootCause(e).getMessage())));
          break;
        }
        recordNo++;
        String recordPath = path + "#R" + recordNo;
        String body = RecordFields.blankToNull(value(record, text));
        if (body == null) {
          outcomes.add(ReadOutcome.reject(recordPath, RejectReason.EMPTY, "no text in columns " + fields.text()));
          continue;
        }
        outcomes.add(ReadOutcome.document(new RawDocument(recordPath, SourceFormat.CSV.label(), decoded.encoding(),
            body, RecordFields.blankToNull(value(record, title)), RecordFields.parseYear(value(record, year)),
            RecordFields.blankToNull(value(record, url)))));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // the header itself could not be read
      return List.of(ReadOutcome.reject(path, RejectReason.PARSE_ERROR, Failures.describe(e)));
    }
    if (outcomes.isEmpty()) {
      outcomes.add(ReadOutcome.reject(path, RejectReason.EMPTY, "no records after the header"));
    }
    return outcomes;
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
