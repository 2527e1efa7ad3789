package org.reportcorpus.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;

/**
 * The {@link Tables#RUNS} row of an ingest run: when it ran, with which configuration (by hash)
 * and inputs, what it counted and its accounting status.
 */
final class RunLog {

  private RunLog() {}

  /** What an ingest run counted, beyond its {@link IngestJob.Summary}. */
  record Counts(IngestJob.Summary summary, long filesAccounted, long nearDuplicates,
      Map<String, Long> rejectsByReason) {}

  static Row entry(String runId, Timestamp started, Timestamp ended, CorpusConfig config, Counts counts,
      String status) {
    IngestJob.Summary summary = counts.summary();
    return new RowBuilder(Tables.RUNS.schema())
        .set("run_id", runId)
        .set("started_at", started)
        .set("ended_at", ended)
        .set("config_hash", configHash(config))
        .set("inputs", RowBuilder.seq(config.inputs()))
        .set("files_seen", summary.files())
        .set("files_accounted", counts.filesAccounted())
        .set("records_read", summary.records())
        .set("documents", summary.documents())
        .set("exact_duplicates", summary.duplicatesCollapsed())
        .set("near_duplicates", counts.nearDuplicates())
        .set("rejects", summary.rejects())
        .set("rejects_by_reason", scala.jdk.javaapi.CollectionConverters.asScala(counts.rejectsByReason()))
        .set("status", status)
        .build();
  }

  /** SHA-256 of the sorted settings: runs with the same configuration share a hash. */
  static String configHash(CorpusConfig config) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      config.settings().forEach((k, v) -> digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
