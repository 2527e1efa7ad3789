package org.reportcorpus.jobs.keywords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.reportcorpus.jobs.cooccur.TestDocuments.document;
import static org.reportcorpus.jobs.cooccur.TestDocuments.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.AnalysisSet;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.cooccur.TestDocuments;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.stats.KeywordExtractor;
import org.reportcorpus.udfs.stats.Stopwords;

class KeywordsJobTest {

  private static final String JS = "320000";
  private static final String ZJ = "330000";

  private static final KeywordExtractor EXTRACTOR =
      new KeywordExtractor(Set.of("推进", "工作"), List.of("n", "v"), Set.of("nr", "ns"), 2);

  /**
   * Six documents count (N = 6); f is a near duplicate of c. Every document has 法治 政府, so they
   * and the phrase 法治政府 weigh 0. 数字政府 is 2021's own word.
   */
  private static Dataset<Row> documents() {
    return TestDocuments.documents(
        document("a", "-", 2020, JS, "江苏省"),
        document("b", "-", 2020, ZJ, "浙江省"),
        document("c", "-", 2021, JS, "江苏省"),
        document("d", "-", 2021, ZJ, "浙江省"),
        document("e", "-", null, ZJ, "浙江省"),
        document("f", "-", 2021, JS, "江苏省"),
        document("g", "-", 2020, null, null));
  }

  private static Dataset<Row> tokenTable() {
    return TestDocuments.tokenTable(documents(),
        tokens("a", "法治/n 政府/n ,/w 营商环境/nz ,/w 优化/v 营商环境/nz"),
        tokens("b", "法治/n 政府/n ,/w 营商环境/nz ,/w 推进/v 工作/vn 江苏/ns"),
        tokens("c", "法治/n 政府/n ,/w 数字政府/nz ,/w 数字政府/nz ,/w 数字政府/nz ,/w 营商环境/nz"),
        tokens("d", "法治/n 政府/n ,/w 数字政府/nz 建设/vn 2021/m"),
        tokens("e", "法治/n 政府/n ,/w 建设/vn"),
        tokens("f", "法治/n 政府/n ,/w 数字政府/nz ,/w 数字政府/nz ,/w 数字政府/nz ,/w 数字政府/nz"),
        tokens("g", "法治/n 政府/n ,/w 营商环境/nz"));
  }

  /** tf × ln((1 + 6) / (1 + df)). */
  private static double tfidf(long tf, long df) {
    return tf * Math.log(7.0 / (1 + df));
  }

  @Test
  void rankAYearsDistinctiveWordsFirst() {
    Dataset<Row> cells = cells();

    List<Row> rows = KeywordsJob.keywordsByYear(cells, corpusSize(), 10).orderBy("year", "rank").collectAsList();

    assertRows(List.of(
            new Object[] {2020, "营商环境", tfidf(4, 4), 4L, 3L, 1}, // a twice, b, g
            new Object[] {2020, "优化", tfidf(1, 1), 1L, 1L, 2},
            new Object[] {2020, "优化营商环境", tfidf(1, 1), 1L, 1L, 3}, // tie broken by keyword
            new Object[] {2021, "数字政府", tfidf(4, 2), 4L, 2L, 1}, // c three times, d once; f left out
            new Object[] {2021, "数字政府建设", tfidf(1, 1), 1L, 1L, 2},
            new Object[] {2021, "建设", tfidf(1, 2), 1L, 1L, 3},
            new Object[] {2021, "营商环境", tfidf(1, 4), 1L, 1L, 4}),
        rows);
  }

  @Test
  void topKCutsEachGroup() {
    List<Row> rows = KeywordsJob.keywordsByYear(cells(), corpusSize(), 1).orderBy("year").collectAsList();

    assertRows(List.of(
            new Object[] {2020, "营商环境", tfidf(4, 4), 4L, 3L, 1},
            new Object[] {2021, "数字政府", tfidf(4, 2), 4L, 2L, 1}),
        rows);
  }

