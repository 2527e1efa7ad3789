package org.reportcorpus.jobs.spark;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.catalog.CatalogSettings;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.sql.SqlFunctions;

/**
 * Creates (or joins) the SparkSession of a job: Delta enabled, the project's SQL functions
 * registered, and the warehouse's tables registered as database {@code corpus}.
 *
 * <p>The master is never forced: under spark-submit, its {@code --master} wins; run directly, the
 * conf file's {@code spark.master} (local[*] by default) applies.
 */
public final class Sessions {

  private Sessions() {}

  public static SparkSession create(String appName, CorpusConfig config) {
    SparkConf submitted = new SparkConf(); // spark.* system properties set by spark-submit
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    for (Map.Entry<String, String> setting : config.sparkSettings().entrySet()) {
      if (!submitted.contains(setting.getKey())) {
        builder.config(setting.getKey(), setting.getValue());
      }
    }
    if (!submitted.contains("spark.master") && !config.sparkSettings().containsKey("spark.master")) {
      builder.master("local[*]");
    }
    builder.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    CatalogSettings.configure(builder, config);
    return builder.getOrCreate();
  }

  /**
   * Runs a job's body in a new session and stops the session afterwards, also on failure. The
   * options are validated before this is called, so no session starts for a bad option.
   */
  public static void runJob(String appName, CorpusOptions options, Consumer<CorpusRun> job) {
    SparkSession spark = create(appName, options.common());
    try {
      job.accept(prepare(spark, options));
    } finally {
      spark.stop();
    }
  }

  /** Registers functions and tables on an existing session (tests share one session). */
  public static CorpusRun prepare(SparkSession spark, CorpusOptions options) {
    CorpusRun run = new CorpusRun(spark, options);
    SqlFunctions.register(spark, vocabularyWords(run));
    run.store().registerAll();
    return run;
  }

  public static CorpusRun prepare(SparkSession spark, CorpusConfig config) {
    return prepare(spark, CorpusOptions.from(config));
  }

  private static List<String> vocabularyWords(CorpusRun run) {
    try {
      return run.vocabulary().allSurfaceForms();
    } catch (IllegalArgumentException missing) {
      return List.of(); // a session without a vocabulary still has working functions
    }
  }
}
