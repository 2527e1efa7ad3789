package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * What a trend slice is — the one definition the trends job, the report, notebooks (through the
 * view {@value #HEADLINE_VIEW}) and tests use. A term's trend line is one series: a geography
 * (national, a province or a prefecture), a document type ('all' or one type) and a section kind
 * ('all' = whole documents, or one kind); a cell is a series in one year.
 */
public final class TrendSlice {

  public static final String NATIONAL = "national";
  /** The value of doc_type and section_kind that means every type, the whole document. */
  public static final String ALL = "all";
  /** The series columns: rows with equal values form one line over the years. */
  public static final List<String> SERIES = List.of("geo_level", "geo_code", "doc_type", "section_kind");
  /** The cell columns: a series in one year. */
  public static final List<String> CELL = withFirst("year", SERIES);
  /** The headline slice: the whole country, every document type, whole documents. */
  public static final String HEADLINE_SQL = "geo_level = '" + NATIONAL + "' AND doc_type = '" + ALL
      + "' AND section_kind = '" + ALL + "'";
  /** The view of term_trends holding only the headline slice (database corpus). */
  public static final String HEADLINE_VIEW = "term_trends_national";

  private TrendSlice() {}

  public static Column headline() {
    return expr(HEADLINE_SQL);
  }

  /** {@code first} followed by {@code rest}, as an array for Spark's join and groupBy. */
  public static String[] keys(String first, List<String> rest) {
    return withFirst(first, rest).toArray(new String[0]);
  }

  public static Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static List<String> withFirst(String first, List<String> rest) {
    List<String> keys = new ArrayList<>(rest.size() + 1);
    keys.add(first);
    keys.addAll(rest);
    return List.copyOf(keys);
  }
}
