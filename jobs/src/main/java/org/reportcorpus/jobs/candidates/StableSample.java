package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A sample of documents that does not depend on how the table's files happen to be laid out:
 * a document is in the sample when a hash of its id (and the seed) falls below the fraction, and
 * the sample is spread over partitions by doc_id and sorted within them. Dataset.sample depends
 * on the partitions' contents, which change when Delta rewrites files, so re-runs would differ.
 */
final class StableSample {

  private static final long BUCKETS = 1_000_000L;

  private StableSample() {}

  static Dataset<Row> of(Dataset<Row> documents, double fraction, long seed, int partitions) {
    return filter(documents, fraction, seed).repartition(partitions, col("doc_id")).sortWithinPartitions("doc_id");
  }

  /** The rows of the sampled documents, as they are: for rows kept per document beside the documents (tokens). */
  static Dataset<Row> filter(Dataset<Row> rows, double fraction, long seed) {
    return fraction >= 1.0 ? rows
        : rows.filter(pmod(xxhash64(col("doc_id"), lit(seed)), lit(BUCKETS)).lt((long) (fraction * BUCKETS)));
  }
}
