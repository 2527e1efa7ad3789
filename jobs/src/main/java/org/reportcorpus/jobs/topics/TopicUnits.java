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
 * <p>Rows are hash-partitioned by doc_id into a fixed number of partitions and sorted within
 * them: LDA's mini-batch sampling and document indices follow the row order, so this makes a
 * fit depend on the input and the seed only, not on the warehouse's file layout.
 */
final class TopicUnits {

  private TopicUnits() {}

  /** @param documents the analysis set's documents; @param sections the sections table */
  static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> sections, TopicSettings settings) {
    Dataset<Row> units = settings.units().equals(TopicSettings.UNITS_SECTIONS)
        ? sectionText(sections, settings)
            .join(documents.select("doc_id", "report_year", "province"), "doc_id")
        : documents.select("doc_id", "text", "report_year", "province");
    return laidOut(units, settings);
  }

  /** (doc_id, text): each document's sections of the chosen kinds, in order, one per line. */
  static Dataset<Row> sectionText(Dataset<Row> sections, TopicSettings settings) {
    return sections.filter(col("kind").isin(settings.sectionKinds().toArray()))
        .groupBy("doc_id")
        .agg(expr("concat_ws('\\n', transform(sort_array(collect_list(struct(ordinal, text))), s -> s.text))")
            .as("text"));
  }

  /** Fixed partitions sorted by doc_id, and the holdout flag (a hash of doc_id, so stable). */
  static Dataset<Row> laidOut(Dataset<Row> units, TopicSettings settings) {
    return units
        .withColumn("holdout", pmod(xxhash64(col("doc_id")), lit(100)).lt(settings.holdoutPercent()))
        .repartition(settings.partitions(), col("doc_id"))
        .sortWithinPartitions("doc_id");
  }
}
