package org.reportcorpus.jobs.tables;

/**
 * Quoting for SQL text the project writes (comments, paths, names): Spark SQL and HiveQL read a
 * backslash as an escape inside string literals, and a doubled backtick inside an identifier.
 */
public final class SqlText {

  private SqlText() {}

  /** {@code 'text'} with backslashes and single quotes escaped. */
  public static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** {@code `name`} with backticks doubled. */
  public static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
