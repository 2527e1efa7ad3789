package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.zip_with;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.reportcorpus.jobs.config.DedupSettings;
import org.reportcorpus.udfs.dedup.MinHash;

/**
 * Finds near duplicates — the same report reposted with other chrome or small edits — from
 * MinHash signatures of character shingles, banded so that it scales, in work linear in the
 * number of documents.
 *
 * <ol>
 *   <li>sign: each document's signature of {@code bands × rows} minimum hashes of its distinct
 *       k-character shingles ({@link MinHash}, primitive hashing in the udfs module);
 *   <li>band: each signature is cut into {@code bands} runs of {@code rows} values; documents
 *       with an equal run share that band's bucket. Bands of 8 make a pair at Jaccard 0.3 share
 *       a bucket with probability ~0.1 % and one at 0.9 with ~99.9 %;
 *   <li>head: a bucket's head is its earliest member by order key (published date, then source
 *       path; doc_id breaks a tie);
 *   <li>compare: every other member is compared with the head only, not with each other. A
 *       bucket of n reposts costs n − 1 comparisons, not n(n − 1)/2, and every step is a join or
 *       an aggregation by key whose rows grow linearly with the bucket (see the note below);
 *   <li>point: a member whose estimated Jaccard with a head reaches the threshold is a duplicate
 *       of the most similar of its heads, which is always earlier than it.
 * </ol>
 *
 * What comparing with the head only changes against comparing all pairs of a bucket: a document
 * is still marked when it resembles the earliest document of one of its buckets, which is the
 * original the reposts share (whatever they share with each other, they share with it). It is
 * missed only when it resembles some earlier member but not that bucket's head in any of its
 * bands — a chain (C resembles B, B resembles A, C does not resemble A) where every bucket of B
 * and C also holds A. Such a C was a duplicate of B, not of the original, before.
 *
 * A document's row depends only on its own signature and the heads of its buckets: what
 * {@link DuplicatesUpdate} uses to compare only new documents and those whose heads changed.
 */
public final class NearDuplicates {

  private NearDuplicates() {}

  /** (doc_id, duplicate_of, similarity) for every near duplicate among {@code documents}. */
  public static Dataset<Row> find(Dataset<Row> documents, DedupSettings settings) {
    Dataset<Row> signatures = signatures(documents, settings);
    Dataset<Row> buckets = buckets(signatures, settings);
    return matches(buckets, heads(buckets), signatures, settings);
  }

  /**
   * Earlier documents sort first: published date (unknown ones last), then source path.
   * Over columns {@code published_date} and {@code source_path}.
   */
  public static Column orderKey() {
    return concat_ws("|", coalesce(col("published_date").cast("string"), lit("9999-12-31")), col("source_path"));
  }

  /** (doc_id, order_key, signature) of documents with doc_id, published_date, source_path and text. */
  public static Dataset<Row> signatures(Dataset<Row> documents, DedupSettings settings) {
    UserDefinedFunction signature = signatureFunction(settings);
    return documents.select(col("doc_id"), orderKey().as("order_key"), signature.apply(col("text")).as("signature"));
  }

  /**
   * {@link MinHash#signature} as a Spark function of a text column: an empty array for null or a
   * text without shingles. The MinHash (its settings and coefficients, 2 × 8 bytes per hash) is
   * built here, on the driver, and is all the function carries.
   */
  static UserDefinedFunction signatureFunction(DedupSettings settings) {
    MinHash minHash = new MinHash(settings.shingleSize(), hashes(settings), settings.seed());
    return udf((UDF1<String, int[]>) minHash::signature, DataTypes.createArrayType(DataTypes.IntegerType, false))
        .asNonNullable();
  }

  /** Values in a signature under these settings. */
  static int hashes(DedupSettings settings) {
    return settings.bands() * settings.rows();
  }

  /**
   * The settings a stored signature and its comparisons depend on: rows made under other ones
   * are recomputed, as are the duplicates found with them.
   */
  public static String settingsOf(DedupSettings settings) {
    return "minhash v1 shingle_size=" + settings.shingleSize() + " bands=" + settings.bands() + " rows="
        + settings.rows() + " seed=" + settings.seed() + " threshold=" + settings.threshold();
  }

  /**
   * (band, bucket, doc_id, order_key): for each document with a signature (empty ones resemble
   * nothing), one row per band, whose bucket is that band's run of values.
   */
  public static Dataset<Row> buckets(Dataset<Row> signatures, DedupSettings settings) {
    int rows = settings.rows();
    Column runs = transform(sequence(lit(0), lit(settings.bands() - 1)),
        band -> slice(col("signature"), band.multiply(rows).plus(1), lit(rows)));
    return signatures.filter(size(col("signature")).gt(0))
        .select(col("doc_id"), col("order_key"), posexplode(runs).as(new String[] {"band", "bucket"}))
        .select("band", "bucket", "doc_id", "order_key");
  }

  /** (band, bucket, head, head_key): the earliest member of each bucket. */
  public static Dataset<Row> heads(Dataset<Row> buckets) {
    return buckets.groupBy("band", "bucket")
        .agg(min(struct(col("order_key"), col("doc_id"))).as("first"))
        .select(col("band"), col("bucket"), col("first.doc_id").as("head"), col("first.order_key").as("head_key"));
  }

  /**
   * (doc_id, duplicate_of, similarity) for the documents of {@code members} (rows of
   * {@link #buckets}): each compared with the heads of its buckets, kept at the threshold, the
   * most similar head chosen (on a tie, the greater doc_id).
   */
  public static Dataset<Row> matches(Dataset<Row> members, Dataset<Row> heads, Dataset<Row> signatures,
      DedupSettings settings) {
    Dataset<Row> pairs = candidates(members, heads);
    Dataset<Row> compared = pairs
        .join(signatures.select(col("doc_id"), col("signature").as("doc_sig")), "doc_id")
        .join(signatures.select(col("doc_id").as("head"), col("signature").as("head_sig")), "head")
        .select(col("doc_id"), col("head").as("duplicate_of"),
            size(filter(zip_with(col("doc_sig"), col("head_sig"), (x, y) -> x.equalTo(y)), same -> same))
                .divide((double) hashes(settings)).as("similarity"))
        .filter(col("similarity").geq(settings.threshold()));
    return compared.groupBy("doc_id")
        .agg(max(struct(col("similarity"), col("duplicate_of"))).as("best"))
        .select(col("doc_id"), col("best.duplicate_of").as("duplicate_of"), col("best.similarity").as("similarity"));
  }

  /** (doc_id, head): each member with the head of each of its buckets it is not itself the head of. */
  static Dataset<Row> candidates(Dataset<Row> members, Dataset<Row> heads) {
    return members.join(heads, new String[] {"band", "bucket"}, "inner")
        .filter(col("doc_id").notEqual(col("head")))
        .select("doc_id", "head")
        .distinct();
  }
}
