package org.reportcorpus.jobs.spark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which Spark settings a job sets on its session, given what spark-submit (or spark-defaults.conf)
 * already set and what the conf file says. Settings given to spark-submit belong to the user: the
 * conf file never overrides them.
 *
 * <ol>
 *   <li>{@code spark.*} keys of the conf file apply to every run, where not already set.
 *   <li>{@code local.spark.*} keys ({@value #LOCAL_PREFIX} + a Spark key) apply, as that Spark key,
 *       only to runs not started by spark-submit (bin/corpus, a plain {@code java}): local[*], a few
 *       shuffle partitions, no UI. Under spark-submit they are left out, so the cluster's defaults
 *       hold: adaptive execution sizes shuffles, the master is spark-submit's.
 *   <li>A local run without a master gets {@code local[*]}.
 *   <li>Delta, which every table needs: its SQL extension is added to {@code spark.sql.extensions}
 *       (kept beside the user's own extensions), its catalog set when no catalog was given.
 * </ol>
 *
 * <p>spark-submit sets {@value #DEPLOY_MODE} (client or cluster) as a system property in the driver,
 * in both deploy modes; nothing else does, so that key tells a submitted run from a local one.
 */
public final class SparkSettings {

  /** Conf keys with this prefix apply to local runs only. */
  public static final String LOCAL_PREFIX = "local.";
  public static final String DEPLOY_MODE = "spark.submit.deployMode";
  public static final String MASTER = "spark.master";
  public static final String DEFAULT_LOCAL_MASTER = "local[*]";
  public static final String EXTENSIONS = "spark.sql.extensions";
  public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
  public static final String CATALOG = "spark.sql.catalog.spark_catalog";
  public static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private SparkSettings() {}

  /** Whether the driver was started by spark-submit, judged from the settings it was given. */
  public static boolean submitted(Map<String, String> given) {
    return given.containsKey(DEPLOY_MODE);
  }

  /**
   * The settings to set on the session: those of {@code conf} (the run's settings, any keys) that
   * apply and are not in {@code given} (the {@code spark.*} settings the JVM was started with), plus
   * Delta's where missing. Keys in {@code given} appear only when Delta's extension is added to them.
   */
  public static Map<String, String> toApply(Map<String, String> given, Map<String, String> conf) {
    boolean local = !submitted(given);
    Map<String, String> applied = new TreeMap<>();
    conf.forEach((key, value) -> {
      if (key.startsWith("spark.") && !given.containsKey(key)) {
        applied.put(key, value);
      }
    });
    if (local) {
      conf.forEach((key, value) -> {
        String sparkKey = key.startsWith(LOCAL_PREFIX) ? key.substring(LOCAL_PREFIX.length()) : null;
        if (sparkKey != null && sparkKey.startsWith("spark.") && !given.containsKey(sparkKey)) {
          applied.put(sparkKey, value); // a local value wins over the same key for every run
        }
      });
      if (!given.containsKey(MASTER)) {
        applied.putIfAbsent(MASTER, DEFAULT_LOCAL_MASTER);
      }
    }
    String extensions = given.getOrDefault(EXTENSIONS, applied.get(EXTENSIONS));
    if (extensions == null || extensions.isBlank()) {
      applied.put(EXTENSIONS, DELTA_EXTENSION);
    } else if (Arrays.stream(extensions.split(",")).map(String::strip).noneMatch(DELTA_EXTENSION::equals)) {
      applied.put(EXTENSIONS, extensions + "," + DELTA_EXTENSION);
    }
    if (!given.containsKey(CATALOG) && !applied.containsKey(CATALOG)) {
      applied.put(CATALOG, DELTA_CATALOG);
    }
    return applied;
  }
}
