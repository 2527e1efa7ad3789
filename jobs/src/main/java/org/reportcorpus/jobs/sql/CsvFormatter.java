package org.reportcorpus.jobs.sql;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 csv through commons-csv: fields quoted when they hold a comma, quote or line break,
 * CRLF record ends. NULL is an empty field; arrays and maps are their {@link CellText}.
 */
final class CsvFormatter implements ResultFormatter {

  private final PrintStream out;
  private final CSVPrinter csv;

  CsvFormatter(PrintStream out) {
    this.out = out;
    try {
      // The stream stays open: it is the shell's standard output.
      this.csv = new CSVPrinter(out, CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void header(List<String> columns) {
    record(columns);
  }

  @Override
  public void row(List<?> cells) {
    record(cells.stream().map(cell -> cell == null ? null : CellText.of(cell)).toList());
  }

  private void record(List<?> fields) {
    try {
      csv.printRecord(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() {
    out.flush();
  }
}
