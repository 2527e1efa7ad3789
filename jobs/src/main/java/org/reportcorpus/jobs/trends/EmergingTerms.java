package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.reportcorpus.jobs.config.TrendSettings;

/**
 * Terms that rise most against the previous years, by the measure each year's text allows.
 *
 * <ol>
 *   <li>measure: a year with at least {@code minDocs} documents compares document shares; a year
 *       with fewer documents but at least {@code minChars} characters compares occurrences per
 *       10,000 characters, as the Ngram Viewer does (one report a year cannot give a share other
 *       than 0 or 1); a year with neither gets no measure;
 *   <li>score: log((x + a) / (baseline + a)), x the year's figure under its measure, baseline the
 *       mean figure over up to {@code baselineYears} earlier years with documents, a the measure's
 *       additive smoothing ({@code smoothing} for shares, {@code smoothingPer10k} for rates), so
 *       new terms stay finite;
 *   <li>support: at least {@code minDocs} documents mention the term that year (doc_share), or it
 *       occurs at least {@code minOccurrences} times (per_10k_chars);
 *   <li>rank: the top {@code top} rising terms per year, with the figures behind each score;
 *   <li>years: per year its measure, how many terms it ranked and, when none, why.
 * </ol>
 *
 * Candidates have document counts only, so they are ranked in document-share years alone.
 */
public final class EmergingTerms {

  public static final String DOC_SHARE = "doc_share";
  public static final String PER_10K_CHARS = "per_10k_chars";

  private EmergingTerms() {}

  /**
   * @param yearly (term, source, year, n_docs, n_docs_mentioning) and, for series with character
   *     counts, (occurrences, n_chars) — dictionary terms and candidates
   */
  public static Dataset<Row> rank(Dataset<Row> yearly, TrendSettings.Emerging settings) {
    Dataset<Row> scored = score(yearly, settings)
        .filter(col("baseline_years").gt(0).and(col("supported")));
    var byYear = Window.partitionBy("year").orderBy(col("log_ratio").desc(), col("term"));
    return scored.withColumn("rank", row_number().over(byYear))
        .filter(col("rank").leq(settings.top()).and(col("log_ratio").gt(0)))
        .select(col("year"), col("term"), col("source"), col("measure"), col("n_docs"), col("n_docs_mentioning"),
            col("doc_share"), col("baseline_share"), col("occurrences"), col("n_chars"), col("per_10k_chars"),
            col("baseline_per_10k"), col("baseline_years"), col("log_ratio"), col("rank"));
  }

  /**
   * (year, n_docs, n_chars, measure, baseline_years, n_terms, reason): every year of the series,
   * the measure its terms were ranked by (null: too little text), how many it ranked, and why none.
   *
   * @param ranked the rows {@link #rank} gave for {@code yearly}
   */
  public static Dataset<Row> years(Dataset<Row> yearly, Dataset<Row> ranked, TrendSettings.Emerging settings) {
    String thin = "fewer than " + TrendSettings.EMERGING_MIN_DOCS + " = " + settings.minDocs() + " documents and fewer than "
        + TrendSettings.EMERGING_MIN_CHARS + " = " + settings.minChars() + " characters";
    String noBaseline = "no earlier year with documents within " + TrendSettings.EMERGING_BASELINE_YEARS + " = "
        + settings.baselineYears();
    String noShareRise = "no term in at least " + TrendSettings.EMERGING_MIN_DOCS + " = " + settings.minDocs()
        + " documents rose above its baseline";
    String noRateRise = "no term with at least " + TrendSettings.EMERGING_MIN_OCCURRENCES + " = "
        + settings.minOccurrences() + " occurrences rose above its baseline";
    Dataset<Row> termsPerYear = ranked.groupBy("year").agg(count(lit(1)).as("n_terms"));
    return score(yearly, settings)
        .groupBy("year", "measure")
        .agg(max("n_docs").as("n_docs"), max("n_chars").as("n_chars"),
            coalesce(max("baseline_years"), lit(0)).as("baseline_years"))
        .join(termsPerYear, new String[] {"year"}, "left")
        .withColumn("n_terms", coalesce(col("n_terms"), lit(0L)))
        .withColumn("reason", when(col("measure").isNull(), lit(thin))
            .when(col("baseline_years").equalTo(0), lit(noBaseline))
            .when(col("n_terms").gt(0), lit(null).cast(DataTypes.StringType))
            .when(col("measure").equalTo(DOC_SHARE), lit(noShareRise))
            .otherwise(lit(noRateRise)))
        .select("year", "n_docs", "n_chars", "measure", "baseline_years", "n_terms", "reason");
  }

