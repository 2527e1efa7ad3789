package org.reportcorpus.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;

class CatalogSettingsTest {

  @Test
  void theHiveCatalogLivesInTheWarehouse() {
    CatalogSettings hive = CatalogSettings.fromConfig(config("hive", "/data/wh"));
    assertEquals(Map.of(
        "spark.sql.catalogImplementation", "hive",
        "spark.hadoop.javax.jdo.option.ConnectionURL", "jdbc:derby:;databaseName=/data/wh/_catalog/metastore_db;create=true",
        "spark.sql.warehouse.dir", "/data/wh/_catalog/managed"), hive.sparkSettings());
    assertEquals(Map.of(), CatalogSettings.fromConfig(config("session", "/data/wh")).sparkSettings());
    assertEquals("/data/wh/_catalog", CatalogSettings.fromConfig(config("hive", "file:///data/wh")).catalogDir().toString());
  }

  @Test
  void badValuesStopTheOptionsBeforeSpark() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> CorpusOptions.from(config("metastore", "/data/wh")));
    assertEquals("corpus.catalog: expected one of session, hive but got metastore", unknown.getMessage());
    IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
        () -> CorpusOptions.from(config("hive", "hdfs://nn/wh")));
    assertTrue(remote.getMessage().startsWith("corpus.catalog: expected session with a warehouse that is not a local folder"),
        remote.getMessage());
  }

  private static CorpusConfig config(String catalog, String warehouse) {
    return CorpusConfig.of(Map.of(CatalogSettings.CATALOG, catalog, "corpus.warehouse", warehouse), List.of());
  }
}
