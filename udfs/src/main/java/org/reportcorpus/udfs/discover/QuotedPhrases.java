package org.reportcorpus.udfs.discover;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrases a report puts in quotation marks — the way Chinese official prose names a slogan
 * (深入推进“放管服”改革).
 *
 * <p>Recognized pairs: “…” and 「…」, and ASCII "…" (what full-width ＂…＂ becomes after
 * normalization; an ASCII quote opens and the next one on the same line closes). A quoted
 * phrase is kept when it
 *
 * <ol>
 *   <li>lies on one line and holds no other quotation mark and no sentence end (。！？；!?;) — a
 *       quoted sentence or an unbalanced quote is not a name;
 *   <li>has {@code minChars}–{@code maxChars} code points after stripping spaces at its ends;
 *   <li>passes {@link PhraseShape} (Han-dominated, no punctuation or function character at
 *       either end).
 * </ol>
 *
 * Phrases come out in text order, repeated as often as they are quoted.
 */
public final class QuotedPhrases implements Serializable {

  public static final int DEFAULT_MIN_CHARS = 2;
  public static final int DEFAULT_MAX_CHARS = 12;

  private static final String SENTENCE_ENDS = "。！？；!?;";
  private static final String QUOTE_MARKS = "“”「」\"";

  private final int minChars;
  private final int maxChars;
  private final PhraseShape shape;

  public QuotedPhrases(int minChars, int maxChars, PhraseShape shape) {
    if (minChars < 1 || maxChars < minChars) {
      throw new IllegalArgumentException("quoted phrase length: expected 1 <= min <= max but got "
          + minChars + ".." + maxChars);
    }
    this.minChars = minChars;
    this.maxChars = maxChars;
    this.shape = shape;
  }

  public static QuotedPhrases defaults() {
    return new QuotedPhrases(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS, PhraseShape.defaults());
  }

  /** The closing mark of an opening one, or 0 when {@code c} opens nothing. */
  static char closerOf(char c) {
    return switch (c) {
      case '“' -> '”';
      case '「' -> '」';
      case '"' -> '"';
      default -> 0;
    };
  }

  /** Quoted phrases of {@code text} in order; empty for null or empty text. */
  public List<String> extract(String text) {
    List<String> phrases = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return phrases;
    }
    int i = 0;
    while (i < text.length()) {
      char closer = closerOf(text.charAt(i));
      if (closer == 0) {
        i++;
        continue;
      }
      int end = closingIndex(text, i + 1, closer);
      if (end < 0) {
        i++; // unbalanced here: look for the next opening mark
        continue;
      }
      String inner = text.substring(i + 1, end);
      if (isPlain(inner)) {
        String phrase = inner.strip();
        int length = PhraseShape.length(phrase);
        if (length >= minChars && length <= maxChars && shape.accepts(phrase)) {
          phrases.add(phrase);
        }
      }
      i = end + 1;
    }
    return phrases;
  }

  /**
   * Index of the closing mark for an opening one just before {@code from}, or -1 when a line
   * break or another opening “/「 comes first (the quote is unbalanced; the later one may pair).
   */
  private static int closingIndex(String text, int from, char closer) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == closer) {
        return j;
      }
      if (c == '\n' || c == '\r' || (closer != '"' && (c == '“' || c == '「'))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isPlain(String inner) {
    for (int j = 0; j < inner.length(); j++) {
      char c = inner.charAt(j);
      if (SENTENCE_ENDS.indexOf(c) >= 0 || QUOTE_MARKS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** True when the occurrence of a phrase at {@code [begin, end)} stands between a pair of quotes. */
  public static boolean isQuotedAt(String text, int begin, int end) {
    if (begin <= 0 || end >= text.length()) {
      return false;
    }
    char closer = closerOf(text.charAt(begin - 1));
    return closer != 0 && text.charAt(end) == closer;
  }
}
