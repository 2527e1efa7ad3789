package org.reportcorpus.jobs.sql;

import java.util.List;

/**
 * Prints one result, row by row as it streams in: the column names first, then each row's cells
 * as plain Java values (see {@link CellText} for which), then {@link #finish}. No Spark here, so
 * each format is tested on literal rows.
 */
public interface ResultFormatter {

  void header(List<String> columns);

  void row(List<?> cells);

  /** Prints whatever is still held back (the table's measured rows, its row count) and flushes. */
  void finish();
}