  @Test
  void rankProvincesAgainstTheWholeCorpus() {
    List<Row> rows = KeywordsJob.keywordsByProvince(cells(), corpusSize(), 10)
        .orderBy("province_code", "rank").collectAsList();

    assertRows(List.of(
            new Object[] {JS, "江苏省", "数字政府", tfidf(3, 2), 3L, 1L, 1},
            new Object[] {JS, "江苏省", "优化", tfidf(1, 1), 1L, 1L, 2},
            new Object[] {JS, "江苏省", "优化营商环境", tfidf(1, 1), 1L, 1L, 3},
            new Object[] {JS, "江苏省", "营商环境", tfidf(3, 4), 3L, 2L, 4},
            new Object[] {ZJ, "浙江省", "建设", tfidf(2, 2), 2L, 2L, 1},
            new Object[] {ZJ, "浙江省", "数字政府建设", tfidf(1, 1), 1L, 1L, 2},
            new Object[] {ZJ, "浙江省", "数字政府", tfidf(1, 2), 1L, 1L, 3},
            new Object[] {ZJ, "浙江省", "营商环境", tfidf(1, 4), 1L, 1L, 4}),
        rows);
  }

  @Test
  void corpusSizeCountsDocumentsWithoutYearOrProvinceButNotNearDuplicates() {
    assertEquals(6L, corpusSize().first().getLong(0));
  }

  @Test
  void runReadsTheStopwordsOfTheConfFolderAndWritesBothTables() throws IOException {
    Path warehouse = Fixtures.tempDir("keywords-warehouse");
    CorpusConfig config = Fixtures.config(warehouse, List.of());
    TableStore store = new TableStore(SharedSpark.get(), config.warehouse(), config.format());
    store.overwrite(Tables.DOCUMENTS, documents());
    store.overwrite(Tables.TOKENS, tokenTable());
    store.overwrite(Tables.DUPLICATES, TestDocuments.duplicates("c", "f"));

    KeywordsJob.run(CorpusRun.of(SharedSpark.get(), config));

    List<Row> byYear = store.read(Tables.KEYWORDS_BY_YEAR).filter("year = 2021").orderBy("rank").collectAsList();
    assertEquals("数字政府", byYear.get(0).getAs("keyword"));
    assertEquals(tfidf(4, 2), (double) byYear.get(0).getAs("tfidf"), 1e-12);
    List<Row> byProvince = store.read(Tables.KEYWORDS_BY_PROVINCE).filter("province_code = '330000'")
        .orderBy("rank").collectAsList();
    assertEquals("浙江省", byProvince.get(0).getAs("province"));
    Set<String> stopwords = new java.util.HashSet<>(
        Stopwords.parse(Files.readString(Fixtures.repoRoot().resolve("conf/stopwords.txt"))));
    stopwords.addAll(Stopwords.parse(Files.readString(Fixtures.repoRoot().resolve("conf/report_words.txt"))));
    for (Row row : store.read(Tables.KEYWORDS_BY_YEAR).select("keyword")
        .union(store.read(Tables.KEYWORDS_BY_PROVINCE).select("keyword")).collectAsList()) {
      String keyword = row.getString(0);
      assertFalse(stopwords.contains(keyword), keyword + " is in conf/stopwords.txt or conf/report_words.txt");
    }
  }

  private static Dataset<Row> keywordDocuments() {
    return KeywordsJob.keywordDocuments(tokenTable(), AnalysisSet.defaults().apply(documents(), TestDocuments.duplicates("c", "f")));
  }

  private static Dataset<Row> cells() {
    return KeywordsJob.keywordCells(keywordDocuments(), EXTRACTOR);
  }

  private static Dataset<Row> corpusSize() {
    return KeywordsJob.corpusSize(keywordDocuments());
  }

  private static void assertRows(List<Object[]> expected, List<Row> rows) {
    List<String> actual = new ArrayList<>();
    rows.forEach(r -> actual.add(r.toString()));
    assertEquals(expected.size(), rows.size(), String.join("\n", actual));
    for (int i = 0; i < expected.size(); i++) {
      Object[] want = expected.get(i);
      Row got = rows.get(i);
      for (int c = 0; c < want.length; c++) {
        String column = want.length == 6
            ? List.of("year", "keyword", "tfidf", "tf", "n_docs", "rank").get(c)
            : List.of("province_code", "province", "keyword", "tfidf", "tf", "n_docs", "rank").get(c);
        if (column.equals("tfidf")) {
          assertEquals((double) want[c], (double) got.getAs(column), 1e-12, "row " + i + ": " + got);
        } else {
          assertEquals(want[c], got.getAs(column), "row " + i + " " + column + ": " + got);
        }
      }
    }
  }
}
