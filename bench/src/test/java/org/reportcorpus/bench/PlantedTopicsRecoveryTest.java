package org.reportcorpus.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.PlantedTopicsRun;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.topics.TopicMatching;

/**
 * The topics job on a generated corpus whose reports are drawn from known topics: the topics of
 * the chosen model must match the planted ones ({@link TopicComparison}, evaluation code kept out
 * of the job jar; the job's tables and its re-runs are tested in jobs' TopicsJobTest, on the same
 * corpus and settings).
 */
class PlantedTopicsRecoveryTest {

  @Test
  void learnedTopicsMatchThePlantedOnes() throws IOException {
    PlantedTopicsRun trained = PlantedTopicsRun.train();
    CorpusConfig config = trained.config();
    TableStore store = new TableStore(SharedSpark.get(), config.warehouse(), config.format());
    Row chosen = store.read(Tables.TOPIC_MODEL_RUNS).filter("chosen AND run_id = '" + trained.runId() + "'").first();

    TopicComparison learned = TopicComparison.of(PipelineModel.load(chosen.getAs("model_path")));
    TopicComparison planted = TopicComparison.planted(trained.corpus().resolve("truth/topic_words.tsv"));
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
}