  /**
   * One line for the analyst: how many rows, which years were ranked by which measure, and why
   * the others have none. Collects {@code years} (a row per report year).
   */
  public static Summary summarize(Dataset<Row> years) {
    long rows = 0;
    Map<String, Integer> byMeasure = new LinkedHashMap<>(Map.of(DOC_SHARE, 0, PER_10K_CHARS, 0));
    Map<String, List<Integer>> yearsByReason = new TreeMap<>();
    for (Row year : years.orderBy("year").collectAsList()) { // one row per report year
      rows += year.<Long>getAs("n_terms");
      String measure = year.getAs("measure");
      if (measure != null && year.<Long>getAs("n_terms") > 0) {
        byMeasure.merge(measure, 1, Integer::sum);
      }
      String reason = year.getAs("reason");
      if (reason != null) {
        yearsByReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(year.getAs("year"));
      }
    }
    StringBuilder line = new StringBuilder("emerging_terms: " + rows + " rows; years ranked by " + DOC_SHARE + ": "
        + byMeasure.get(DOC_SHARE) + ", by " + PER_10K_CHARS + ": " + byMeasure.get(PER_10K_CHARS));
    if (rows == 0) {
      line.append(" — empty");
    }
    yearsByReason.forEach((reason, list) -> line.append("; no terms in ").append(list.size())
        .append(list.size() == 1 ? " year (" : " years (").append(yearList(list)).append("): ").append(reason));
    return new Summary(rows, line.toString());
  }

  /** What {@link #summarize} found: rows of emerging_terms, and the line that explains them. */
  public record Summary(long rows, String line) {}

  private static String yearList(List<Integer> years) {
    if (years.size() <= 8) {
      return years.toString().replaceAll("[\\[\\]]", "");
    }
    return years.subList(0, 4).toString().replaceAll("[\\[\\]]", "") + ", …, " + years.get(years.size() - 1);
  }

  /** Every term in every year: its measure, figures, baselines, score and whether it has support. */
  static Dataset<Row> score(Dataset<Row> yearly, TrendSettings.Emerging settings) {
    Dataset<Row> counted = withCharacterCounts(yearly);
    Dataset<Row> measures = counted.groupBy("year")
        .agg(max("n_docs").as("year_docs"), max("n_chars").as("year_chars"))
        .select(col("year"), when(col("year_docs").geq(settings.minDocs()), lit(DOC_SHARE))
            .when(col("year_chars").geq(settings.minChars()), lit(PER_10K_CHARS)).as("measure"));
    var previous = Window.partitionBy("term", "source").orderBy("year").rangeBetween(-settings.baselineYears(), -1);
    double a = settings.smoothing();
    double b = settings.smoothingPer10k();
    Column byShare = col("measure").equalTo(DOC_SHARE);
    Column byRate = col("measure").equalTo(PER_10K_CHARS);
    return counted.join(broadcast(measures), "year")
        .withColumn("doc_share", col("n_docs_mentioning").divide(col("n_docs")))
        .withColumn("per_10k_chars", when(col("n_chars").gt(0),
            col("occurrences").multiply(10000.0).divide(col("n_chars"))))
        .withColumn("baseline_share", avg("doc_share").over(previous))
        .withColumn("baseline_per_10k", avg("per_10k_chars").over(previous))
        .withColumn("baseline_years", count("doc_share").over(previous).cast("int"))
        .withColumn("log_ratio", when(byShare, log(col("doc_share").plus(a)).minus(log(col("baseline_share").plus(a))))
            .when(byRate, log(col("per_10k_chars").plus(b)).minus(log(col("baseline_per_10k").plus(b)))))
        .withColumn("supported", coalesce(when(byShare, col("n_docs_mentioning").geq(settings.minDocs()))
            .when(byRate, col("occurrences").geq(settings.minOccurrences())), lit(false)));
  }

  /** The series as given, with null occurrences and n_chars when it has none (candidates). */
  private static Dataset<Row> withCharacterCounts(Dataset<Row> yearly) {
    Dataset<Row> counted = yearly;
    for (String column : List.of("occurrences", "n_chars")) {
      if (!List.of(yearly.columns()).contains(column)) {
        counted = counted.withColumn(column, lit(null).cast(DataTypes.LongType));
      }
    }
    return counted;
  }

  /** Marks where a yearly series comes from: {@code dictionary} or {@code candidate}. */
  static Dataset<Row> tag(Dataset<Row> rows, String source) {
    return rows.withColumn("source", lit(source));
  }
}
