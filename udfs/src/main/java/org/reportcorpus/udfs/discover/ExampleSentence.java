package org.reportcorpus.udfs.discover;

/**
 * The sentence around an occurrence of a phrase, to show a reader how it is used.
 *
 * <p>A sentence ends at 。！？；!?; or a line break (the end mark is kept). A sentence longer than
 * {@code maxChars} is cut to a window of {@code maxChars} chars around the phrase, centred where
 * the sentence allows; the result is always a substring of the text (stripped of spaces at its
 * ends), so it can be found again.
 */
public final class ExampleSentence {

  public static final int DEFAULT_MAX_CHARS = 120;

  private static final String ENDS = "。！？；!?;";

  private ExampleSentence() {}

  /**
   * The sentence holding {@code text[begin, end)}, at most {@code maxChars} chars; null for null
   * text or a span outside it.
   */
  public static String around(String text, int begin, int end, int maxChars) {
    if (text == null || begin < 0 || end > text.length() || begin > end || maxChars < 1) {
      return null;
    }
    int start = begin;
    while (start > 0 && !isBoundary(text.charAt(start - 1))) {
      start--;
    }
    int stop = end;
    while (stop < text.length() && !isLineBreak(text.charAt(stop))) {
      stop++;
      if (ENDS.indexOf(text.charAt(stop - 1)) >= 0 && stop > end) {
        break;
      }
    }
    // strip spaces at the ends
    while (start < begin && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (stop > end && Character.isWhitespace(text.charAt(stop - 1))) {
      stop--;
    }
    if (stop - start > maxChars) {
      int phrase = end - begin;
      if (phrase >= maxChars) {
        return text.substring(begin, begin + maxChars);
      }
      int before = (maxChars - phrase) / 2;
      int windowStart = Math.max(start, begin - before);
      int windowStop = Math.min(stop, windowStart + maxChars);
      windowStart = Math.max(start, windowStop - maxChars);
      start = windowStart;
      stop = windowStop;
    }
    return text.substring(start, stop);
  }

  private static boolean isBoundary(char c) {
    return ENDS.indexOf(c) >= 0 || isLineBreak(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
