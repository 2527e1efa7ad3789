package org.reportcorpus.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {

  private static final String DELTA_EXT = SparkSettings.DELTA_EXTENSION;
  private static final String DELTA_CAT = SparkSettings.DELTA_CATALOG;

  /** The Spark part of conf/corpus.conf, with a corpus key beside it. */
  private static final Map<String, String> CONF = Map.of(
      "corpus.format", "delta",
      "spark.sql.session.timeZone", "UTC",
      "local.spark.master", "local[*]",
      "local.spark.sql.shuffle.partitions", "8",
      "local.spark.databricks.delta.snapshotPartitions", "4",
      "local.spark.ui.enabled", "false");

  @Test
  void localRunGetsTheLocalSettingsUnderTheirSparkKeys() {
    assertEquals(Map.of(
            "spark.master", "local[*]",
            "spark.sql.shuffle.partitions", "8",
            "spark.databricks.delta.snapshotPartitions", "4",
            "spark.ui.enabled", "false",
            "spark.sql.session.timeZone", "UTC",
            "spark.sql.extensions", DELTA_EXT,
            "spark.sql.catalog.spark_catalog", DELTA_CAT),
        SparkSettings.toApply(Map.of(), CONF));
  }

  @Test
  void submittedRunKeepsTheClustersDefaultsAndSetsOnlyWhatEveryRunNeeds() {
    Map<String, String> given = Map.of("spark.master", "spark://host:7077", "spark.submit.deployMode", "cluster",
        "spark.app.name", "pipeline");
    // No master, no fixed shuffle partitions (adaptive execution sizes them), UI as the cluster has it.
    assertEquals(Map.of(
            "spark.sql.session.timeZone", "UTC",
            "spark.sql.extensions", DELTA_EXT,
            "spark.sql.catalog.spark_catalog", DELTA_CAT),
        SparkSettings.toApply(given, CONF));
  }

  @Test
  void clientModeIsSubmittedToo() {
    Map<String, String> given = Map.of("spark.master", "yarn", "spark.submit.deployMode", "client");
    assertFalse(SparkSettings.toApply(given, CONF).containsKey("spark.sql.shuffle.partitions"));
    assertTrue(SparkSettings.submitted(given));
    assertFalse(SparkSettings.submitted(Map.of("spark.master", "local[2]")));
  }

  @Test
  void nothingTheUserSetIsOverridden() {
    Map<String, String> given = Map.of("spark.submit.deployMode", "client", "spark.master", "spark://h:7077",
        "spark.sql.session.timeZone", "Asia/Shanghai", "spark.sql.catalog.spark_catalog", "com.example.Catalog",
        "spark.sql.extensions", DELTA_EXT);
    assertEquals(Map.of(), SparkSettings.toApply(given, CONF));
  }

  @Test
  void aLocalRunKeepsWhatTheJvmWasGivenAndTheConfsOwnMaster() {
    Map<String, String> given = Map.of("spark.sql.shuffle.partitions", "3");
    Map<String, String> applied = SparkSettings.toApply(given,
        Map.of("local.spark.sql.shuffle.partitions", "8", "local.spark.master", "local[2]"));
    assertFalse(applied.containsKey("spark.sql.shuffle.partitions"));
    assertEquals("local[2]", applied.get("spark.master"));
    assertEquals("local[*]", SparkSettings.toApply(Map.of(), Map.of()).get("spark.master"));
    assertFalse(SparkSettings.toApply(Map.of("spark.master", "local[3]"), CONF).containsKey("spark.master"));
  }

  @Test
  void localValueWinsOverTheEveryRunValueInLocalRunsOnly() {
    Map<String, String> conf = Map.of("spark.sql.shuffle.partitions", "400", "local.spark.sql.shuffle.partitions", "8");
    assertEquals("8", SparkSettings.toApply(Map.of(), conf).get("spark.sql.shuffle.partitions"));
    assertEquals("400", SparkSettings.toApply(Map.of("spark.submit.deployMode", "cluster"), conf)
        .get("spark.sql.shuffle.partitions"));
  }

  @Test
  void deltaExtensionJoinsTheUsersOwnExtensions() {
    Map<String, String> given = Map.of("spark.submit.deployMode", "client", "spark.sql.extensions", "com.example.Ext");
    assertEquals("com.example.Ext," + DELTA_EXT, SparkSettings.toApply(given, Map.of()).get("spark.sql.extensions"));
    Map<String, String> both = Map.of("spark.submit.deployMode", "client",
        "spark.sql.extensions", "com.example.Ext, " + DELTA_EXT);
    assertFalse(SparkSettings.toApply(both, Map.of()).containsKey("spark.sql.extensions"));
  }

  @Test
  void keysThatOnlyLookLocalAreNotSparkSettings() {
    Map<String, String> applied = SparkSettings.toApply(Map.of(), Map.of("local.corpus.x", "1", "localspark.y", "2"));
    assertEquals(Map.of("spark.master", "local[*]", "spark.sql.extensions", DELTA_EXT,
        "spark.sql.catalog.spark_catalog", DELTA_CAT), applied);
  }
}
