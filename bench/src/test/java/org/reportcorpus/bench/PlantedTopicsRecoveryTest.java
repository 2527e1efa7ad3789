package org.reportcorpus.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.udfs.topics.TopicMatching;

/**
 * The topics job on a generated corpus whose reports are drawn from known topics: the topics of
 * the chosen model must match the planted ones ({@link TopicComparison}, evaluation code kept out
 * of the job jar; the job's tables and its re-runs are tested in jobs' TopicsJobTest, on the same
 * corpus and settings).
 */
class PlantedTopicsRecoveryTest {

  static final int PLANTED = 6;

  @Test
  void learnedTopicsMatchThePlantedOnes() throws IOException {
    Path corpus = Fixtures.tempDir("topics-corpus");
    SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
        "--out", corpus.toString(), "--reports", "360", "--years", "2019-2021", "--seed", "5",
        "--topics", Integer.toString(PLANTED), "--terms", Fixtures.terms().toString()}));
    CorpusConfig config = withTopicSettings(
        Fixtures.config(Fixtures.tempDir("topics-warehouse"), List.of(corpus)), List.of(corpus.toString()));
    SparkSession spark = SharedSpark.get();
    Sessions.prepare(spark, config);
    IngestJob.run(CorpusRun.of(spark, config));
    TableStore store = new TableStore(spark, config.warehouse(), config.format());
    String runId = TopicsJob.train(CorpusRun.of(spark, config), quiet());
    Row chosen = store.read(Tables.TOPIC_MODEL_RUNS).filter("chosen AND run_id = '" + runId + "'").first();

    TopicComparison learned = TopicComparison.of(PipelineModel.load(chosen.getAs("model_path")));
    TopicComparison planted = TopicComparison.planted(corpus.resolve("truth/topic_words.tsv"));
    TopicMatching.Match match = planted.matchTo(learned);
    StringBuilder report = new StringBuilder();
    for (int t = 0; t < match.pairs().length; t++) {
      report.append(String.format("%n  planted %d %s ~ learned %d %s: %.3f", t, planted.topWords(t, 5),
          match.pairs()[t], match.pairs()[t] < 0 ? "-" : learned.topWords(match.pairs()[t], 5),
          match.similarities()[t]));
    }
    System.out.println("planted vs learned (k=" + chosen.getAs("k") + "), mean cosine " + match.mean() + report);
    assertTrue(match.mean() >= 0.8, "mean cosine " + match.mean() + report);
  }

  /** The settings of jobs' TopicsJobTest. */
  static CorpusConfig withTopicSettings(CorpusConfig base, List<String> inputs) {
    Map<String, String> settings = new HashMap<>(base.settings());
    settings.put("corpus.topics.k", "4,6");
    settings.put("corpus.topics.restarts", "3");
    settings.put("corpus.topics.min_df", "3");
    // Fewer passes than the default (100 x 0.3) keep the test short; the bench measures the defaults.
    settings.put("corpus.topics.max_iter", "60");
    settings.put("corpus.topics.subsampling_rate", "0.2");
    return CorpusConfig.of(settings, inputs);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
