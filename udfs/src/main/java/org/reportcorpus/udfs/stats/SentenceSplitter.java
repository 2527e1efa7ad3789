package org.reportcorpus.udfs.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences: after each of {@code 。！？；} (and their half-width forms
 * {@code !?;}, which normalization produces from the full-width ones) and at every line break.
 * The delimiters are dropped and each sentence is stripped of surrounding whitespace; sentences
 * left blank are not sentences. Null or blank text has no sentences.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null) {
      return sentences;
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDelimiter(text.charAt(i))) {
        add(sentences, text, start, i);
        start = i + 1;
      }
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  public static boolean isDelimiter(char c) {
    return switch (c) {
      case '。', '！', '？', '；', '!', '?', ';', '\n', '\r', '\u2028', '\u2029' -> true;
      default -> false;
    };
  }

  private static void add(List<String> sentences, String text, int from, int to) {
    String sentence = text.substring(from, to).strip();
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }
}
