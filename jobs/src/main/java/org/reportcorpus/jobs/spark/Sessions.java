package org.reportcorpus.jobs.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.catalog.CatalogSettings;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.sql.SqlFunctions;
import scala.Tuple2;

/**
 * Creates (or joins) the SparkSession of a job: Delta enabled, the project's SQL functions
 * registered, and the warehouse's tables registered as database {@code corpus}.
 *
 * <p>Which Spark settings the session gets is {@link SparkSettings}'s decision: under spark-submit
 * only what the user left unset and the conf file sets for every run, plus Delta; run directly,
 * also the conf file's local-only settings (local[*] by default).
 */
public final class Sessions {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sessions.class);

  private Sessions() {}

  public static SparkSession create(String appName, CorpusConfig config) {
    Map<String, String> given = new TreeMap<>();
    for (Tuple2<String, String> setting : new SparkConf().getAll()) { // spark.* system properties
      given.put(setting._1(), setting._2());
    }
    Map<String, String> applied = SparkSettings.toApply(given, config.settings());
    LOG.info("[session] {}; setting {}", SparkSettings.submitted(given)
        ? "started by spark-submit (" + given.get(SparkSettings.DEPLOY_MODE) + " mode), its settings kept"
        : "local run", applied.keySet());
    SparkSession.Builder builder = SparkSession.builder();
    if (!given.containsKey("spark.app.name")) { // spark-submit's --name (default: the class) is kept
      builder.appName(appName);
    }
    applied.forEach(builder::config);
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
