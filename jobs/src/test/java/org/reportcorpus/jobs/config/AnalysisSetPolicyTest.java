package org.reportcorpus.jobs.config;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcorpus.jobs.cooccur.CooccurrenceJob;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.keywords.KeywordsJob;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.jobs.trends.TrendsJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * One analysis set for every analysis: a report and its edited repost (a near duplicate), run
 * with a second report of the same province, ingested and tokenized once, then analysed with near
 * duplicates left out and let in. Trends, co-occurrence, keywords and topics must each count 2 documents in
 * the first case and 3 in the second.
 */
class AnalysisSetPolicyTest {

  private static CorpusConfig ingested;

  @BeforeAll
  static void ingestAndTokenize() throws IOException {
    String report = Files.readString(Fixtures.sharedCorpus().resolve("seeds/002_2bed144c6ff0fd44.txt"),
        StandardCharsets.UTF_8);
    Path input = Fixtures.tempDir("analysis-set-input");
    Files.writeString(input.resolve("a-original.txt"), report, StandardCharsets.UTF_8);
    Files.copy(Fixtures.sharedCorpus().resolve("seeds/004_59e847098df36eae.txt"), input.resolve("b-other.txt"));
    Files.writeString(input.resolve("c-edited.txt"), report.replace("80%以上", "85%以上").replace("76%", "70%")
        .replace("3355个", "3356个"), StandardCharsets.UTF_8);
    ingested = Fixtures.config(Fixtures.tempDir("analysis-set-warehouse"), List.of(input));
    CorpusRun run = Sessions.prepare(SharedSpark.get(), ingested);
    IngestJob.run(run);
    TokenizeJob.run(run);
  }

  @ParameterizedTest(name = "include_near_duplicates={0}")
  @ValueSource(booleans = {false, true})
  void everyAnalysisCountsTheSameDocuments(boolean includeNearDuplicates) {
    CorpusRun run = Sessions.prepare(SharedSpark.get(), withPolicy(includeNearDuplicates));
    TrendsJob.run(run);
    CooccurrenceJob.run(run);
    KeywordsJob.run(run);
    TopicsJob.train(run, null);
    TableStore store = run.store();
    assertEquals(1L, store.read(Tables.DUPLICATES).count(), "the edited repost is a near duplicate");
    long expected = includeNearDuplicates ? 3 : 2;

    long trendDocs = store.read(Tables.TERM_TRENDS).filter(TrendSlice.headline()).select("year", "n_docs").distinct()
        .agg(sum("n_docs")).first().getLong(0);
    assertEquals(expected, trendDocs, "trends: documents of the national cells over the years");
    Row documentUnits = store.read(Tables.TERM_COOCCURRENCE).filter(col("level").equalTo("document")).first();
    assertEquals(expected, documentUnits.<Long>getAs("n_units"), "co-occurrence");
    // tfidf = tf × ln((1 + N) / (1 + df)): the documents N the keywords job counted, read back from
    // a ranked keyword of the one province every document is in (there n_docs = df).
    Row keyword = store.read(Tables.KEYWORDS_BY_PROVINCE).orderBy("rank").first();
    long keywordCorpus = Math.round((1 + keyword.<Long>getAs("n_docs"))
        * Math.exp(keyword.<Double>getAs("tfidf") / keyword.<Long>getAs("tf")) - 1);
    assertEquals(expected, keywordCorpus, "keywords");
    assertEquals(expected, store.read(Tables.DOC_TOPICS).select("doc_id").distinct().count(), "topics");
  }

  @Test
  void yearsAndTypesAreReadAndChecked() {
    CorpusConfig config = CorpusConfig.of(Map.of(AnalysisSet.YEARS, "2015-2020", AnalysisSet.DOC_TYPES,
        "work_report,rule_of_law_report"), List.of());
    AnalysisSet set = AnalysisSet.fromConfig(config);
    assertEquals(2015, set.firstYear());
    assertEquals(2020, set.lastYear());
    assertEquals(List.of("work_report", "rule_of_law_report"), set.docTypes());
    assertEquals(false, set.includeNearDuplicates());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> AnalysisSet.fromConfig(CorpusConfig.of(Map.of(AnalysisSet.YEARS, "2020-2015"), List.of())));
    assertTrue(bad.getMessage().startsWith(AnalysisSet.YEARS + ": expected"), bad.getMessage());
    IllegalArgumentException notBoolean = assertThrows(IllegalArgumentException.class, () -> AnalysisSet.fromConfig(
        CorpusConfig.of(Map.of(AnalysisSet.INCLUDE_NEAR_DUPLICATES, "yes"), List.of())));
    assertEquals(AnalysisSet.INCLUDE_NEAR_DUPLICATES + ": expected true or false but got yes", notBoolean.getMessage());
  }

  @Test
  void theOldTrendsKeyStillSetsThePolicy() {
    CorpusConfig config = CorpusConfig.of(Map.of(AnalysisSet.LEGACY_INCLUDE_NEAR_DUPLICATES, "true"), List.of());
    assertTrue(AnalysisSet.fromConfig(config).includeNearDuplicates());
  }

  private static CorpusConfig withPolicy(boolean includeNearDuplicates) {
    Map<String, String> settings = new HashMap<>(ingested.settings());
    settings.put(AnalysisSet.INCLUDE_NEAR_DUPLICATES, Boolean.toString(includeNearDuplicates));
    settings.put("corpus.emerging.min_docs", "1");
    settings.put("corpus.topics.min_docs", "2");
    settings.put("corpus.topics.k", "2");
    settings.put("corpus.topics.restarts", "1");
    settings.put("corpus.topics.min_df", "1");
    settings.put("corpus.topics.max_df", "100");
    settings.put("corpus.topics.max_iter", "5");
    settings.put("corpus.topics.holdout_percent", "0");
    return CorpusConfig.of(settings, ingested.inputs());
  }
}
