package org.reportcorpus.jobs.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportcorpus.jobs.cooccur.TestDocuments.document;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.AnalysisSet;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.terms.TermDictionary;

class CooccurrenceJobTest {

  private static final String TERMS = String.join("\n",
      "term\tcategory\taliases",
      "数字政府\t数字化",
      "一网通办\t政务服务",
      "放管服\t政务服务",
      "营商环境\t政务服务",
      "跨省通办\t政务服务\t异地通办");

  private static final TermDictionary DICTIONARY = TermDictionary.parse(TERMS);
  private static final double LN2 = Math.log(2);

  /**
   * Four documents with text (d4 without any term), one with a null text, one near duplicate.
   * Sentences: d1 {数字政府, 一网通办} {营商环境}; d2 {数字政府, 一网通办} {放管服};
   * d3 {放管服, 营商环境} {跨省通办 via its alias}; d4 {} — seven in all.
   */
  private static Dataset<Row> documents() {
    return TestDocuments.documents(
        document("d1", "推进数字政府建设,实现一网通办。优化营商环境。", 2021, null, null),
        document("d2", "数字政府和一网通办同步推进;深化放管服。", 2021, null, null),
        document("d3", "深化放管服改革,持续优化营商环境。\n推行异地通办。", 2022, null, null),
        document("d4", "本年度无相关内容。", 2022, null, null),
        document("d5", null, 2022, null, null),
        document("d6", "推进数字政府建设,实现一网通办。优化营商环境!", 2021, null, null));
  }

  private static final Object[] ALWAYS_TOGETHER_IN_DOCUMENTS = row("一网通办", "数字政府", "document", 2, 2, 2, 4, 1.0);
  private static final Object[] ALWAYS_TOGETHER_IN_SENTENCES = row("一网通办", "数字政府", "sentence", 2, 2, 2, 7, 1.0);

  /** term_a, term_b, level, n_both, n_a, n_b, n_units, npmi; ordered by level, term_a, term_b. */
  private static final List<Object[]> EXPECTED = List.of(
      // document level: 4 documents (d5 has no text, d6 is a near duplicate)
      row("一网通办", "放管服", "document", 1, 2, 2, 4, 0.0), // independent: p(a,b) = p(a) p(b)
      ALWAYS_TOGETHER_IN_DOCUMENTS,
      row("一网通办", "营商环境", "document", 1, 2, 2, 4, 0.0),
      row("放管服", "数字政府", "document", 1, 2, 2, 4, 0.0),
      row("放管服", "营商环境", "document", 1, 2, 2, 4, 0.0),
      row("放管服", "跨省通办", "document", 1, 2, 1, 4, LN2 / Math.log(4)),
      row("数字政府", "营商环境", "document", 1, 2, 2, 4, 0.0),
      row("营商环境", "跨省通办", "document", 1, 2, 1, 4, LN2 / Math.log(4)),
      // sentence level: 7 sentences
      ALWAYS_TOGETHER_IN_SENTENCES,
      row("放管服", "营商环境", "sentence", 1, 2, 2, 7, Math.log(7.0 / 4) / Math.log(7)));

  private static Object[] row(String a, String b, String level, long both, long na, long nb, long units, double npmi) {
    return new Object[] {a, b, level, both, na, nb, units, npmi};
  }

  @Test
  void countsPairsPerDocumentAndPerSentenceWithNpmi() {
    Dataset<Row> documents = AnalysisSet.defaults().apply(documents(), TestDocuments.duplicates("d1", "d6"));

    List<Row> rows = CooccurrenceJob.cooccurrence(CooccurrenceJob.countUnits(documents, DICTIONARY), 1)
        .orderBy("level", "term_a", "term_b").collectAsList();

    assertRows(EXPECTED, rows);
  }

  @Test
  void minBothLeavesOutRarePairs() {
    List<Row> rows = CooccurrenceJob.cooccurrence(CooccurrenceJob.countUnits(
            AnalysisSet.defaults().apply(documents(), TestDocuments.duplicates("d1", "d6")), DICTIONARY), 2)
        .orderBy("level", "term_a", "term_b").collectAsList();

    assertRows(List.of(ALWAYS_TOGETHER_IN_DOCUMENTS, ALWAYS_TOGETHER_IN_SENTENCES), rows);
  }

