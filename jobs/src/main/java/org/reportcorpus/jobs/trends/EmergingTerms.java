package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.reportcorpus.jobs.config.TrendSettings;

/**
 * Terms whose share of documents rises most against the previous years: for each term and year,
 * log((share + a) / (baseline + a)) where baseline is the mean share over up to
 * {@code baselineYears} earlier years with documents, and a small additive smoothing keeps new
 * terms finite. Only terms mentioned in at least {@code minDocs} documents that year qualify;
 * the top {@code top} per year are kept, with the figures behind each score.
 */
public final class EmergingTerms {

  private EmergingTerms() {}

  /** @param yearly (term, source, year, n_docs, n_docs_mentioning) — dictionary terms and candidates */
  public static Dataset<Row> rank(Dataset<Row> yearly, TrendSettings.Emerging settings) {
    Dataset<Row> shares = yearly.withColumn("doc_share", col("n_docs_mentioning").divide(col("n_docs")));
    var previous = Window.partitionBy("term", "source").orderBy("year").rangeBetween(-settings.baselineYears(), -1);
    double a = settings.smoothing();
    Dataset<Row> scored = shares
        .withColumn("baseline_share", avg("doc_share").over(previous))
        .withColumn("baseline_years", count("doc_share").over(previous).cast("int"))
        .filter(col("baseline_years").gt(0).and(col("n_docs_mentioning").geq(settings.minDocs())))
        .withColumn("log_ratio", log(col("doc_share").plus(a)).minus(log(col("baseline_share").plus(a))));
    var byYear = Window.partitionBy("year").orderBy(col("log_ratio").desc(), col("term"));
    return scored.withColumn("rank", row_number().over(byYear))
        .filter(col("rank").leq(settings.top()).and(col("log_ratio").gt(0)))
        .select(col("year"), col("term"), col("source"), col("n_docs"), col("n_docs_mentioning"),
            col("doc_share"), col("baseline_share"), col("baseline_years"), col("log_ratio"), col("rank"));
  }

  /** Marks where a yearly series comes from: {@code dictionary} or {@code candidate}. */
  static Dataset<Row> tag(Dataset<Row> rows, String source) {
    return rows.withColumn("source", lit(source));
  }
}
