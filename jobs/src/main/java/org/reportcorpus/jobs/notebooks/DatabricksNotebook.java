package org.reportcorpus.jobs.notebooks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notebook in Databricks' SQL source format, as notebooks-export keeps them: a header line,
 * cells separated by {@value #CELL_SEPARATOR}, markdown cells as {@code -- MAGIC} lines (the first
 * one {@code -- MAGIC %md}), SQL cells named by a {@code -- name: NAME} line so that tests and
 * exports can refer to them.
 */
public record DatabricksNotebook(List<Cell> cells) {

  public static final String HEADER = "-- Databricks notebook source";
  public static final String CELL_SEPARATOR = "-- COMMAND ----------";
  private static final String MAGIC = "-- MAGIC";
  private static final Pattern NAME = Pattern.compile("(?m)^-- name: ([a-z0-9_]+)\\s*$");

  public enum Kind { MARKDOWN, SQL }

  /**
   * @param kind markdown or SQL
   * @param name the SQL cell's name (null for markdown)
   * @param text markdown without its {@code -- MAGIC} prefixes, or the SQL as written (comments kept)
   */
  public record Cell(Kind kind, String name, String text) {}

  public DatabricksNotebook {
    cells = List.copyOf(cells);
  }

  /** Parses a notebook; fails naming the problem (no header, an unnamed or twice-named SQL cell). */
  public static DatabricksNotebook parse(String source) {
    String body = source.replace("\r\n", "\n");
    if (!body.startsWith(HEADER + "\n")) {
      throw new IllegalArgumentException("a notebook must start with '" + HEADER + "'");
    }
    List<Cell> cells = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String part : body.substring(HEADER.length()).split("\n" + Pattern.quote(CELL_SEPARATOR) + "\n", -1)) {
      String cell = part.strip();
      if (cell.isEmpty()) {
        continue;
      }
      if (cell.lines().allMatch(line -> line.startsWith(MAGIC))) {
        cells.add(new Cell(Kind.MARKDOWN, null, markdown(cell)));
        continue;
      }
      Matcher name = NAME.matcher(cell);
      if (!name.find()) {
        throw new IllegalArgumentException("SQL cell without a '-- name: NAME' line:\n" + cell);
      }
      if (!names.add(name.group(1))) {
        throw new IllegalArgumentException("two SQL cells named " + name.group(1));
      }
      cells.add(new Cell(Kind.SQL, name.group(1), cell));
    }
    return new DatabricksNotebook(cells);
  }

  public List<Cell> sqlCells() {
    return cells.stream().filter(c -> c.kind() == Kind.SQL).toList();
  }

  /** Lines of {@code -- MAGIC} cells without the prefix; the {@code %md} line is dropped. */
  private static String markdown(String cell) {
    List<String> lines = new ArrayList<>();
    for (String line : cell.lines().toList()) {
      String text = line.substring(MAGIC.length());
      text = text.startsWith(" ") ? text.substring(1) : text;
      if (lines.isEmpty() && text.strip().equals("%md")) {
        continue;
      }
      lines.add(text);
    }
    return String.join("\n", lines).strip();
  }
}
