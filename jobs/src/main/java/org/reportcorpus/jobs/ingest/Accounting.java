package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.ConfigKeys;

/**
 * The books of an ingest run: every file seen must be accounted for, and every record read must
 * end as a document source or a reject.
 *
 * <ol>
 *   <li>{@link #rejectsByReason}: rejects per reason code;
 *   <li>{@link #documentCounts}: distinct documents and the sources they collapse;
 *   <li>{@link #filesAccounted}: files that produced at least one document or reject;
 *   <li>{@link #check}: "ok", or why the run must not pass quietly.
 * </ol>
 */
final class Accounting {

  /** A record's suffix on its file's path: {@code #L12} (JSONL), {@code #R3} (CSV), {@code !/entry} (archive). */
  private static final String SOURCE_SUFFIX = "(#[LR]\\d+|!/.*)$";

  private Accounting() {}

  /** Distinct documents, and their source paths: the difference is the exact duplicates collapsed. */
  record DocumentCounts(long documents, long sources) {
    long exactDuplicates() {
      return sources - documents;
    }
  }

  /** Reason code → rejects, in code order; from a Dataset with a {@code reason} column. */
  static Map<String, Long> rejectsByReason(Dataset<Row> rejects) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rejects.groupBy("reason").count().collectAsList()) { // one row per reason code
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  static long total(Map<String, Long> rejectsByReason) {
    return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** From collapsed documents: one row per doc_id, each with its {@code source_paths}. */
  static DocumentCounts documentCounts(Dataset<Row> documents) {
    Row sizes = documents.agg(count(lit(1)), sum(size(col("source_paths")))).first();
    return new DocumentCounts(sizes.getLong(0), sizes.isNullAt(1) ? 0 : sizes.getLong(1));
  }

  /** Distinct files behind the {@code source_path} of documents and rejects (record suffixes dropped). */
  static long filesAccounted(Dataset<Row> outcomes) {
    return outcomes.select(regexp_replace(col("source_path"), SOURCE_SUFFIX, "")).distinct().count();
  }

  /**
   * "ok", or why the run must not pass quietly: a file that produced nothing, records that
   * vanished, or more rejects than {@code maxRejectShare} once at least {@code minRecords} were read.
   */
  static String check(IngestJob.Summary summary, long filesAccounted, long documentSources,
      double maxRejectShare, long minRecords) {
    if (filesAccounted != summary.files()) {
      return "files seen " + summary.files() + " != files accounted " + filesAccounted;
    }
    if (documentSources + summary.rejects() != summary.records()) {
      return "records read " + summary.records() + " != document sources " + documentSources
          + " + rejects " + summary.rejects();
    }
    double share = summary.records() == 0 ? 0 : (double) summary.rejects() / summary.records();
    if (summary.records() >= minRecords && share > maxRejectShare) {
      return String.format("reject share %.3f > %s (%s)", share, maxRejectShare, ConfigKeys.MAX_REJECT_SHARE);
    }
    return "ok";
  }
}
