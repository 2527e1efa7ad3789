package org.reportcorpus.udfs.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rows of a rule file under conf/ (boilerplate.tsv, doc_types.tsv, sections.tsv): tab-separated
 * columns, {@code #} comment lines and blank lines skipped, a leading BOM ignored. Each row keeps its
 * line number so that a bad rule is reported as {@code file:line: what is wrong}.
 */
public final class RuleTable {

  /** One rule line: its columns (trailing empty columns kept) and where it came from. */
  public record Row(String source, int lineNo, List<String> columns) {

    /** Column {@code i}, stripped; empty when the line has fewer columns. */
    public String col(int i) {
      return i < columns.size() ? columns.get(i).strip() : "";
    }

    /**
     * Column {@code i} compiled as a Java regex with {@link #FLAGS}; fails naming the file, line
     * and column.
     */
    public Pattern pattern(int i) {
      String regex = i < columns.size() ? columns.get(i) : "";
      if (regex.isEmpty()) {
        throw error("column " + (i + 1) + " must hold a pattern");
      }
      try {
        return Pattern.compile(regex, FLAGS);
      } catch (PatternSyntaxException e) {
        throw error("bad pattern in column " + (i + 1) + ": " + e.getDescription() + " in " + regex);
      }
    }

    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + ":" + lineNo + ": " + message);
    }
  }

  /**
   * Flags every rule pattern is compiled with: Unicode classes, so that {@code \\s} also matches the
   * en and em spaces (U+2002, U+2003) that web pages put into labels like 「索 引 号」.
   */
  public static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  private RuleTable() {}

  /**
   * The rule rows of {@code tsv}.
   *
   * @param tsv the file's content; {@code null} is an error (a missing file must not silently
   *     disable every rule)
   * @param source a name for messages, e.g. {@code boilerplate.tsv}
   * @param header the first column of the header row, skipped wherever it appears
   */
  public static List<Row> rows(String tsv, String source, String header) {
    if (tsv == null) {
      throw new IllegalArgumentException(source + ": no rules given (null)");
    }
    List<Row> rows = new ArrayList<>();
    String[] lines = tsv.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> columns = List.of(line.split("\t", -1));
      if (!columns.get(0).strip().equals(header)) {
        rows.add(new Row(source, i + 1, columns));
      }
    }
    return rows;
  }
}
