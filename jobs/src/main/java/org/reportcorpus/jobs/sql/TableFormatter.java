package org.reportcorpus.jobs.sql;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for reading in a terminal:
 *
 * <pre>
 * term     | docs
 * ---------+-----
 * 数字政府 |   12
 * (1 row)
 * </pre>
 *
 * <ol>
 *   <li>the first {@code measuredRows} rows are held back to measure each column (display width:
 *       a CJK character takes two columns), capped at {@code maxCellWidth};
 *   <li>then header, rule and those rows are printed, and any later row streams out at the same
 *       widths (nothing else is held, however long the result);
 *   <li>a cell wider than its column is cut with …; numbers are right-aligned; tabs, newlines and
 *       other control characters become spaces;
 *   <li>last, the row count.
 * </ol>
 */
final class TableFormatter implements ResultFormatter {

  /** Widest column, in display columns. */
  static final int MAX_CELL_WIDTH = 40;
  /** Rows measured before anything prints. */
  static final int MEASURED_ROWS = 1000;

  private final PrintStream out;
  private final int maxCellWidth;
  private final int measuredRows;
  private List<String> columns = List.of();
  private final List<Cell[]> heldRows = new ArrayList<>();
  private int[] widths;
  private long rows;

  private record Cell(String text, boolean number) {}

  TableFormatter(PrintStream out, int maxCellWidth, int measuredRows) {
    this.out = out;
    this.maxCellWidth = maxCellWidth;
    this.measuredRows = measuredRows;
  }

  @Override
  public void header(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public void row(List<?> values) {
    Cell[] cells = new Cell[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object value = values.get(i);
      cells[i] = new Cell(printable(CellText.of(value)), value instanceof Number);
    }
    rows++;
    if (widths != null) {
      printRow(cells);
    } else {
      heldRows.add(cells);
      if (heldRows.size() >= measuredRows) {
        printHeld();
      }
    }
  }

  @Override
  public void finish() {
    if (widths == null) {
      printHeld();
    }
    out.println(rows == 1 ? "(1 row)" : "(" + rows + " rows)");
    out.flush();
  }

  private void printHeld() {
    widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      int width = DisplayWidth.of(printable(columns.get(i)));
      for (Cell[] row : heldRows) {
        width = Math.max(width, DisplayWidth.of(row[i].text()));
      }
      widths[i] = Math.min(width, maxCellWidth);
    }
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < widths.length; i++) {
      header.add(DisplayWidth.pad(DisplayWidth.truncate(printable(columns.get(i)), widths[i]), widths[i], false));
      rule.add("-".repeat(widths[i]));
    }
    out.println(String.join(" | ", header).stripTrailing());
    out.println(String.join("-+-", rule));
    heldRows.forEach(this::printRow);
    heldRows.clear();
  }

  private void printRow(Cell[] cells) {
    List<String> line = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      line.add(DisplayWidth.pad(DisplayWidth.truncate(cells[i].text(), widths[i]), widths[i], cells[i].number()));
    }
    out.println(String.join(" | ", line).stripTrailing());
  }

  /** Control characters (tab, newline…) would break the layout: one space each. */
  private static String printable(String text) {
    StringBuilder printable = new StringBuilder(text.length());
    text.codePoints().forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return printable.toString();
  }
}
