package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

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
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.udfs.dedup.Shingles;

/**
 * Finds near duplicates — the same report reposted with other chrome or small edits — with
 * MLlib's MinHashLSH over character shingles.
 *
 * <ol>
 *   <li>shingle: the distinct k-character shingles of each document's text;
 *   <li>hash: HashingTF (binary) turns shingle sets into sparse vectors;
 *   <li>join: MinHashLSH's approximate self-join keeps pairs with Jaccard similarity at or above
 *       the threshold;
 *   <li>point: in each pair the later document (by published date, then source path) is the
 *       duplicate; it points to its most similar earlier partner.
 * </ol>
 */
public final class NearDuplicates {

  private static final StructType SHINGLED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("order_key", DataTypes.StringType, false),
      DataTypes.createStructField("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  /** Settings: Jaccard threshold, shingle length, hash tables, hashing dimension, seed. */
  public record Settings(double threshold, int shingleSize, int hashTables, int features, long seed) {
    public Settings {
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("corpus.dedup.threshold: expected (0, 1] but got " + threshold);
      }
    }
  }

  private NearDuplicates() {}

  /** (doc_id, duplicate_of, similarity) for every near duplicate among {@code documents}. */
  public static Dataset<Row> find(Dataset<Row> documents, Settings settings) {
    int k = settings.shingleSize();
    Column orderKey = concat_ws("|",
        coalesce(col("published_date").cast("string"), lit("9999-12-31")), col("source_path"));
    Dataset<Row> shingled = documents.select(col("doc_id"), orderKey.as("order_key"), col("text"))
        .map((MapFunction<Row, Row>) doc -> RowFactory.create(doc.getString(0), doc.getString(1),
            RowBuilder.seq(Shingles.of(doc.getString(2), k))), Encoders.row(SHINGLED))
        .filter(size(col("shingles")).gt(0));
    Dataset<Row> vectors = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(settings.features()).setBinary(true).transform(shingled);
    MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
        .setNumHashTables(settings.hashTables()).setSeed(settings.seed()).fit(vectors);
    Dataset<Row> pairs = model.approxSimilarityJoin(vectors, vectors, 1.0 - settings.threshold(), "distance")
        .filter(col("datasetA.doc_id").lt(col("datasetB.doc_id")))
        .select(col("datasetA.doc_id").as("a"), col("datasetA.order_key").as("a_key"),
            col("datasetB.doc_id").as("b"), col("datasetB.order_key").as("b_key"),
            lit(1.0).minus(col("distance")).as("similarity"));
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
