package org.reportcorpus.udfs.stats;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyword candidates of one segmented document: content words and two-word phrases.
 *
 * <ol>
 *   <li>A token is a <em>content word</em> when its part-of-speech tag starts with one of the
 *       kept prefixes (HanLP: {@code n…} nouns, including {@code nz} for the vocabulary's terms,
 *       {@code v…} verbs), its tag is not excluded outright, it has at least {@code minLength}
 *       characters (code points), it is not a number (only digits, Chinese numerals and number
 *       punctuation) and it is not a stopword.
 *   <li>A <em>phrase</em> is two adjacent content words, concatenated (数字 + 政府 → 数字政府),
 *       unless the concatenation is itself a stopword.
 *   <li>{@link #count} returns the occurrences of every word and phrase of the document.
 * </ol>
 *
 * Immutable and small (the stopword set); safe to ship to executors.
 */
public final class KeywordExtractor implements Serializable {

  private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";
  private static final String NUMBER_PUNCTUATION = ".,%‰·+-/:";

  private final Set<String> stopwords;
  private final List<String> posPrefixes;
  private final Set<String> excludedPos;
  private final int minLength;

  public KeywordExtractor(Set<String> stopwords, List<String> posPrefixes, Set<String> excludedPos, int minLength) {
    if (minLength < 1) {
      throw new IllegalArgumentException("minLength must be >= 1 but got " + minLength);
    }
    if (posPrefixes.isEmpty()) {
      throw new IllegalArgumentException("at least one part-of-speech prefix is needed");
    }
    this.stopwords = Set.copyOf(stopwords);
    this.posPrefixes = List.copyOf(posPrefixes);
    this.excludedPos = Set.copyOf(excludedPos);
    this.minLength = minLength;
  }

  /** Words and phrases with their occurrences; empty for null or mismatched lists. */
  public Map<String, Integer> count(List<String> tokens, List<String> tags) {
    Map<String, Integer> counts = new HashMap<>();
    if (tokens == null || tags == null || tokens.size() != tags.size()) {
      return counts;
    }
    String previous = null; // the previous token when it was a content word
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (isContentWord(token, tags.get(i))) {
        counts.merge(token, 1, Integer::sum);
        if (previous != null) {
          String phrase = previous + token;
          if (!stopwords.contains(phrase)) {
            counts.merge(phrase, 1, Integer::sum);
          }
        }
        previous = token;
      } else {
        previous = null;
      }
    }
    return counts;
  }

  public boolean isContentWord(String token, String tag) {
    if (token == null || tag == null || excludedPos.contains(tag)) {
      return false;
    }
    boolean keptTag = false;
    for (String prefix : posPrefixes) {
      if (tag.startsWith(prefix)) {
        keptTag = true;
        break;
      }
    }
    return keptTag
        && token.codePointCount(0, token.length()) >= minLength
        && !isNumber(token)
        && !stopwords.contains(token);
  }

  /** Only digits, Chinese numerals and number punctuation (2023, 三十五 and 1.5% are; 百分之 is not). */
  public static boolean isNumber(String token) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    return token.codePoints().allMatch(c -> Character.isDigit(c)
        || NUMERALS.indexOf(c) >= 0 || NUMBER_PUNCTUATION.indexOf(c) >= 0);
  }
}
