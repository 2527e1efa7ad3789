package org.reportcorpus.udfs.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Character shingles for near-duplicate detection: the distinct k-character substrings of a text
 * with whitespace and punctuation removed, so that reposts with other line breaks, spacing or
 * quote marks still share their shingles.
 */
public final class Shingles {

  private Shingles() {}

  /** Distinct shingles in first-seen order; empty for null or text shorter than k. */
  public static List<String> of(String text, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1 but got " + k);
    }
    if (text == null) {
      return List.of();
    }
    String letters = lettersAndDigits(text);
    Set<String> shingles = new LinkedHashSet<>();
    for (int i = 0; i + k <= letters.length(); i++) {
      shingles.add(letters.substring(i, i + k));
    }
    return new ArrayList<>(shingles);
  }

  static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Jaccard similarity of two shingle sets (1.0 for two empty sets). */
  public static double jaccard(List<String> a, List<String> b) {
    Set<String> union = new LinkedHashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 1.0;
    }
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(new LinkedHashSet<>(b));
    return (double) both.size() / union.size();
  }
}
