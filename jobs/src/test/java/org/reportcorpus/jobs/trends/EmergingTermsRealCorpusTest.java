package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.TrendSettings;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.OpenCcOracle;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.analysis.TestCorpus;

/**
 * Emerging terms on ../shared/corpus (the seed warehouse) with the default emerging settings: one
 * national work report a year (plus a seed report in a few years) is below corpus.emerging.min_docs,
 * so every year with enough text is ranked by occurrences per 10,000 characters, and the others
 * say why not.
 */
class EmergingTermsRealCorpusTest {

  private static TableStore store;

  @BeforeAll
  static void ingestAndTrend() {
    // The seed warehouse: ingest, tokenize, candidates, trends … over ../shared/corpus, emerging defaults.
    CorpusConfig config = SeedWarehouse.get();
    store = CorpusRun.of(SharedSpark.get(), config).store();
  }

  /** The 2021 report (report year 2020) is the first to say 数字政府; its rate is counted again here. */
  @Test
  void digitalGovernmentEmergesIn2020ByItsFrequencyPer10kCharacters() {
    String report2021 = TestCorpus.workReports().stream().filter(r -> Integer.valueOf(2021).equals(r.year()))
        .findFirst().orElseThrow().content();
    int occurrences = OpenCcOracle.count(OpenCcOracle.simplify(report2021), "数字政府");
    long chars = store.read(Tables.DOCUMENTS).filter(col("report_year").equalTo(2020)).select("text")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream()
        .mapToLong(text -> text.codePointCount(0, text.length())).sum();
    double per10k = occurrences * 10_000.0 / chars;

    Row emerging = store.read(Tables.EMERGING_TERMS).filter("year = 2020 AND term = '数字政府'").first();
    assertEquals("per_10k_chars", emerging.getAs("measure"));
    assertEquals(2L, (long) occurrences, "the 2021 report says 数字政府 twice");
    assertEquals((long) occurrences, emerging.<Long>getAs("occurrences"));
    assertEquals(chars, emerging.<Long>getAs("n_chars"));
    assertEquals(per10k, emerging.<Double>getAs("per_10k_chars"), 1e-12);
    assertEquals(0.0, emerging.<Double>getAs("baseline_per_10k"), "never said before");
    double smoothing = TrendSettings.Emerging.DEFAULT_SMOOTHING_PER_10K;
    assertEquals(Math.log((per10k + smoothing) / smoothing), emerging.<Double>getAs("log_ratio"), 1e-12);
    assertEquals(1L, emerging.<Long>getAs("n_docs"));
  }

  @Test
  void yearsWithEnoughTextHaveTermsByRateAndTheOthersSayWhy() {
    Map<Integer, Row> years = store.read(Tables.EMERGING_YEARS).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<Integer>getAs("year"), r -> r));
    List<Integer> reportYears = store.read(Tables.DOCUMENTS).filter(col("report_year").isNotNull())
        .select("report_year").distinct().as(org.apache.spark.sql.Encoders.INT()).collectAsList();
    assertEquals(reportYears.size(), years.size(), "one row per report year");
    long minChars = TrendSettings.Emerging.DEFAULT_MIN_CHARS;
    for (Row year : years.values()) {
      assertTrue(year.<Long>getAs("n_docs") < 3, year.toString());
      if (year.<Long>getAs("n_chars") >= minChars) {
        assertEquals("per_10k_chars", year.getAs("measure"), year.toString());
      } else {
        assertNull(year.getAs("measure"), year.toString());
        assertTrue(year.<String>getAs("reason").contains("corpus.emerging.min_chars = " + minChars), year.toString());
      }
      assertTrue(year.<Long>getAs("n_terms") > 0 || year.getAs("reason") != null, "no terms and no reason: " + year);
    }
    // The 1975 report (report year 1974) is 5 to 6 thousand characters: too little text.
    assertNull(years.get(1974).getAs("measure"));
    assertEquals(0L, years.get(1974).<Long>getAs("n_terms"));
    // After a gap of more than baseline_years there is nothing to compare with.
    for (int afterGap : List.of(1953, 1963, 1991)) {
      assertEquals("no earlier year with documents within corpus.emerging.baseline_years = 3",
          years.get(afterGap).getAs("reason"), years.get(afterGap).toString());
    }
    // The vocabulary's era (放管服, 营商环境, 数字政府, 习近平法治思想 …): every year has rising terms.
    for (int year = 2014; year <= 2024; year++) {
      if (years.containsKey(year)) {
        assertTrue(years.get(year).<Long>getAs("n_terms") > 0, years.get(year).toString());
      }
    }

    long rows = store.read(Tables.EMERGING_TERMS).count();
    assertTrue(rows > 0);
    assertEquals(rows, years.values().stream().mapToLong(r -> r.<Long>getAs("n_terms")).sum());
    assertEquals(rows, store.read(Tables.EMERGING_TERMS).filter(col("measure").equalTo("per_10k_chars")).count());
  }
}
