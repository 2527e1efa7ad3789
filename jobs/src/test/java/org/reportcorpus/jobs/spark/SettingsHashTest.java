package org.reportcorpus.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class SettingsHashTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void whereTheWarehouseIsDoesNotChangeTheHashWhatTheTablesHoldDoes() {
    Path inputs = Fixtures.tempDir("hash-inputs");
    CorpusConfig here = Fixtures.config(Fixtures.tempDir("hash-a"), List.of(inputs));
    CorpusConfig moved = Fixtures.config(Fixtures.tempDir("hash-b"), List.of(inputs));
    assertNotEquals(here.warehouse(), moved.warehouse());
    String hash = CorpusRun.of(spark, here).settingsHash();
    assertEquals(hash, CorpusRun.of(spark, moved).settingsHash());

    Map<String, String> changed = new HashMap<>(here.settings());
    changed.put(ConfigKeys.WAREHOUSE, moved.warehouse());
    changed.put("corpus.trends.smoothing_window", "5");
    assertNotEquals(hash, CorpusRun.of(spark, CorpusConfig.of(changed, here.inputs())).settingsHash());
  }
}
