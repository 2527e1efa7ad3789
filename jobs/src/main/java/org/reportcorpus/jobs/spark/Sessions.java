package org.reportcorpus.jobs.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.TermsLoader;
import org.reportcorpus.jobs.sql.SqlFunctions;
import org.reportcorpus.jobs.tables.TableStore;

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
    SparkSession spark = builder.getOrCreate();
    prepare(spark, config);
    return spark;
  }

  private static List<String> dictionaryWords(SparkSession spark, CorpusConfig config) {
    try {
      return TermsLoader.load(spark, config.termsPath()).allSurfaceForms();
    } catch (IllegalArgumentException missing) {
      return List.of(); // a session without a vocabulary still has working functions
    }
  }

  /** Runs a job's body in a new session and stops the session afterwards, also on failure. */
  public static void runJob(String appName, CorpusConfig config, java.util.function.Consumer<SparkSession> job) {
    SparkSession spark = create(appName, config);
    try {
      job.accept(spark);
    } finally {
      spark.stop();
    }
  }

  /** Registers functions and tables on an existing session (tests share one session). */
  public static TableStore prepare(SparkSession spark, CorpusConfig config) {
    SqlFunctions.register(spark, dictionaryWords(spark, config));
    TableStore store = new TableStore(spark, config.warehouse(), config.format());
    store.registerAll();
    return store;
  }
}
