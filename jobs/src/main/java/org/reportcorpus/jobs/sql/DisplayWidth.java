package org.reportcorpus.jobs.sql;

import org.jline.utils.WCWidth;

/**
 * Terminal display width, by JLine's wcwidth: CJK and other East Asian wide characters take two
 * columns, combining marks none. Control characters count as one (the table replaces them).
 */
public final class DisplayWidth {

  /** What a cut cell ends with. */
  public static final String ELLIPSIS = "…";

  private DisplayWidth() {}

  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += Math.max(WCWidth.wcwidth(codePoint), codePoint < 0x20 ? 1 : 0);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /**
   * The text if it fits in {@code max} columns, else its longest prefix that fits with {@link
   * #ELLIPSIS} after it.
   */
  public static String truncate(String text, int max) {
    if (of(text) <= max) {
      return text;
    }
    int budget = max - of(ELLIPSIS);
    StringBuilder kept = new StringBuilder();
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = of(new String(Character.toChars(codePoint)));
      if (width + next > budget) {
        break;
      }
      kept.appendCodePoint(codePoint);
      width += next;
      i += Character.charCount(codePoint);
    }
    return kept + ELLIPSIS;
  }

  /** The text padded with spaces to {@code width} columns, on the right or (numbers) on the left. */
  public static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - of(text)));
    return right ? spaces + text : text + spaces;
  }
}
