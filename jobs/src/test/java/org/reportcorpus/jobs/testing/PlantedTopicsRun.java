package org.reportcorpus.jobs.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.topics.TopicsJob;

/**
 * The topics job trained on a generated corpus of 360 reports drawn from {@value #PLANTED} planted
 * topics: what jobs' TopicsJobTest (tables, re-runs, scoring) and bench's PlantedTopicsRecoveryTest
 * (learned against planted topics) check, built the same way for both.
 *
 * @param corpus the generated corpus (with its truth/)
 * @param config the run's configuration ({@link #withTopicSettings})
 * @param runId the trained run of topic_model_runs
 */
public record PlantedTopicsRun(Path corpus, CorpusConfig config, String runId) {

  public static final int PLANTED = 6;

  /** Generates the corpus, ingests it into a temp warehouse and trains once. */
  public static PlantedTopicsRun train() throws IOException {
    Path corpus = Fixtures.tempDir("topics-corpus");
    SampleCorpusGenerator.run(GeneratorOptions.parse(
        "--out", corpus.toString(), "--reports", "360", "--years", "2019-2021", "--seed", "5",
        "--topics", Integer.toString(PLANTED), "--terms", Fixtures.terms().toString()));
    CorpusConfig config = withTopicSettings(Fixtures.config(Fixtures.tempDir("topics-warehouse"), List.of(corpus)),
        List.of(corpus.toString()));
    CorpusRun run = Sessions.prepare(SharedSpark.get(), config);
    IngestJob.run(run);
    TokenizeJob.run(run); // as in a pipeline: the topics read their words from the tokens table
    return new PlantedTopicsRun(corpus, config, TopicsJob.train(run, quiet()));
  }

  /**
   * {@code base} with the test's choice and these inputs: k = 4 and 6 on a sample of about 150 of
   * the 360 reports, 2 restarts of the preferred k on that sample, then the final fit on all.
   */
  public static CorpusConfig withTopicSettings(CorpusConfig base, List<String> inputs) {
    Map<String, String> settings = new HashMap<>(base.settings());
    settings.put("corpus.topics.k", "4,6");
    settings.put("corpus.topics.restarts", "2");
    settings.put("corpus.topics.min_df", "3");
    // Fewer sweeps than the defaults (100 for the k sweep, 300 for the restarts, 100 for the final fit) keep the test
    // short; the bench measures the defaults.
    settings.put("corpus.topics.sweep_iter", "50");
    settings.put("corpus.topics.max_iter", "150");
    settings.put("corpus.topics.sweep_sample", "150");
    settings.put("corpus.topics.final_iter", "50");
    return CorpusConfig.of(settings, inputs);
  }

  /** A stream that drops what the job prints. */
  public static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
