package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.jobs.tables.ReportYears;

/**
 * What the topic model reads: one row per document — (doc_id, text, report_year, province,
 * holdout) — the documents of the analysis set. With units = sections, the text is the document's
 * sections of the chosen kinds in order, and documents without such a section are left out.
 *
 * <p>Units are not laid out here: the featurizer lays out their count vectors ({@link #laidOut}),
 * which are small, rather than the units, which carry whole texts or token lists.
 */
final class TopicUnits {

  private TopicUnits() {}

  /** The words and tags of the tokens table, on document units that have a row there. */
  static final String SEGMENTED_WORDS = "segmented_words";
  static final String SEGMENTED_TAGS = "segmented_tags";

  /** Most documents whose (doc_id, year, province) are broadcast to the tokens rather than joined by a shuffle. */
  static final long MAX_BROADCAST_DOCUMENTS = 1_000_000;

  /**
   * @param documents the analysis set's documents; @param sections the sections table;
   * @param tokens the tokens table, or null: document units then carry its segmentation
   *     ({@link #SEGMENTED_WORDS}, {@link #SEGMENTED_TAGS}) and a null text, so that the corpus is
   *     segmented once, by the tokenize stage; a document without a row there carries its text
   *     instead. Section units always carry text only: the tokens table does not say where a
   *     section's words begin.
   */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> sections, Dataset<Row> tokens, TopicSettings settings) {
    Dataset<Row> units;
    if (settings.units().equals(TopicSettings.UNITS_SECTIONS)) {
      units = sectionText(sections, settings).join(documents.select("doc_id", "report_year", "province"), "doc_id");
    } else if (tokens == null) {
      units = documents.select("doc_id", "text", "report_year", "province");
    } else {
      units = segmented(documents, tokens);
    }
    return units.withColumn("holdout", pmod(xxhash64(col("doc_id")), lit(100)).lt(settings.holdoutPercent()));
  }

  /**
   * Document units from the tokens table. Neither side's big column moves: the documents' year
   * and province are broadcast to the tokens' partitions, and the few documents without tokens
   * (found on their ids alone) fetch their text where it lies.
   */
  private static Dataset<Row> segmented(Dataset<Row> documents, Dataset<Row> tokens) {
    Dataset<Row> described = documents.select("doc_id", "report_year", "province");
    // The tokens (and texts) of the documents' years only: scoring a new year's documents skips
    // the files of the others. The tokens' year is the document's (the join checks it).
    Column years = ReportYears.of(described).contain();
    Dataset<Row> withTokens = tokens.filter(years)
        .select(col("doc_id").as("token_doc"), col("report_year").as("token_year"),
            col("tokens").as(SEGMENTED_WORDS), col("pos").as(SEGMENTED_TAGS))
        .join(smallEnough(described), col("token_doc").equalTo(col("doc_id"))
            .and(col("token_year").eqNullSafe(col("report_year"))))
        .drop("token_doc", "token_year")
        .withColumn("text", lit(null).cast(DataTypes.StringType));
    Dataset<Row> unsegmented = described.join(tokens.select(col("doc_id").as("token_doc"),
            col("report_year").as("token_year")),
        col("token_doc").equalTo(col("doc_id")).and(col("token_year").eqNullSafe(col("report_year"))), "left_anti")
        .select("doc_id");
    DataType words = DataTypes.createArrayType(DataTypes.StringType);
    Dataset<Row> withText = documents.filter(years).select("doc_id", "text", "report_year", "province")
        .join(smallEnough(unsegmented), new String[] {"doc_id"}, "left_semi")
        .withColumn(SEGMENTED_WORDS, lit(null).cast(words))
        .withColumn(SEGMENTED_TAGS, lit(null).cast(words));
    return withTokens.unionByName(withText);
  }

  private static Dataset<Row> smallEnough(Dataset<Row> ids) {
    return ids.count() <= MAX_BROADCAST_DOCUMENTS ? broadcast(ids) : ids;
  }

  /** (doc_id, text): each document's sections of the chosen kinds, in order, one per line. */
  static Dataset<Row> sectionText(Dataset<Row> sections, TopicSettings settings) {
    return sections.filter(col("kind").isin(settings.sectionKinds().toArray()))
        .groupBy("doc_id")
        .agg(expr("concat_ws('\\n', transform(sort_array(collect_list(struct(ordinal, text))), s -> s.text))")
            .as("text"));
  }

  /**
   * {@code rows} (one per unit) hash-partitioned by doc_id into a number of partitions that follows
   * the number of units (not the cluster), and sorted within them: the sampler's shards and
   * document order follow the row order, so this makes a fit depend on the input and the seed
   * only, not on the warehouse's file layout.
   */
  static Dataset<Row> laidOut(Dataset<Row> rows, TopicSettings settings, long units) {
    return rows.repartition(settings.partitionsFor(units), col("doc_id")).sortWithinPartitions("doc_id");
  }
}
