package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.TrendSlice;
import org.reportcorpus.udfs.stats.TrendSeries;

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
 *   <li>measures, per series ({@link TrendSeries}): every term in every non-empty cell (explicit
 *       zeros), doc_share with its 95 % Wilson interval, per 10,000 characters, and centred moving
 *       averages over years.
 * </ol>
 */
public final class TermTrends {

  public static final String NATIONAL = TrendSlice.NATIONAL;
  public static final String NATIONAL_CODE = "100000";
  public static final String NATIONAL_NAME = "全国";

  private TermTrends() {}

  /**
   * @param documents trend documents (near duplicates already left out)
   * @param units (doc_id, section_kind, n_chars) of every analysis unit
   * @param unitCounts (doc_id, section_kind, term, occurrences)
   * @param terms (term, category): the vocabulary, a few hundred rows
   * @param smoothingWindow years in the centred moving average (1 = none)
   */
  public static Dataset<Row> compute(Dataset<Row> documents, Dataset<Row> units, Dataset<Row> unitCounts,
      Dataset<Row> terms, int smoothingWindow) {
    Dataset<Row> slices = slices(documents);
    Dataset<Row> cells = units.select("doc_id", "section_kind", "n_chars").join(slices, "doc_id")
        .groupBy("year", "geo_level", "geo_code", "geo_name", "doc_type", "section_kind")
        .agg(count(lit(1)).as("n_docs"), sum("n_chars").as("n_chars"));
    String[] cell = TrendSlice.CELL.toArray(new String[0]);
    Dataset<Row> mentions = unitCounts.join(slices, "doc_id")
        .groupBy(TrendSlice.columns(TrendSlice.keys("term", TrendSlice.CELL)))
        .agg(count(lit(1)).as("n_docs_mentioning"), sum("occurrences").as("occurrences"))
        .groupBy(TrendSlice.columns(cell))
        .agg(collect_list(struct(col("term"), col("n_docs_mentioning"), col("occurrences"))).as("mentions"));
    // One row per series with its cells: the series' rows are made together, measures and moving
    // averages in one pass (TrendSeries), rather than a grid joined and sorted for a window.
    Dataset<Row> series = cells.join(mentions, cell, "left")
        .groupBy(TrendSlice.columns(TrendSlice.SERIES.toArray(new String[0])))
        .agg(collect_list(struct(col("year"), col("geo_name"), col("n_docs"), col("n_chars"), col("mentions")))
            .as("cells"));
    ArrayList<String> termNames = new ArrayList<>();
    HashMap<String, String> categories = new HashMap<>();
    for (Row term : terms.select("term", "category").collectAsList()) {
      termNames.add(term.getString(0));
      categories.put(term.getString(0), term.getString(1));
    }
    int half = half(smoothingWindow);
    return series.flatMap((FlatMapFunction<Row, Row>) row -> rowsOf(row, termNames, categories, half).iterator(),
        Encoders.row(Tables.TERM_TRENDS.nullableSchema()));
  }

  /** Years either side of a year in a centred moving average over {@code smoothingWindow} years. */
  static int half(int smoothingWindow) {
    return Math.max(0, (smoothingWindow - 1) / 2);
  }

  /** The rows of one series (geo_level, geo_code, doc_type, section_kind, cells). */
  private static List<Row> rowsOf(Row series, List<String> termNames, Map<String, String> categories, int half) {
    List<TrendSeries.Cell> cells = new ArrayList<>();
    for (Row cell : series.<Row>getList(4)) {
      Map<String, TrendSeries.Mention> mentions = new HashMap<>();
      if (!cell.isNullAt(4)) {
        for (Row mention : cell.<Row>getList(4)) {
          mentions.put(mention.getString(0), new TrendSeries.Mention(mention.getLong(1), mention.getLong(2)));
        }
      }
      cells.add(new TrendSeries.Cell(cell.getInt(0), cell.getString(1), cell.getLong(2), cell.getLong(3), mentions));
    }
    List<Row> rows = new ArrayList<>();
    for (TrendSeries.Measure m : TrendSeries.measure(cells, termNames, half)) {
      rows.add(RowFactory.create(m.term(), categories.get(m.term()), m.cell().year(), series.getString(0),
          series.getString(1), m.cell().geoName(), series.getString(2), series.getString(3), m.cell().docs(),
          m.mentioning(), m.docShare(), m.low(), m.high(), m.occurrences(), m.cell().chars(), m.per10kChars(),
          m.docShareSmoothed(), m.per10kCharsSmoothed()));
    }
    return rows;
  }

  /**
   * The columns of a document that {@link #slices} reads besides its report year: what a year's
   * rows depend on, with the document's units and term counts (which its doc_id fixes).
   */
  static final List<String> SLICE_COLUMNS = List.of("doc_id", "doc_type", "province_code", "province",
      "prefecture_code", "prefecture");

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
}
