package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.TopicSettings;

/**
 * What the topic model reads: one row per document — (doc_id, text, report_year, province,
 * holdout) — the documents of the analysis set. With units =
 * sections, the text is the document's sections of the chosen kinds in order, and documents
 * without such a section are left out.
 *
 * <p>Rows are hash-partitioned by doc_id into a number of partitions that follows the number of
 * documents (not the cluster) and sorted within them: LDA's mini-batch sampling and document indices follow the row order, so this makes a
 * fit depend on the input and the seed only, not on the warehouse's file layout.
 */
final class TopicUnits {

  private TopicUnits() {}

  /** The words and tags of the tokens table, on document units that have a row there. */
  static final String SEGMENTED_WORDS = "segmented_words";
  static final String SEGMENTED_TAGS = "segmented_tags";

  /**
   * @param documents the analysis set's documents; @param sections the sections table;
   * @param tokens the tokens table, or null: document units then carry its segmentation
   *     ({@link #SEGMENTED_WORDS}, {@link #SEGMENTED_TAGS}; null where a document has no row), so
   *     that the corpus is segmented once, by the tokenize stage. Section units always carry text
   *     only: the tokens table does not say where a section's words begin.
   */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> sections, Dataset<Row> tokens, TopicSettings settings) {
    Dataset<Row> units;
    if (settings.units().equals(TopicSettings.UNITS_SECTIONS)) {
      units = sectionText(sections, settings).join(documents.select("doc_id", "report_year", "province"), "doc_id");
    } else {
      units = documents.select("doc_id", "text", "report_year", "province");
      if (tokens != null) {
        units = units.join(tokens.select(col("doc_id"), col("tokens").as(SEGMENTED_WORDS), col("pos").as(SEGMENTED_TAGS)),
            new String[] {"doc_id"}, "left");
      }
    }
    return laidOut(units, settings, documents.count());
  }

  /** (doc_id, text): each document's sections of the chosen kinds, in order, one per line. */
  static Dataset<Row> sectionText(Dataset<Row> sections, TopicSettings settings) {
    return sections.filter(col("kind").isin(settings.sectionKinds().toArray()))
        .groupBy("doc_id")
        .agg(expr("concat_ws('\\n', transform(sort_array(collect_list(struct(ordinal, text))), s -> s.text))")
            .as("text"));
  }

  /**
   * Partitions sized from the number of documents (at most that many units), sorted by doc_id,
   * and the holdout flag (a hash of doc_id, so stable).
   */
  static Dataset<Row> laidOut(Dataset<Row> units, TopicSettings settings, long documents) {
    return units
        .withColumn("holdout", pmod(xxhash64(col("doc_id")), lit(100)).lt(settings.holdoutPercent()))
        .repartition(settings.partitionsFor(documents), col("doc_id"))
        .sortWithinPartitions("doc_id");
  }
}
