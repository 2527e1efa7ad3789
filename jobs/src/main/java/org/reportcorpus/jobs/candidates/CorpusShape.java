package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The size of the corpus candidates are found in: documents and characters in all, and
 * documents per report year (one small aggregate, one row per year, read on the driver). It sizes
 * the samples and splits the years into early and late for {@link
 * org.reportcorpus.udfs.discover.CandidateScore#rise}.
 *
 * @param docs       documents, dated or not
 * @param chars      characters of all documents
 * @param docsByYear documents per report year (undated ones left out)
 */
record CorpusShape(long docs, long chars, Map<Integer, Long> docsByYear) implements Serializable {

  CorpusShape {
    docsByYear = new TreeMap<>(docsByYear);
  }

  static CorpusShape of(Dataset<Row> documents) {
    long docs = 0;
    long chars = 0;
    Map<Integer, Long> byYear = new TreeMap<>();
    for (Row year : documents.groupBy("report_year")
        .agg(count(lit(1)).as("docs"), coalesce(sum("n_chars"), lit(0L)).as("chars"))
        .select(col("report_year"), col("docs"), col("chars"))
        .collectAsList()) {
      long yearDocs = year.getLong(1);
      docs += yearDocs;
      chars += year.getLong(2);
      if (!year.isNullAt(0)) {
        byYear.put(year.getInt(0), yearDocs);
      }
    }
    return new CorpusShape(docs, chars, byYear);
  }

  /**
   * The report year that splits the dated documents in halves: the first year by which more
   * than half of them are reached. Years before it are early, it and later years late. With no dated
   * document, {@link Integer#MIN_VALUE} (nothing is early).
   */
  int middleYear() {
    long dated = docsByYear.values().stream().mapToLong(Long::longValue).sum();
    long seen = 0;
    for (Map.Entry<Integer, Long> year : docsByYear.entrySet()) {
      seen += year.getValue();
      if (2 * seen > dated) {
        return year.getKey();
      }
    }
    return Integer.MIN_VALUE;
  }

  long docsBefore(int year) {
    return docsByYear.entrySet().stream().filter(e -> e.getKey() < year).mapToLong(Map.Entry::getValue).sum();
  }

  long docsFrom(int year) {
    return docsByYear.entrySet().stream().filter(e -> e.getKey() >= year).mapToLong(Map.Entry::getValue).sum();
  }

  @Override
  public String toString() {
    return docs + " documents, " + chars + " chars, report years " + docsByYear.keySet();
  }
}
