package org.reportcorpus.jobs.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements on semicolons outside quotes ({@code '…'}, {@code "…"},
 * {@code `…`}, with backslash escapes) and {@code --} comments. What follows the last semicolon is
 * kept apart as the unfinished rest, so the shell can wait for more lines and a script can run it.
 */
public final class StatementSplitter {

  /**
   * @param statements the statements ended by a semicolon, stripped; pieces holding only comments
   *     or whitespace are dropped
   * @param rest the text after the last semicolon, as given
   * @param restHasCode whether that rest holds anything but comments and whitespace (an
   *     unfinished statement)
   */
  public record Split(List<String> statements, String rest, boolean restHasCode) {

    /** The ended statements and, if it holds code, the unfinished rest as a last statement. */
    public List<String> all() {
      if (!restHasCode) {
        return statements;
      }
      List<String> all = new ArrayList<>(statements);
      all.add(rest.strip());
      return all;
    }
  }

  private StatementSplitter() {}

  public static Split split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean hasCode = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (quote == 0 && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        end = end < 0 ? script.length() : end;
        current.append(script, i, end);
        i = end - 1;
        continue;
      }
      if (quote == 0 && c == ';') {
        if (hasCode) {
          statements.add(current.toString().strip());
        }
        current.setLength(0);
        hasCode = false;
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
        quote = c;
      } else if (quote != 0 && c == '\\' && i + 1 < script.length()) {
        current.append(c).append(script.charAt(++i));
        continue;
      } else if (c == quote) {
        quote = 0;
      }
      hasCode |= !Character.isWhitespace(c);
      current.append(c);
    }
    return new Split(statements, current.toString(), hasCode);
  }
}
