package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report years of some documents, as a filter on {@code report_year} that Delta answers from
 * its file statistics. A run that adds a year's reports writes them to files of their own
 * (documents, tokens), so a reader that wants a few documents' wide columns (text, token arrays)
 * and filters on their years first decodes those files only; a join on doc_id alone would decode
 * every file and then drop most rows.
 *
 * @param dated the years of the dated documents
 * @param undated whether one of the documents has no report year
 */
public record ReportYears(List<Integer> dated, boolean undated) {

  public ReportYears {
    dated = List.copyOf(dated);
  }

  /** The years of {@code documents}' report_year column: collected, a handful. */
  public static ReportYears of(Dataset<Row> documents) {
    List<Row> years = documents.select("report_year").distinct().collectAsList();
    return new ReportYears(years.stream().filter(y -> !y.isNullAt(0)).map(y -> y.getInt(0)).toList(),
        years.stream().anyMatch(y -> y.isNullAt(0)));
  }

  /** Whether there were no documents. */
  public boolean none() {
    return dated.isEmpty() && !undated;
  }

  /**
   * The rows of {@code table} (with doc_id and report_year) of the documents {@code wanted} (with
   * doc_id), read from the files of these years only; these years must be {@code wanted}'s.
   */
  public Dataset<Row> rowsOf(Dataset<Row> table, Dataset<Row> wanted) {
    return table.filter(contain()).join(wanted.select("doc_id"), new String[] {"doc_id"}, "left_semi");
  }

  /** Whether a row's {@code report_year} is one of these years (or null, when one was undated). */
  public Column contain() {
    Column in = col("report_year").isin(dated.toArray());
    return undated ? in.or(col("report_year").isNull()) : in;
  }
}