  @Test
  void unitCountsHoldUnitsTermsAndPairsPerYearAndLevel() {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : CooccurrenceJob.countUnits(documents(), DICTIONARY).collectAsList()) {
      counts.put(row.getAs("report_year") + "/" + row.getAs("level") + "/" + row.getAs("kind") + "/"
          + row.getAs("term_a") + "/" + row.getAs("term_b"), row.getAs("n"));
    }
    // the near duplicate d6 is not removed here: 2021 d1, d2, d6 (6 sentences); 2022 d3, d4 (3)
    assertEquals(3L, counts.get("2021/document/units/null/null"));
    assertEquals(2L, counts.get("2022/document/units/null/null"));
    assertEquals(6L, counts.get("2021/sentence/units/null/null"));
    assertEquals(3L, counts.get("2022/sentence/units/null/null"));
    assertEquals(3L, counts.get("2021/document/term/数字政府/null"));
    assertEquals(null, counts.get("2022/document/term/数字政府/null"));
    assertEquals(3L, counts.get("2021/sentence/pair/一网通办/数字政府"));
    assertEquals(1L, counts.get("2022/document/term/跨省通办/null"));
    assertEquals(1L, counts.get("2021/document/term/放管服/null"));
    assertEquals(1L, counts.get("2022/document/term/放管服/null"));
  }

  @Test
  void aNewYearRewritesItsOwnCountsAndTheSumEqualsAFullCount() throws IOException {
    Path warehouse = Fixtures.tempDir("cooccur-years");
    CorpusConfig config = config(warehouse);
    TableStore store = new TableStore(SharedSpark.get(), config.warehouse(), config.format());
    store.overwrite(Tables.DUPLICATES, TestDocuments.duplicates("d1", "d6"));
    store.overwrite(Tables.DOCUMENTS, documents().filter("report_year = 2021"));
    CooccurrenceJob.run(CorpusRun.of(SharedSpark.get(), config));

    store.overwrite(Tables.DOCUMENTS, documents());
    CooccurrenceJob.run(CorpusRun.of(SharedSpark.get(), config));

    Row write = DeltaTable.forPath(SharedSpark.get(), store.path(Tables.COOCCURRENCE_COUNTS)).history(1).first();
    String predicate = write.<scala.collection.Map<String, String>>getAs("operationParameters").get("predicate").get();
    assertTrue(predicate.contains("2022") && !predicate.contains("2021"), predicate);
    assertRows(EXPECTED, store.read(Tables.TERM_COOCCURRENCE).orderBy("level", "term_a", "term_b").collectAsList());
  }

  @Test
  void runWritesTheTableFromTheWarehouse() throws IOException {
    Path warehouse = Fixtures.tempDir("cooccur-warehouse");
    CorpusConfig config = config(warehouse);
    TableStore store = new TableStore(SharedSpark.get(), config.warehouse(), config.format());
    store.overwrite(Tables.DOCUMENTS, documents());
    store.overwrite(Tables.DUPLICATES, TestDocuments.duplicates("d1", "d6"));

    CooccurrenceJob.run(CorpusRun.of(SharedSpark.get(), config));

    assertRows(EXPECTED, store.read(Tables.TERM_COOCCURRENCE).orderBy("level", "term_a", "term_b").collectAsList());
  }

  private static CorpusConfig config(Path warehouse) throws IOException {
    Path terms = warehouse.resolve("terms.tsv");
    Files.createDirectories(warehouse);
    Files.writeString(terms, TERMS, StandardCharsets.UTF_8);
    return CorpusConfig.of(Map.of(
        "corpus.warehouse", warehouse.toString(),
        "corpus.terms", terms.toString(),
        "corpus.rules", Fixtures.repoRoot().resolve("conf").toString()), List.of());
  }

  @Test
  void termsAreOrderedByCodePointLikeSpark() {
    // U+FF5E sorts before U+20000 by code point (and in Spark), after it by UTF-16 unit
    assertTrue(TermUnitCounter.compareCodePoints("\uFF5E", "\uD840\uDC00") < 0);
    assertTrue(TermUnitCounter.compareCodePoints("放管服", "数字政府") < 0);
    assertTrue(TermUnitCounter.compareCodePoints("数字", "数字政府") < 0);
    assertEquals(0, TermUnitCounter.compareCodePoints("数字", "数字"));
  }

  private static void assertRows(List<Object[]> expected, List<Row> rows) {
    List<String> actual = new ArrayList<>();
    rows.forEach(r -> actual.add(r.toString()));
    assertEquals(expected.size(), rows.size(), String.join("\n", actual));
    for (int i = 0; i < expected.size(); i++) {
      Object[] want = expected.get(i);
      Row got = rows.get(i);
      for (int c = 0; c < 7; c++) {
        assertEquals(want[c], got.get(c), "row " + i + " column " + c + ": " + got);
      }
      assertEquals((double) want[7], got.getDouble(7), 1e-12, "npmi of " + got);
    }
  }
}
