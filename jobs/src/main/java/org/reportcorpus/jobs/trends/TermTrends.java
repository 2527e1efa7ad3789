package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * Term trends over every slice analysts ask for: report year × geography (national, province,
 * prefecture) × doc_type ('all' or one type) × section_kind ('all' or a kind).
 *
 * <ol>
 *   <li>slice: each dated document belongs to the national slice, its province's and its
 *       prefecture's, under doc_type 'all' and its own type;
 *   <li>cells: documents and characters per slice and year (for a section kind: documents having
 *       such sections, and those sections' characters);
 *   <li>mentions: documents mentioning each term and its occurrences per cell;
 *   <li>measures: every term in every non-empty cell (explicit zeros), doc_share with its 95 %
 *       Wilson interval, per 10,000 characters, and centred moving averages over years.
 * </ol>
 */
public final class TermTrends {

  public static final String NATIONAL = TrendSlice.NATIONAL;
  public static final String NATIONAL_CODE = "100000";
  public static final String NATIONAL_NAME = "全国";
  private static final double Z = 1.959963984540054;

  private TermTrends() {}

  /**
   * @param documents trend documents (near duplicates already left out)
   * @param units (doc_id, section_kind, n_chars) of every analysis unit
   * @param unitCounts (doc_id, section_kind, term, occurrences)
   * @param terms (term, category)
   * @param smoothingWindow years in the centred moving average (1 = none)
   */
  public static Dataset<Row> compute(Dataset<Row> documents, Dataset<Row> units, Dataset<Row> unitCounts,
      Dataset<Row> terms, int smoothingWindow) {
    Dataset<Row> slices = slices(documents);
    Dataset<Row> cells = units.select("doc_id", "section_kind", "n_chars").join(slices, "doc_id")
        .groupBy("year", "geo_level", "geo_code", "geo_name", "doc_type", "section_kind")
        .agg(count(lit(1)).as("n_docs"), sum("n_chars").as("n_chars"));
    String[] termCell = TrendSlice.keys("term", TrendSlice.CELL);
    Dataset<Row> mentions = unitCounts.join(slices, "doc_id")
        .groupBy(TrendSlice.columns(termCell))
        .agg(count(lit(1)).as("n_docs_mentioning"), sum("occurrences").as("occurrences"));
    Dataset<Row> grid = cells.crossJoin(broadcast(terms)).join(mentions, termCell, "left");
    Column k = coalesce(col("n_docs_mentioning"), lit(0L));
    Column n = col("n_docs");
    Column occurrences = coalesce(col("occurrences"), lit(0L));
    Dataset<Row> measured = grid.select(
        col("term"), col("category"), col("year"), col("geo_level"), col("geo_code"), col("geo_name"),
        col("doc_type"), col("section_kind"), n, k.as("n_docs_mentioning"),
        k.divide(n).as("doc_share"),
        wilsonLow(k, n).as("doc_share_low"), wilsonHigh(k, n).as("doc_share_high"),
        occurrences.as("occurrences"), col("n_chars"),
        when(col("n_chars").gt(0), occurrences.multiply(10000.0).divide(col("n_chars"))).otherwise(0.0)
            .as("per_10k_chars"));
    int half = Math.max(0, (smoothingWindow - 1) / 2);
    WindowSpec years = Window.partitionBy(TrendSlice.columns(TrendSlice.keys("term", TrendSlice.SERIES)))
        .orderBy("year").rangeBetween(-half, half);
    return measured
        .withColumn("doc_share_smoothed", avg("doc_share").over(years))
        .withColumn("per_10k_chars_smoothed", avg("per_10k_chars").over(years));
  }

  /** (doc_id, year, geo_level, geo_code, geo_name, doc_type): every slice a dated document is in. */
  static Dataset<Row> slices(Dataset<Row> documents) {
    Column geos = filter(array(
        geo(lit(NATIONAL), lit(NATIONAL_CODE), lit(NATIONAL_NAME)),
        geo(lit("province"), col("province_code"), col("province")),
        geo(lit("prefecture"), col("prefecture_code"), col("prefecture"))),
        g -> g.getField("geo_code").isNotNull());
    Column docTypes = filter(array(lit(AnalysisUnits.ALL), col("doc_type")), t -> t.isNotNull());
    return documents.filter(col("report_year").isNotNull())
        .select(col("doc_id"), col("report_year").as("year"), docTypes.as("doc_types"), explode(geos).as("g"))
        .select(col("doc_id"), col("year"), col("g.geo_level"), col("g.geo_code"), col("g.geo_name"),
            explode(col("doc_types")).as("doc_type"));
  }

  private static Column geo(Column level, Column code, Column name) {
    return struct(level.as("geo_level"), code.as("geo_code"), name.as("geo_name"));
  }

  /** Lower end of the 95 % Wilson score interval for k successes in n trials. */
  static Column wilsonLow(Column k, Column n) {
    return wilson(k, n, -1);
  }

  static Column wilsonHigh(Column k, Column n) {
    return wilson(k, n, 1);
  }

  private static Column wilson(Column k, Column n, int sign) {
    Column p = k.divide(n);
    Column z2n = lit(Z * Z).divide(n);
    Column centre = p.plus(z2n.divide(2));
    Column spread = lit(Z).multiply(sqrt(p.multiply(lit(1).minus(p)).divide(n).plus(z2n.divide(n.multiply(4)))));
    return centre.plus(spread.multiply(sign)).divide(lit(1).plus(z2n));
  }
}
