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
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.generate.GeneratorOptions;
import org.reportcorpus.jobs.generate.SampleCorpusGenerator;
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
    Sessions.prepare(spark, config);
    PipelineJob.run(spark, config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    store = new TableStore(spark, config.warehouse(), config.format());
  }

  @Test
  void everyReportIsOneDocumentWithItsRegionAndYear() throws IOException {
    List<Map<String, String>> truth = readTsv(sample.resolve("truth/documents.tsv"));
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

  @Test
  void termTrendsEqualTheGroundTruth() throws IOException {
    Map<String, Integer> yearOf = new HashMap<>();
    Map<Integer, long[]> docsAndChars = new TreeMap<>();
    for (Map<String, String> doc : readTsv(sample.resolve("truth/documents.tsv"))) {
      int year = Integer.parseInt(doc.get("report_year"));
      yearOf.put(doc.get("source"), year);
      long[] agg = docsAndChars.computeIfAbsent(year, y -> new long[2]);
      agg[0]++;
      agg[1] += Long.parseLong(doc.get("n_chars"));
    }
    Map<String, long[]> mentions = new HashMap<>(); // term|year -> docs, occurrences
    for (Map<String, String> row : readTsv(sample.resolve("truth/term_counts.tsv"))) {
      long[] agg = mentions.computeIfAbsent(row.get("term") + "|" + yearOf.get(row.get("source")), k -> new long[2]);
      agg[0]++;
      agg[1] += Long.parseLong(row.get("occurrences"));
    }
    Map<String, Row> trends = new HashMap<>();
    for (Row row : store.read(Tables.TERM_TRENDS).collectAsList()) {
      trends.put(row.getAs("term") + "|" + row.getAs("year"), row);
    }
    TermDictionary dictionary = TermDictionary.load(Fixtures.terms());
    assertEquals(dictionary.size() * docsAndChars.size(), trends.size());
    List<String> wrong = new ArrayList<>();
    int planted = 0;
    for (TermEntry term : dictionary.entries()) {
      for (Map.Entry<Integer, long[]> year : docsAndChars.entrySet()) {
        String key = term.term() + "|" + year.getKey();
        long[] expected = mentions.getOrDefault(key, new long[2]);
        planted += expected[0] > 0 ? 1 : 0;
        Row actual = trends.get(key);
        long nDocs = actual.getAs("n_docs");
        long nMentioning = actual.getAs("n_docs_mentioning");
        long occurrences = actual.getAs("occurrences");
        double perTenK = actual.getAs("per_10k_chars");
        double share = actual.getAs("doc_share");
        if (nDocs != year.getValue()[0] || nMentioning != expected[0] || occurrences != expected[1]
            || Math.abs(share - (double) expected[0] / year.getValue()[0]) > 1e-12
            || Math.abs(perTenK - expected[1] * 10000.0 / year.getValue()[1]) > 1e-9) {
          wrong.add(key + ": expected docs=" + year.getValue()[0] + " mentioning=" + expected[0]
              + " occ=" + expected[1] + " but got " + actual);
        }
      }
    }
    assertTrue(planted > 50, "the sample should plant many (term, year) pairs, got " + planted);
    assertEquals(List.of(), wrong);
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

  static List<Map<String, String>> readTsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cols.length ? cols[i] : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
