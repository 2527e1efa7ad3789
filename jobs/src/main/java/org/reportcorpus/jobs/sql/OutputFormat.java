package org.reportcorpus.jobs.sql;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/** How {@code bin/corpus sql} prints a result ({@code --output}). */
public enum OutputFormat {
  /** Aligned columns under a header rule, long cells cut with …, then the row count. */
  TABLE,
  /** A header line and tab-separated rows; tabs and newlines in cells become spaces. */
  TSV,
  /** RFC 4180: comma-separated, quoted where needed, CRLF line ends; NULL is an empty field. */
  CSV,
  /** JSON Lines: one object per row, typed values (numbers, booleans, arrays, objects, null). */
  JSON;

  /** The flag's value for this format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming --output, for anything but table, tsv, csv or json */
  public static OutputFormat parse(String label) {
    return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "--output: expected table, tsv, csv or json but got " + label));
  }

  /** A formatter of one result in this format, printing to {@code out}. */
  public ResultFormatter formatter(PrintStream out) {
    return switch (this) {
      case TABLE -> new TableFormatter(out, TableFormatter.MAX_CELL_WIDTH, TableFormatter.MEASURED_ROWS);
      case TSV -> new TsvFormatter(out);
      case CSV -> new CsvFormatter(out);
      case JSON -> new JsonLinesFormatter(out);
    };
  }
}
