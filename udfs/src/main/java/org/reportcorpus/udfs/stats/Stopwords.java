package org.reportcorpus.udfs.stats;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * Parses a stopword list (conf/stopwords.txt): one word per line; {@code #} starts a comment (a
 * whole line or the rest of one); blank lines skipped; a leading BOM ignored. Words are normalized
 * like the corpus text (simplified script, half-width ASCII), so the list may be written either way.
 */
public final class Stopwords {

  private Stopwords() {}

  public static Set<String> parse(String content) {
    Set<String> words = new LinkedHashSet<>();
    if (content == null) {
      return words;
    }
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    for (String line : text.split("\\R")) {
      int comment = line.indexOf('#');
      String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (!word.isEmpty()) {
        words.add(TextNormalizer.normalize(word).strip());
      }
    }
    return words;
  }
}
