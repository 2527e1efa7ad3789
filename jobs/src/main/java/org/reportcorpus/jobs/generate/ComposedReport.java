package org.reportcorpus.jobs.generate;

/**
 * A report's text with its verified term counts.
 *
 * @param plan what was decided about the report
 * @param title the title line, or null when the text starts with the opening
 * @param text the whole text as written: title line (if any), then the body; normalized form,
 *     lines separated by a single {@code \n}, no trailing newline
 * @param counts occurrences of each dictionary term (indexed like the dictionary), equal to both
 *     what was planted and what {@link TermCounter} finds in {@code text}
 */
record ComposedReport(ReportPlan plan, String title, String text, int[] counts) {

  /** Length in characters (code points), the truth table's n_chars. */
  int chars() {
    return text.codePointCount(0, text.length());
  }
}
