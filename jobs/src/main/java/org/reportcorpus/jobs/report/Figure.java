package org.reportcorpus.jobs.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One figure of the report: its data as a small table (what the SQL returned), how to draw it,
 * and what to say instead when there is too little data.
 *
 * @param id stable name, used for element ids and the CSV file
 * @param guide one sentence on how to read it
 * @param sql the query that reproduces {@code rows}
 * @param chart how to draw it, or null for a table alone
 * @param empty why it is not drawn (too little data, a missing table), or null
 * @param percent columns holding shares (0..1), shown as percentages
 */
public record Figure(String id, String title, String guide, String sql, List<String> columns,
    List<List<Object>> rows, Chart chart, String empty, Set<String> percent) {

  public Figure {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    percent = Set.copyOf(percent);
  }

  public boolean drawn() {
    return empty == null && chart != null;
  }

  /** The value of {@code column} in {@code row}. */
  public Object value(List<Object> row, String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("figure " + id + ": no column " + column + " in " + columns);
    }
    return row.get(index);
  }

  /**
   * How the figure is drawn: a kind the report's script knows ({@code bars}, {@code lines},
   * {@code intervals}, {@code tiles}), its settings (column names), and its panels — one chart
   * per value of the {@code group} column, or one chart when empty.
   */
  public record Chart(String kind, Map<String, Object> spec, List<String> panels) {
    public Chart {
      spec = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spec));
      panels = List.copyOf(panels);
    }

    public static Chart of(String kind, Map<String, Object> spec) {
      return new Chart(kind, spec, List.of());
    }
  }
}
