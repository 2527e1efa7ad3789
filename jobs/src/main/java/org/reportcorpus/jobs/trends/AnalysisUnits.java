package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * The texts terms are counted in: each whole document (section_kind {@code all}) and, per
 * document, the concatenated sections of each analysed kind, each with its heading (a heading
 * can hold a term). Sections are joined with line breaks, so no term is found across a section
 * boundary.
 */
public final class AnalysisUnits {

  public static final String ALL = TrendSlice.ALL;
  /** Section kinds with their own trend lines. */
  public static final List<String> SECTION_KINDS = List.of("achievements", "shortcomings", "plans");

  private AnalysisUnits() {}

  /** (doc_id, section_kind, text, n_chars). */
  public static Dataset<Row> of(Dataset<Row> documents, Dataset<Row> sections) {
    Dataset<Row> whole = documents.select(col("doc_id"), lit(ALL).as("section_kind"), col("text"), col("n_chars"));
    Dataset<Row> byKind = sections.filter(col("kind").isin(SECTION_KINDS.toArray()))
        .groupBy(col("doc_id"), col("kind").as("section_kind"))
        .agg(sort_array(collect_list(struct(col("ordinal"),
                concat_ws("\n", col("heading"), col("text")).as("text")))).as("parts"),
            sum("n_chars").cast("int").as("n_chars"))
        .select(col("doc_id"), col("section_kind"),
            concat_ws("\n", transform(col("parts"), part -> part.getField("text"))).as("text"), col("n_chars"));
    return whole.unionByName(byKind);
  }
}
