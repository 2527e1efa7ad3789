package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.zip_with;
import static org.apache.spark.ml.functions.vector_to_array;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.udfs.dedup.Shingles;
import org.reportcorpus.jobs.config.DedupSettings;

/**
 * Finds near duplicates — the same report reposted with other chrome or small edits — with
 * MLlib's MinHashLSH over character shingles, banded so that it scales.
 *
 * <ol>
 *   <li>shingle: the distinct k-character shingles of each document's text;
 *   <li>hash: HashingTF (binary) turns shingle sets into sparse vectors, and MinHashLSH gives
 *       each document a signature of {@code bands × rows} min-hashes;
 *   <li>band: documents that agree on all {@code rows} min-hashes of at least one band become
 *       candidate pairs. MLlib's own approxSimilarityJoin ORs single hashes, so reports of one
 *       genre (Jaccard 0.3–0.5 on shared phrasing) would nearly all be compared with each other;
 *       bands of 8 make a pair at J = 0.3 a candidate with probability ~0.1 % and one at J = 0.9
 *       with ~99.9 %;
 *   <li>estimate: the share of equal min-hashes in two signatures estimates their Jaccard
 *       similarity; pairs at or above the threshold are kept;
 *   <li>point: in each pair the later document (by published date, then source path) is the
 *       duplicate; it points to its most similar earlier partner.
 * </ol>
 */
public final class NearDuplicates {

  private static final StructType SHINGLED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("order_key", DataTypes.StringType, false),
      DataTypes.createStructField("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  private NearDuplicates() {}

  /** (doc_id, duplicate_of, similarity) for every near duplicate among {@code documents}. */
  public static Dataset<Row> find(Dataset<Row> documents, DedupSettings settings) {
    int k = settings.shingleSize();
    int hashes = settings.bands() * settings.rows();
    Column orderKey = concat_ws("|",
        coalesce(col("published_date").cast("string"), lit("9999-12-31")), col("source_path"));
    Dataset<Row> shingled = documents.select(col("doc_id"), orderKey.as("order_key"), col("text"))
        .map((MapFunction<Row, Row>) doc -> RowFactory.create(doc.getString(0), doc.getString(1),
            RowBuilder.seq(Shingles.of(doc.getString(2), k))), Encoders.row(SHINGLED))
        .filter(size(col("shingles")).gt(0));
    Dataset<Row> vectors = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(settings.features()).setBinary(true).transform(shingled);
    MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
        .setNumHashTables(hashes).setSeed(settings.seed()).fit(vectors);
    Dataset<Row> signatures = model.transform(vectors)
        .select(col("doc_id"), col("order_key"),
            transform(col("hashes"), h -> element_at(vector_to_array(h, "float64"), 1)).as("signature"))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> bandKeys = signatures.select(col("doc_id"), explode(expr(String.format(
        "transform(sequence(0, %d), b -> named_struct('band', b, 'key', xxhash64(slice(signature, b * %d + 1, %d))))",
        settings.bands() - 1, settings.rows(), settings.rows()))).as("band"))
        .select(col("doc_id"), col("band.band").as("band"), col("band.key").as("key"));
    Dataset<Row> candidates = bandKeys.as("a").join(bandKeys.as("b"),
            col("a.band").equalTo(col("b.band")).and(col("a.key").equalTo(col("b.key")))
                .and(col("a.doc_id").lt(col("b.doc_id"))))
        .select(col("a.doc_id").as("a"), col("b.doc_id").as("b")).distinct();
    Dataset<Row> pairs = candidates
        .join(signatures.select(col("doc_id").as("a"), col("order_key").as("a_key"), col("signature").as("a_sig")), "a")
        .join(signatures.select(col("doc_id").as("b"), col("order_key").as("b_key"), col("signature").as("b_sig")), "b")
        .select(col("a"), col("a_key"), col("b"), col("b_key"),
            size(filter(zip_with(col("a_sig"), col("b_sig"), (x, y) -> x.equalTo(y)), same -> same))
                .divide((double) hashes).as("similarity"))
        .filter(col("similarity").geq(settings.threshold()));
    Column aFirst = col("a_key").lt(col("b_key"));
    return pairs
        .select(when(aFirst, col("b")).otherwise(col("a")).as("doc_id"),
            when(aFirst, col("a")).otherwise(col("b")).as("duplicate_of"),
            col("similarity"))
        .groupBy("doc_id")
        .agg(max(struct(col("similarity"), col("duplicate_of"))).as("best"))
        .select(col("doc_id"), col("best.duplicate_of").as("duplicate_of"), col("best.similarity").as("similarity"));
  }
}
