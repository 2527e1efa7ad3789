package org.reportcorpus.generator;

import java.util.List;

/**
 * A report's text with its verified term counts.
 *
 * @param plan what was decided about the report
 * @param title the title line, or null when the text starts with the opening
 * @param text the whole text as written: title line (if any), then the body; normalized form,
 *     lines separated by a single {@code \n}, no trailing newline
 * @param counts occurrences of each term the composer planted (the dictionary's terms, then the
 *     slogans, indexed like the composer's counter), equal to both what was planted and what
 *     {@link TermCounter} finds in {@code text}
 * @param sectionCounts occurrences per kind of top-level part ({@link #SECTION_KINDS}) and term,
 *     indexed like {@code counts}; a part's heading line counts as part of it. They add up to
 *     {@code counts} term by term
 * @param topics the planted topic mixture of a report of {@code generate --topics K}, else null
 */
record ComposedReport(ReportPlan plan, String title, String text, int[] counts, int[][] sectionCounts,
    DocumentTopics topics) {

  /** A report without planted topics. */
  ComposedReport(ReportPlan plan, String title, String text, int[] counts, int[][] sectionCounts) {
    this(plan, title, text, counts, sectionCounts, null);
  }

  /**
   * The kinds of top-level part, as the project's section splitter names them: 一、 achievements,
   * 二、 responsibility (the principal's duties), 三、 shortcomings, 四、 plans; other is what lies
   * outside them (title, addressee, opening paragraph, signature and date).
   */
  static final List<String> SECTION_KINDS = List.of("achievements", "responsibility", "shortcomings", "plans", "other");

  static final int OTHER = 4;

  /** Length in characters (code points), the truth table's n_chars. */
  int chars() {
    return text.codePointCount(0, text.length());
  }
}
