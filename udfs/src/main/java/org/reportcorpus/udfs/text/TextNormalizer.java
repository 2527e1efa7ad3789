package org.reportcorpus.udfs.text;

import com.hankcs.hanlp.HanLP;

/**
 * Normalizes report text so that counts and matches do not depend on how a site typed it.
 *
 * <ol>
 *   <li>drop byte-order marks and zero-width characters;
 *   <li>map full-width ASCII letters, digits and symbols (U+FF01–FF5E) to ASCII, and the
 *       ideographic, no-break and typographic spaces (U+3000, U+00A0, U+2000–200A) to a space;
 *   <li>convert traditional characters to simplified (HanLP's phrase-aware converter);
 *   <li>tidy whitespace: CRLF to LF, runs of spaces and tabs to one space, lines trimmed, at most
 *       one blank line in a row. Line breaks are kept: joining lines could create a term that the
 *       source does not contain.
 * </ol>
 *
 * <p>Pure and thread-safe; {@code null} in gives {@code null} out.
 */
public final class TextNormalizer {

  /** Share of Han characters changed by t2s above which the source counts as traditional. */
  static final double TRADITIONAL_SHARE = 0.04;

  private TextNormalizer() {}

  /** Normalized text and the script the source was written in. */
  public record Normalized(String text, String script) {}

  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    return tidyWhitespace(toSimplified(foldWidth(raw)));
  }

  /** {@link #normalize} and {@link #detectScript} in one pass over the text. */
  public static Normalized normalizeWithScript(String raw) {
    if (raw == null) {
      return new Normalized(null, null);
    }
    String folded = foldWidth(raw);
    String simplified = toSimplified(folded);
    return new Normalized(tidyWhitespace(simplified), script(folded, simplified));
  }

  /** Full-width ASCII to ASCII, ideographic space to space, invisible characters removed. */
  public static String foldWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F') {
        out.append(' ');
      } else if (isInvisible(c)) {
        // dropped: zero-width joiners and BOMs split terms without being seen
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public static String toSimplified(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return HanLP.convertToSimplifiedChinese(text);
  }

  public static String tidyWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int blankRun = 0;
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String tidy = collapseSpaces(line);
      if (tidy.isEmpty()) {
        blankRun++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankRun > 0 ? "\n\n" : "\n");
      }
      out.append(tidy);
      blankRun = 0;
    }
    return out.toString();
  }

  /**
   * "traditional" when a noticeable share of the Han characters change under t2s, else
   * "simplified"; {@code null} when the text has no Han characters.
   */
  public static String detectScript(String raw) {
    if (raw == null) {
      return null;
    }
    String folded = foldWidth(raw);
    return script(folded, toSimplified(folded));
  }

  private static String script(String folded, String simplified) {
    int han = 0;
    int changed = 0;
    int n = Math.min(folded.length(), simplified.length());
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        if (c != simplified.charAt(i)) {
          changed++;
        }
      }
    }
    if (han == 0) {
      return null;
    }
    return (double) changed / han >= TRADITIONAL_SHARE ? "traditional" : "simplified";
  }

  private static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean pendingSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isInvisible(char c) {
    return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
  }
}
