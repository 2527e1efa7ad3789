package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.udfs.stats.YearDigests;

/**
 * Writes a table whose rows of a report year depend only on the settings and on the documents of
 * the years within {@code half} years of it, rewriting only the years whose rows can have changed.
 * A warehouse note keeps a digest of each year's documents as the table was last written ({@link
 * YearDigests}: their number and hashes of the columns the rows read); a run compares them with
 * the documents now and replaces the rows of the years within {@code half} of a changed year,
 * computed from those years' documents and their neighbours. For a new year's reports that is the
 * new year (and, with a moving average, the years before it that reach it). The result equals a
 * full write, which runs when the note is missing (first run, or one killed inside the write: the
 * note is cleared before it) or was written under another basis (settings).
 *
 * @param table the table; its {@code yearColumn} holds the report year of each row
 * @param note the warehouse note of the digests
 * @param yearColumn the table's year column (partitioned by it in Delta)
 * @param digested the documents' columns the rows depend on besides their report year (doc_id
 *     first: the document's text, units and counts are fixed by it)
 * @param half years either side of a year whose documents its rows read (0: its own only), or
 *     {@link #EARLIER}
 * @param undated whether documents without a report year have rows (of a null year); only with
 *     {@code half} 0
 */
public record YearlyRewrite(Tables.TableDef table, String note, String yearColumn, List<String> digested, int half,
    boolean undated) {

  /**
   * {@code half} of a table whose rows of a year read the documents of that year and of every
   * earlier one (a first use, a cumulative count): a change rewrites its year and every later
   * one, and {@code rows} is given the documents of those years only, reading what it needs of
   * the earlier ones from tables (the rows being replaced are still readable).
   */
  public static final int EARLIER = -1;

  /**
   * Computes a table's rows from some documents: {@code years}, the years being rewritten (null
   * when every year is).
   */
  @FunctionalInterface
  public interface Rows {
    Dataset<Row> of(Dataset<Row> documents, SortedSet<Integer> years);
  }

  /** The digest key of the documents without a report year. */
  static final int UNDATED = Integer.MIN_VALUE;

  public YearlyRewrite {
    digested = List.copyOf(digested);
    if (undated && half != 0) {
      throw new IllegalArgumentException(table.name() + ": undated rows only for rows of one year's documents");
    }
  }

  /**
   * Brings the table up to date with {@code documents} (with report_year and the digested
   * columns); {@code rows} computes the table's rows from some of those documents. Returns which
   * years were written, for the log.
   */
  public String write(TableStore store, String basis, Dataset<Row> documents, UnaryOperator<Dataset<Row>> rows) {
    return write(store, basis, documents, (near, years) -> rows.apply(near));
  }

  /** As {@link #write(TableStore, String, Dataset, UnaryOperator)}, telling {@code rows} which years it writes. */
  public String write(TableStore store, String basis, Dataset<Row> documents, Rows rows) {
    YearDigests now = digests(documents, basis);
    YearDigests before = store.exists(table) ? YearDigests.parse(store.note(note)) : null;
    boolean whole = before == null || !before.basis().equals(now.basis());
    SortedSet<Integer> years = half == EARLIER ? now.toRewriteOnward(before) : now.toRewrite(before, half);
    if (!whole && years.isEmpty()) {
      return "no year's documents changed: nothing";
    }
    store.setNote(note, null);
    if (whole) {
      store.overwrite(table, rows.of(documents, null));
    } else {
      Dataset<Row> near = documents.filter(inYears(col("report_year"),
          half == EARLIER ? years : YearDigests.within(years, half)));
      store.overwriteWhere(table, rows.of(near, years).filter(inYears(col(yearColumn), years)), yearColumn,
          years.stream().filter(y -> y != UNDATED).toList(), years.contains(UNDATED));
    }
    store.setNote(note, now.line());
    return whole ? "every year" : "the years " + years.stream().map(y -> y == UNDATED ? "undated" : y.toString()).toList();
  }

  private static Column inYears(Column year, SortedSet<Integer> years) {
    Column in = year.isin(years.stream().filter(y -> y != UNDATED).toArray());
    return years.contains(UNDATED) ? in.or(year.isNull()) : in;
  }

  /** Per report year (and undated, if they have rows): the documents' number and the XOR and sum of their hashes. */
  YearDigests digests(Dataset<Row> documents, String basis) {
    Column hash = xxhash64(digested.stream().map(c -> col(c)).toArray(Column[]::new));
    Dataset<Row> counted = undated ? documents : documents.filter(col("report_year").isNotNull());
    SortedMap<Integer, YearDigests.Digest> years = new TreeMap<>();
    // One row per report year: a handful.
    for (Row year : counted.select(coalesce(col("report_year"), lit(UNDATED)).as("year"), hash.as("h"))
        .groupBy("year")
        .agg(count(lit(1)), bit_xor(col("h")), sum(col("h").bitwiseAND(lit(0xffffffffL))))
        .collectAsList()) {
      years.put(year.getInt(0), new YearDigests.Digest(year.getLong(1), year.getLong(2), year.getLong(3)));
    }
    return new YearDigests(basis + "/" + table.name() + "/" + half, years);
  }
}
