package org.reportcorpus.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.config.TrendSettings;

class EmergingTermsTest {

  private static final StructType YEARLY = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("year", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_docs", DataTypes.LongType, false),
      DataTypes.createStructField("n_docs_mentioning", DataTypes.LongType, false)));

  @Test
  void aTermThatTakesOffRanksFirstAndSteadyOrRareTermsDoNot() {
    Dataset<Row> yearly = SharedSpark.get().createDataFrame(List.of(
        // takes off in 2021: 0 → 0 → 50 %
        RowFactory.create("数字政府", "dictionary", 2019, 100L, 0L),
        RowFactory.create("数字政府", "dictionary", 2020, 100L, 0L),
        RowFactory.create("数字政府", "dictionary", 2021, 100L, 50L),
        // steady at 90 %
        RowFactory.create("行政复议", "dictionary", 2019, 100L, 90L),
        RowFactory.create("行政复议", "dictionary", 2020, 100L, 90L),
        RowFactory.create("行政复议", "dictionary", 2021, 100L, 90L),
        // new but below the minimum support of 3 documents
        RowFactory.create("一码通办", "candidate", 2020, 100L, 0L),
        RowFactory.create("一码通办", "candidate", 2021, 100L, 2L),
        // a candidate that doubles
        RowFactory.create("接诉即办", "candidate", 2020, 100L, 10L),
        RowFactory.create("接诉即办", "candidate", 2021, 100L, 20L)), YEARLY);

    List<Row> ranked = EmergingTerms.rank(yearly, new TrendSettings.Emerging(3, 3, 0.01, 20))
        .filter("year = 2021").orderBy("rank").collectAsList();

    assertEquals(2, ranked.size(), ranked.toString());
    assertEquals("数字政府", ranked.get(0).getAs("term"));
    assertEquals(0.0, ranked.get(0).<Double>getAs("baseline_share"));
    assertEquals(2, ranked.get(0).<Integer>getAs("baseline_years"));
    assertEquals(Math.log(0.51 / 0.01), ranked.get(0).<Double>getAs("log_ratio"), 1e-12);
    assertEquals("接诉即办", ranked.get(1).getAs("term"));
    assertEquals("candidate", ranked.get(1).getAs("source"));
    assertEquals(Math.log(0.21 / 0.11), ranked.get(1).<Double>getAs("log_ratio"), 1e-12);
  }

  private static final StructType YEARLY_WITH_CHARS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("year", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_docs", DataTypes.LongType, false),
      DataTypes.createStructField("n_docs_mentioning", DataTypes.LongType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, true),
      DataTypes.createStructField("n_chars", DataTypes.LongType, true)));

  /** One report a year, as the State Council's: 2019–2021 have enough text, 2022 does not. */
  private static Dataset<Row> oneReportAYear() {
    return SharedSpark.get().createDataFrame(List.of(
        // new in 2021: 2 occurrences in 16,000 characters = 1.25 per 10k
        RowFactory.create("数字政府", "dictionary", 2019, 1L, 0L, 0L, 20000L),
        RowFactory.create("数字政府", "dictionary", 2020, 1L, 0L, 0L, 20000L),
        RowFactory.create("数字政府", "dictionary", 2021, 1L, 1L, 2L, 16000L),
        RowFactory.create("数字政府", "dictionary", 2022, 1L, 1L, 5L, 5000L),
        // steady at 5 per 10k
        RowFactory.create("行政复议", "dictionary", 2019, 1L, 1L, 10L, 20000L),
        RowFactory.create("行政复议", "dictionary", 2020, 1L, 1L, 10L, 20000L),
        RowFactory.create("行政复议", "dictionary", 2021, 1L, 1L, 8L, 16000L),
        RowFactory.create("行政复议", "dictionary", 2022, 1L, 1L, 3L, 5000L),
        // new but mentioned once: below the support of 2 occurrences
        RowFactory.create("放管服", "dictionary", 2019, 1L, 0L, 0L, 20000L),
        RowFactory.create("放管服", "dictionary", 2020, 1L, 0L, 0L, 20000L),
        RowFactory.create("放管服", "dictionary", 2021, 1L, 1L, 1L, 16000L),
        RowFactory.create("放管服", "dictionary", 2022, 1L, 0L, 0L, 5000L),
        // from 1.0 to 2.5 per 10k
        RowFactory.create("一网通办", "dictionary", 2019, 1L, 1L, 2L, 20000L),
        RowFactory.create("一网通办", "dictionary", 2020, 1L, 1L, 2L, 20000L),
        RowFactory.create("一网通办", "dictionary", 2021, 1L, 1L, 4L, 16000L),
        RowFactory.create("一网通办", "dictionary", 2022, 1L, 0L, 0L, 5000L),
        // a candidate has document counts only
        RowFactory.create("接诉即办", "candidate", 2020, 1L, 0L, null, null),
        RowFactory.create("接诉即办", "candidate", 2021, 1L, 1L, null, null)), YEARLY_WITH_CHARS);
  }

  @Test
  void aYearWithTooFewDocumentsIsRankedByFrequencyPer10kCharacters() {
    List<Row> ranked = EmergingTerms.rank(oneReportAYear(), new TrendSettings.Emerging(3, 3, 0.01, 20))
        .orderBy("year", "rank").collectAsList();

    assertEquals(2, ranked.size(), ranked.toString());
    Row first = ranked.get(0);
    assertEquals(List.of(2021, "数字政府", "per_10k_chars", 2L, 16000L, 1.25, 0.0, 2),
        List.of(first.getAs("year"), first.getAs("term"), first.getAs("measure"), first.getAs("occurrences"),
            first.getAs("n_chars"), first.getAs("per_10k_chars"), first.getAs("baseline_per_10k"),
            first.getAs("baseline_years")));
    assertEquals(Math.log(1.35 / 0.1), first.<Double>getAs("log_ratio"), 1e-12);
    Row second = ranked.get(1);
    assertEquals("一网通办", second.getAs("term"));
    assertEquals(1.0, second.<Double>getAs("baseline_per_10k"), 1e-12);
    assertEquals(Math.log(2.6 / 1.1), second.<Double>getAs("log_ratio"), 1e-12);
  }

  @Test
  void everyYearSaysItsMeasureOrWhyItHasNoTerms() {
    Dataset<Row> yearly = oneReportAYear();
    TrendSettings.Emerging settings = new TrendSettings.Emerging(3, 3, 0.01, 20, 10_000, 2, 0.1);
    Dataset<Row> years = EmergingTerms.years(yearly, EmergingTerms.rank(yearly, settings), settings);
    Map<Integer, Row> byYear = years.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));

    assertEquals(4, byYear.size());
    assertEquals("per_10k_chars", byYear.get(2019).getAs("measure"));
    assertEquals("no earlier year with documents within corpus.emerging.baseline_years = 3",
        byYear.get(2019).getAs("reason"));
    assertEquals("no term with at least corpus.emerging.min_occurrences = 2 occurrences rose above its baseline",
        byYear.get(2020).getAs("reason"));
    assertEquals(2L, byYear.get(2021).<Long>getAs("n_terms"));
    assertNull(byYear.get(2021).getAs("reason"));
    assertNull(byYear.get(2022).getAs("measure"));
    assertEquals(5000L, byYear.get(2022).<Long>getAs("n_chars"));
    assertEquals("fewer than corpus.emerging.min_docs = 3 documents and fewer than corpus.emerging.min_chars = 10000"
        + " characters", byYear.get(2022).getAs("reason"));

    EmergingTerms.Summary summary = EmergingTerms.summarize(years);
    assertEquals(2, summary.rows());
    assertTrue(summary.line().startsWith("emerging_terms: 2 rows; years ranked by doc_share: 0, by per_10k_chars: 1;"),
        summary.line());
    assertTrue(summary.line().contains("no terms in 1 year (2022): fewer than corpus.emerging.min_docs = 3"),
        summary.line());
  }

  @Test
  void anEmptyResultSaysWhy() {
    Dataset<Row> yearly = oneReportAYear();
    TrendSettings.Emerging settings = new TrendSettings.Emerging(3, 3, 0.01, 20, 50_000, 2, 0.1);
    EmergingTerms.Summary summary = EmergingTerms.summarize(
        EmergingTerms.years(yearly, EmergingTerms.rank(yearly, settings), settings));
    assertEquals(0, summary.rows());
    assertEquals("emerging_terms: 0 rows; years ranked by doc_share: 0, by per_10k_chars: 0 — empty;"
        + " no terms in 4 years (2019, 2020, 2021, 2022): fewer than corpus.emerging.min_docs = 3 documents and"
        + " fewer than corpus.emerging.min_chars = 50000 characters", summary.line());
  }
}
