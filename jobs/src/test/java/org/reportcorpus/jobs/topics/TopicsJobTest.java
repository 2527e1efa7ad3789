package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.topics.TopicQuality;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.PlantedTopicsRun;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The topics job on a generated corpus whose reports are drawn from known topics: the sweep and
 * the tables, a re-run must give the same topics, and the saved model must score a later year
 * without retraining. That the learned topics match the planted ones is checked in the bench
 * module (PlantedTopicsRecoveryTest), beside the evaluation code it uses.
 *
 * <p>Ordered: the last two tests train again and add a year.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicsJobTest {

  static final int PLANTED = PlantedTopicsRun.PLANTED;

  private static SparkSession spark;
  private static Path corpus;
  private static CorpusConfig config;
  private static TableStore store;
  private static String runId;

  @BeforeAll
  static void generateIngestAndTrain() throws IOException {
    PlantedTopicsRun trained = PlantedTopicsRun.train();
    corpus = trained.corpus();
    config = trained.config();
    runId = trained.runId();
    spark = SharedSpark.get();
    store = new TableStore(spark, config.warehouse(), config.format());
  }

  private static CorpusConfig withTopicSettings(CorpusConfig base, List<String> inputs) {
    return PlantedTopicsRun.withTopicSettings(base, inputs);
  }

  private static PrintStream quiet() {
    return PlantedTopicsRun.quiet();
  }

  private static Row chosenRun() {
    return store.read(Tables.TOPIC_MODEL_RUNS).filter("chosen AND run_id = '" + runId + "'").first();
  }

  @Test
  @Order(3)
  void theSweepScoresEveryKOnASampleRestartsThePreferredOneThenFitsAll() {
    List<Row> runs = store.read(Tables.TOPIC_MODEL_RUNS).filter("run_id = '" + runId + "'")
        .orderBy(col("stage").desc(), col("k"), col("seed")).collectAsList();
    assertEquals(List.of("sweep", "sweep", "restart", "restart", "final"),
        runs.stream().map(r -> r.<String>getAs("stage")).toList());
    assertEquals(List.of(4, 6), runs.subList(0, 2).stream().map(r -> r.<Integer>getAs("k")).toList());
    assertEquals(List.of(50, 50, 150, 150, 50), runs.stream().map(r -> r.<Integer>getAs("iterations")).toList());
    long documents = store.read(Tables.DOCUMENTS).count();
    for (Row run : runs.subList(0, 4)) {
      long units = run.<Long>getAs("n_docs") + run.<Long>getAs("n_holdout");
      assertTrue(units > 100 && units < 200, "about sweep_sample = 150 of " + documents + ": " + units);
    }
    List<TopicQuality.Verdict> sweep = runs.subList(0, 2).stream().map(TopicsJobTest::verdict).toList();
    int preferredK = sweep.get(TopicQuality.choose(sweep)).k();
    List<Row> restarts = runs.subList(2, 4);
    assertEquals(List.of(preferredK, preferredK), restarts.stream().map(r -> r.<Integer>getAs("k")).toList());
    assertEquals(List.of(7L, 8L), restarts.stream().map(r -> r.<Long>getAs("seed")).toList());
    Row preferred = restarts.get(TopicQuality.choose(restarts.stream().map(TopicsJobTest::verdict).toList()));
    Row last = runs.get(4);
    assertEquals(preferred.<Long>getAs("seed"), last.<Long>getAs("seed"), "the final fit starts from the preferred restart");
    assertEquals(preferredK, (int) last.getAs("k"));
    assertEquals(documents, last.<Long>getAs("n_docs") + last.<Long>getAs("n_holdout"), "the final fit sees every document");
    assertEquals(last.<Long>getAs("seed"), chosenRun().<Long>getAs("seed"));
    assertEquals("final", chosenRun().getAs("stage"));
    assertEquals(1, runs.stream().filter(r -> r.<Boolean>getAs("chosen")).count());
    for (Row run : runs) {
      assertTrue(run.<Long>getAs("n_holdout") > 0, "a share of the documents is held out");
      assertTrue(Double.isFinite(run.getAs("perplexity")));
      assertEquals(run.<Integer>getAs("dead_topics") + run.<Integer>getAs("duplicate_pairs")
          + run.<Integer>getAs("negative_topics") == 0, run.<Boolean>getAs("meets_rules"));
    }
    // The chosen model's row agrees with its topics table.
    List<Row> topics = store.read(Tables.TOPICS).collectAsList();
    int k = topics.size();
    double[] prevalence = topics.stream().mapToDouble(r -> r.getAs("prevalence")).toArray();
    assertEquals(TopicQuality.dead(prevalence), (int) chosenRun().getAs("dead_topics"));
    assertEquals(java.util.Arrays.stream(prevalence).min().orElseThrow(), chosenRun().<Double>getAs("min_prevalence"),
        1e-9 * k);
  }

  private static TopicQuality.Verdict verdict(Row run) {
    Double perplexity = run.getAs("perplexity");
    return new TopicQuality.Verdict(run.getAs("k"), run.getAs("coherence"), perplexity == null ? Double.NaN : perplexity,
        run.getAs("dead_topics"), run.getAs("duplicate_pairs"), run.getAs("negative_topics"),
        run.getAs("min_prevalence"), run.getAs("min_coherence"));
  }

  @Test
  @Order(1)
  void everyDocumentHasOneDominantTopicAndTheTablesAgree() {
    int k = chosenRun().getAs("k");
    long documents = store.read(Tables.DOCUMENTS).count();
    Dataset<Row> docTopics = store.read(Tables.DOC_TOPICS);
    assertEquals(documents, docTopics.filter("is_dominant").count());
    assertEquals(documents, docTopics.select("doc_id").distinct().count());
    assertEquals(0, docTopics.filter("weight < 0.05 AND NOT is_dominant").count());
    assertEquals(k, store.read(Tables.TOPICS).count());
    assertEquals(k * 30L, store.read(Tables.TOPIC_TERMS).count());
    assertEquals(0, store.read(Tables.TOPIC_TERMS).filter("rank < 1 OR rank > 30").count());
    // national n_docs per year = the documents of that year
    Dataset<Row> national = store.read(Tables.TOPIC_TRENDS).filter("scope = 'national' AND topic_id = 0");
    assertEquals(3, national.count());
    assertEquals(documents, national.agg(org.apache.spark.sql.functions.sum("n_docs")).first().getLong(0));
    Dataset<Row> byYear = store.read(Tables.TOPIC_TERMS_BY_YEAR);
    assertTrue(byYear.count() > 0);
    assertEquals(0, byYear.filter("rank > 10").count());
  }

  @Test
  @Order(4)
  void theSameSeedAndInputGiveIdenticalTopics() {
    List<Row> before = store.read(Tables.TOPICS).orderBy("topic_id").collectAsList();
    List<Row> terms = store.read(Tables.TOPIC_TERMS).orderBy("topic_id", "rank").collectAsList();
    String second = TopicsJob.train(CorpusRun.of(spark, config), quiet());
    assertTrue(!second.equals(runId));
    assertEquals(before, store.read(Tables.TOPICS).orderBy("topic_id").collectAsList());
    assertEquals(terms, store.read(Tables.TOPIC_TERMS).orderBy("topic_id", "rank").collectAsList());
    runId = second;
  }

  @Test
  @Order(5)
  void theSavedModelScoresANewYearWithoutRetraining() throws IOException {
    Path later = Fixtures.tempDir("topics-later");
    SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
        "--out", later.toString(), "--reports", "40", "--years", "2022", "--seed", "6",
        "--topics", Integer.toString(PLANTED), "--terms", Fixtures.terms().toString()}));
    long runs = store.read(Tables.TOPIC_MODEL_RUNS).count();
    List<Row> topics = store.read(Tables.TOPICS).orderBy("topic_id").collectAsList();
    Dataset<Row> earlierTrends = store.read(Tables.TOPIC_TRENDS).filter("year < 2022").persist();
    earlierTrends.count();
    long docTopics = store.read(Tables.DOC_TOPICS).count();

    CorpusConfig withNewYear = withTopicSettings(config, List.of(later.toString()));
    long scored = TopicsJob.score(CorpusRun.of(spark, withNewYear), null, quiet());

    assertEquals(40, scored);
    assertEquals(runs, store.read(Tables.TOPIC_MODEL_RUNS).count(), "no model was trained");
    assertEquals(topics, store.read(Tables.TOPICS).orderBy("topic_id").collectAsList());
    assertTrue(store.read(Tables.DOC_TOPICS).count() > docTopics);
    Dataset<Row> national2022 = store.read(Tables.TOPIC_TRENDS).filter("year = 2022 AND scope = 'national'");
    assertEquals((long) (int) chosenRun().getAs("k"), national2022.count());
    assertEquals(40L, national2022.first().<Long>getAs("n_docs"));
    // the earlier years' rows are untouched
    Dataset<Row> earlierAfter = store.read(Tables.TOPIC_TRENDS).filter("year < 2022");
    assertEquals(0, earlierTrends.exceptAll(earlierAfter).count());
    assertEquals(0, earlierAfter.exceptAll(earlierTrends).count());
    // scoring again finds nothing new: idempotent
    assertEquals(0, TopicsJob.score(CorpusRun.of(spark, withTopicSettings(config, List.of())), null, quiet()));
    earlierTrends.unpersist();
  }
}
