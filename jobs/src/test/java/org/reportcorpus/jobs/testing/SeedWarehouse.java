package org.reportcorpus.jobs.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.spark.Sessions;

/**
 * A warehouse built once per test run by the whole pipeline over the real seeds and the
 * government work reports of ../shared/corpus; shared by the tests that only read it.
 */
public final class SeedWarehouse {

  private static CorpusConfig config;
  private static String pipelineOutput;

  private SeedWarehouse() {}

  public static synchronized CorpusConfig get() {
    if (config == null) {
      Path corpus = Fixtures.sharedCorpus();
      // Default emerging settings: one work report a year is ranked by occurrences per 10k characters.
      CorpusConfig built = Fixtures.config(Fixtures.tempDir("seed-warehouse"),
          List.of(corpus.resolve("seeds"), corpus.resolve("gov-work-reports")));
      SparkSession spark = SharedSpark.get();
      CorpusRun run = Sessions.prepare(spark, built);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PipelineJob.run(run, new PrintStream(out, true, StandardCharsets.UTF_8));
      pipelineOutput = out.toString(StandardCharsets.UTF_8);
      config = built;
    }
    // Other tests may have registered their own warehouse in the shared catalog.
    Sessions.prepare(SharedSpark.get(), config);
    return config;
  }

  public static synchronized String pipelineOutput() {
    get();
    return pipelineOutput;
  }
}
