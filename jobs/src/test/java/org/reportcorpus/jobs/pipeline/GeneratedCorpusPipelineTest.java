package org.reportcorpus.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;

/**
 * The pipeline over a generated corpus whose answer is known: term trends and metadata must
 * equal the generator's ground truth (read from its truth files, not recomputed from text).
 */
class GeneratedCorpusPipelineTest {

  private static Path sample;
  private static CorpusConfig config;
  private static TableStore store;

  @BeforeAll
  static void generateAndRun() throws IOException {
    sample = Fixtures.tempDir("generated-sample");
    SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
        "--out", sample.toString(), "--reports", "160", "--years", "2016-2023", "--seed", "11",
        "--terms", Fixtures.terms().toString()}));
    config = Fixtures.config(Fixtures.tempDir("generated-warehouse"), List.of(
        sample.resolve("txt-utf8"), sample.resolve("txt-gb18030"), sample.resolve("jsonl")));
    SparkSession spark = SharedSpark.get();
    CorpusRun run = Sessions.prepare(spark, config);
    PipelineJob.run(run, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    store = run.store();
  }

  @Test
  void everyReportIsOneDocumentWithItsRegionAndYear() throws IOException {
    List<Map<String, String>> truth = Fixtures.readTsv(sample.resolve("truth/documents.tsv"));
    Map<String, Row> bySource = new HashMap<>();
    for (Row doc : store.read(Tables.DOCUMENTS).collectAsList()) {
      bySource.put(relative(doc.getAs("source_path")), doc);
    }
    assertEquals(0, store.read(Tables.REJECTS).count());
    assertEquals(truth.size(), bySource.size());
    List<String> wrong = new ArrayList<>();
    for (Map<String, String> expected : truth) {
      Row doc = bySource.get(expected.get("source"));
      if (doc == null) {
        wrong.add("missing " + expected.get("source"));
        continue;
      }
      check(wrong, expected, "region_code", doc.getAs("region_code"));
      check(wrong, expected, "region_name", doc.getAs("region_name"));
      check(wrong, expected, "province", doc.getAs("province"));
      check(wrong, expected, "admin_level", doc.getAs("admin_level"));
      check(wrong, expected, "report_year", String.valueOf((Object) doc.getAs("report_year")));
      check(wrong, expected, "published_date", String.valueOf((Object) doc.getAs("published_date")));
      check(wrong, expected, "encoding", doc.getAs("encoding"));
      check(wrong, expected, "n_chars", String.valueOf((Object) doc.getAs("n_chars")));
    }
    assertEquals(List.of(), wrong);
  }

  /** National, province and prefecture trends (all document types, whole documents) equal the truth. */
  @Test
  void termTrendsEqualTheGroundTruthAtEveryLevel() throws IOException {
    List<Map<String, String>> docs = Fixtures.readTsv(sample.resolve("truth/documents.tsv"));
    Map<String, Map<String, String>> docBySource = new HashMap<>();
    docs.forEach(d -> docBySource.put(d.get("source"), d));
    // (level|geo_name|year) -> [n_docs, chars]; (level|geo_name|year|term) -> [docs mentioning, occurrences]
    Map<String, long[]> cells = new TreeMap<>();
    Map<String, long[]> mentions = new HashMap<>();
    for (Map<String, String> doc : docs) {
      for (String geo : geos(doc)) {
        long[] cell = cells.computeIfAbsent(geo + "|" + doc.get("report_year"), k -> new long[2]);
        cell[0]++;
        cell[1] += Long.parseLong(doc.get("n_chars"));
      }
    }
    for (Map<String, String> row : Fixtures.readTsv(sample.resolve("truth/term_counts.tsv"))) {
      Map<String, String> doc = docBySource.get(row.get("source"));
      for (String geo : geos(doc)) {
        long[] m = mentions.computeIfAbsent(geo + "|" + doc.get("report_year") + "|" + row.get("term"), k -> new long[2]);
        m[0]++;
        m[1] += Long.parseLong(row.get("occurrences"));
      }
    }
    Map<String, Row> trends = new HashMap<>();
    for (Row row : store.read(Tables.TERM_TRENDS).filter("doc_type = 'all' AND section_kind = 'all'").collectAsList()) {
      trends.put(row.getAs("geo_level") + "|" + row.getAs("geo_name") + "|" + row.getAs("year") + "|" + row.getAs("term"), row);
    }
    TermDictionary dictionary = TermDictionary.load(Fixtures.terms());
    assertEquals(dictionary.size() * cells.size(), trends.size(), "every term in every non-empty cell");
    List<String> wrong = new ArrayList<>();
    int planted = 0;
    for (TermEntry term : dictionary.entries()) {
      for (Map.Entry<String, long[]> cell : cells.entrySet()) {
        String key = cell.getKey() + "|" + term.term();
        long[] expected = mentions.getOrDefault(key, new long[2]);
        planted += expected[0] > 0 ? 1 : 0;
        Row actual = trends.get(key);
        if (actual == null) {
          wrong.add("missing " + key);
          continue;
        }
        long nDocs = actual.getAs("n_docs");
        long nMentioning = actual.getAs("n_docs_mentioning");
        long occurrences = actual.getAs("occurrences");
        double share = actual.getAs("doc_share");
        double low = actual.getAs("doc_share_low");
        double high = actual.getAs("doc_share_high");
        double perTenK = actual.getAs("per_10k_chars");
        if (nDocs != cell.getValue()[0] || nMentioning != expected[0] || occurrences != expected[1]
            || Math.abs(share - (double) expected[0] / cell.getValue()[0]) > 1e-12
            || Math.abs(perTenK - expected[1] * 10000.0 / cell.getValue()[1]) > 1e-9
            || !(low <= share + 1e-12 && share <= high + 1e-12 && low >= 0 && high <= 1 + 1e-12)) {
          wrong.add(key + ": expected docs=" + cell.getValue()[0] + " mentioning=" + expected[0]
              + " occ=" + expected[1] + " but got " + actual);
        }
      }
    }
    assertTrue(planted > 200, "the sample should plant many (cell, term) pairs, got " + planted);
    assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
  }

  /** National trends within achievements, shortcomings and plans equal the planted per-section truth. */
  @Test
  void sectionTrendsEqualThePlantedSectionTruth() throws IOException {
    Map<String, String> yearOf = new HashMap<>();
    Fixtures.readTsv(sample.resolve("truth/documents.tsv")).forEach(d -> yearOf.put(d.get("source"), d.get("report_year")));
    Map<String, long[]> expected = new TreeMap<>(); // kind|year|term -> docs mentioning, occurrences
    for (Map<String, String> row : Fixtures.readTsv(sample.resolve("truth/section_term_counts.tsv"))) {
      if (List.of("achievements", "shortcomings", "plans").contains(row.get("section_kind"))) {
        long[] m = expected.computeIfAbsent(row.get("section_kind") + "|" + yearOf.get(row.get("source")) + "|"
            + row.get("term"), k -> new long[2]);
        m[0]++;
        m[1] += Long.parseLong(row.get("occurrences"));
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (Row row : store.read(Tables.TERM_TRENDS).filter("geo_level = 'national' AND doc_type = 'all'"
        + " AND section_kind != 'all' AND n_docs_mentioning > 0").collectAsList()) {
      actual.put(row.getAs("section_kind") + "|" + row.getAs("year") + "|" + row.getAs("term"),
          row.getAs("n_docs_mentioning") + "/" + row.getAs("occurrences"));
    }
    Map<String, String> want = new TreeMap<>();
    expected.forEach((k, v) -> want.put(k, v[0] + "/" + v[1]));
    assertTrue(want.size() > 100, "planted section cells: " + want.size());
    assertEquals(want, actual);
  }

  /** term_diffusion's first year equals the generator's planted first year for every pair. */
  @Test
  void diffusionFirstYearsEqualThePlantedOnes() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    for (Map<String, String> row : Fixtures.readTsv(sample.resolve("truth/adoption.tsv"))) {
      expected.put(row.get("term") + "|" + row.get("region_code"), row.get("first_year"));
    }
    Map<String, String> actual = new TreeMap<>();
    for (Row row : store.read(Tables.TERM_DIFFUSION).collectAsList()) {
      actual.put(row.getAs("term") + "|" + row.getAs("region_code"), String.valueOf((Object) row.getAs("first_year")));
    }
    assertTrue(expected.size() > 100, "planted pairs: " + expected.size());
    assertEquals(expected, actual);
  }

  /** The S-curve: adoption share never exceeds 1 and cumulative adopters never fall. */
  @Test
  void adoptionCurvesAreCumulative() {
    List<Row> national = store.read(Tables.TERM_ADOPTION).filter("scope = 'national'").orderBy("term", "year").collectAsList();
    assertTrue(!national.isEmpty());
    String term = null;
    long previous = 0;
    for (Row row : national) {
      if (!row.getAs("term").equals(term)) {
        term = row.getAs("term");
        previous = 0;
      }
      long cumulative = row.getAs("regions_adopted_cumulative");
      assertTrue(cumulative >= previous, row.toString());
      assertTrue(row.<Double>getAs("adoption_share") <= 1.0, row.toString());
      assertTrue(row.<Long>getAs("regions_reporting_adopted") <= row.<Long>getAs("regions_reporting"), row.toString());
      previous = cumulative;
    }
  }

  private static List<String> geos(Map<String, String> doc) {
    List<String> geos = new ArrayList<>();
    geos.add("national|全国");
    if (!doc.get("province").isEmpty()) {
      geos.add("province|" + doc.get("province"));
    }
    if (!doc.get("prefecture").isEmpty()) {
      geos.add("prefecture|" + doc.get("prefecture"));
    }
    return geos;
  }

  private static void check(List<String> wrong, Map<String, String> expected, String column, String actual) {
    String want = expected.get(column);
    if (!want.equals(actual == null ? "" : actual)) {
      wrong.add(expected.get("source") + " " + column + ": expected " + want + " got " + actual);
    }
  }

  private static String relative(String sourcePath) {
    return sample.toAbsolutePath().relativize(Path.of(sourcePath.replaceAll("#L\\d+$", ""))).toString()
        + (sourcePath.matches(".*#L\\d+$") ? sourcePath.substring(sourcePath.lastIndexOf('#')) : "");
  }
}
