package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.tables.Tables;
import scala.jdk.javaapi.CollectionConverters;

class RunLogTest {

  private static final CorpusConfig CONFIG = CorpusConfig.of(
      Map.of("corpus.warehouse", "/tmp/wh", "corpus.format", "delta"), List.of("/in/a", "/in/b.zip"));

  @Test
  void theConfigHashIsTheFirstEightBytesOfSha256OverTheSortedSettings() {
    // printf 'corpus.format=delta\ncorpus.warehouse=/tmp/wh\n' | sha256sum
    assertEquals("c1e221b3f7ac817c", RunLog.configHash(CONFIG));
    assertEquals("c1e221b3f7ac817c", RunLog.configHash(CorpusConfig.of(
        new TreeMap<>(Map.of("corpus.format", "delta", "corpus.warehouse", "/tmp/wh")).descendingMap(), List.of())));
    assertNotEquals("c1e221b3f7ac817c", RunLog.configHash(CorpusConfig.of(
        Map.of("corpus.warehouse", "/tmp/other", "corpus.format", "delta"), List.of("/in/a", "/in/b.zip"))));
  }

  @Test
  void theEntryHoldsTheRunsCountsInTheRunsSchema() {
    Timestamp started = Timestamp.valueOf("2026-01-02 03:04:05");
    Timestamp ended = Timestamp.valueOf("2026-01-02 03:05:06");
    RunLog.Counts counts = new RunLog.Counts(new IngestJob.Summary(3, 10, 6, 1, 3), 3, 2,
        new TreeMap<>(Map.of("empty", 2L, "undecodable", 1L)));

    Row entry = RunLog.entry("run-1", started, ended, CONFIG, counts, "ok");

    assertEquals(Tables.RUNS.schema(), entry.schema());
    assertEquals("run-1", entry.getAs("run_id"));
    assertEquals(started, entry.getAs("started_at"));
    assertEquals(ended, entry.getAs("ended_at"));
    assertEquals("c1e221b3f7ac817c", entry.getAs("config_hash"));
    assertEquals(List.of("/in/a", "/in/b.zip"), entry.getList(entry.fieldIndex("inputs")));
    assertEquals(List.of(3L, 3L, 10L, 6L, 1L, 2L, 3L), List.of(entry.<Long>getAs("files_seen"),
        entry.<Long>getAs("files_accounted"), entry.<Long>getAs("records_read"), entry.<Long>getAs("documents"),
        entry.<Long>getAs("exact_duplicates"), entry.<Long>getAs("near_duplicates"), entry.<Long>getAs("rejects")));
    assertEquals(Map.of("empty", 2L, "undecodable", 1L),
        CollectionConverters.asJava(entry.<scala.collection.Map<String, Long>>getAs("rejects_by_reason")));
    assertEquals("ok", entry.getAs("status"));
  }
}
