package org.reportcorpus.udfs.discover;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Character n-grams of the Han runs of a text (maximal stretches of Han ideographs; punctuation,
 * digits, Latin letters and line breaks end a run), for frequent-phrase discovery.
 *
 * <p>Counting every n-gram of a large corpus is too much, so discovery is done a priori in two
 * passes: a phrase can only be in many documents if every one of its {@code seedLength}-grams is
 * (the seeds; a seed is packed into a {@code long}, 16 bits per character, so at most 4). Pass 1
 * counts seeds ({@link #distinctSeeds}); pass 2 emits only the n-grams whose every seed is
 * frequent ({@link #distinctNgrams}) — in real prose most long n-grams are unique and never get
 * made. {@link #countNgrams} also tells, per n-gram, whether an occurrence of it lines
 * up with the tokens of a segmentation ({@link #tokenBoundaries}): character n-grams cut words
 * apart, and the segmenter is a cheap judge of where words end.
 *
 * <p>Only characters of the Basic Multilingual Plane count as Han here; a supplementary-plane
 * ideograph ends a run (rare in reports, and it keeps one char one character).
 */
public final class CharNgrams {

  /** Longest seed: four UTF-16 chars fill a long. */
  public static final int MAX_SEED_LENGTH = 4;

  private CharNgrams() {}

  /** [begin, end) of each maximal run of Han chars, in order. Empty for null. */
  public static List<int[]> hanRuns(String text) {
    List<int[]> runs = new ArrayList<>();
    if (text == null) {
      return runs;
    }
    int begin = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean han = i < text.length() && PhraseShape.isHan(text.charAt(i));
      if (han && begin < 0) {
        begin = i;
      } else if (!han && begin >= 0) {
        runs.add(new int[] {begin, i});
        begin = -1;
      }
    }
    return runs;
  }

  /** {@code length} chars from {@code from} packed into a long (16 bits each, first char highest). */
  public static long pack(CharSequence text, int from, int length) {
    checkSeedLength(length);
    long key = 0;
    for (int k = 0; k < length; k++) {
      key = (key << 16) | text.charAt(from + k);
    }
    return key;
  }

  /** The string a packed seed of {@code length} chars stands for. */
  public static String unpack(long key, int length) {
    checkSeedLength(length);
    char[] chars = new char[length];
    for (int k = length - 1; k >= 0; k--) {
      chars[k] = (char) (key & 0xFFFF);
      key >>>= 16;
    }
    return new String(chars);
  }

  /** Every distinct Han seed of the text, packed; empty for null. */
  public static long[] distinctSeeds(String text, int seedLength) {
    checkSeedLength(seedLength);
    LongSet seen = new LongSet(1024);
    for (int[] run : hanRuns(text)) {
      for (int i = run[0]; i + seedLength <= run[1]; i++) {
        seen.add(pack(text, i, seedLength));
      }
    }
    return seen.toArray();
  }

  /**
   * Every distinct Han n-gram of {@code minLength}–{@code maxLength} chars whose every seed of
   * {@code seedLength} chars satisfies {@code frequentSeed}; empty for null. {@code seedLength}
   * must not exceed {@code minLength}.
   */
  public static Set<String> distinctNgrams(String text, int minLength, int maxLength, int seedLength,
      LongPredicate frequentSeed) {
    Set<String> ngrams = new HashSet<>();
    forEachNgram(text, minLength, maxLength, seedLength, frequentSeed, (begin, end) -> ngrams.add(text.substring(begin, end)));
    return ngrams;
  }

  /** An n-gram's occurrences in one text, and whether one of them lines up with the tokens. */
  public record Counted(int occurrences, boolean aligned) {

    Counted plus(Counted other) {
      return new Counted(occurrences + other.occurrences, aligned || other.aligned);
    }
  }

  /**
   * As {@link #distinctNgrams}, each n-gram with its occurrences in the text (overlapping ones
   * included) and whether at least one occurrence starts and ends on a token boundary ({@code
   * boundaries} bit i: a token starts or ends at i). An n-gram that never does is a piece of
   * other words (化民法典宣传 in 深化/民法典/宣传). One document, plainly; {@link NgramTally}
   * sums the same over many without a String per occurrence.
   */
  public static Map<String, Counted> countNgrams(String text, int minLength, int maxLength, int seedLength,
      LongPredicate frequentSeed, BitSet boundaries) {
    Map<String, Counted> ngrams = new HashMap<>();
    forEachNgram(text, minLength, maxLength, seedLength, frequentSeed, (begin, end) -> ngrams.merge(text.substring(begin, end),
        new Counted(1, boundaries.get(begin) && boundaries.get(end)), Counted::plus));
    return ngrams;
  }

  /**
   * Token boundaries of a text from its tokens in order (as a segmenter gives them, blanks
   * possibly left out): bit i is set when a token starts or ends at char i. The text's ends and
   * the ends of every Han run are boundaries too, so a text whose tokens cannot be placed still
   * has its runs' ends. Empty for null text.
   */
  public static BitSet tokenBoundaries(String text, List<String> tokens) {
    BitSet boundaries = new BitSet();
    if (text == null) {
      return boundaries;
    }
    for (int[] run : hanRuns(text)) {
      boundaries.set(run[0]);
      boundaries.set(run[1]);
    }
    int at = 0;
    for (String token : tokens == null ? List.<String>of() : tokens) {
      int found = token.isEmpty() ? -1 : text.indexOf(token, at);
      if (found < 0) {
        continue; // a token the segmenter changed: its neighbours still place themselves
      }
      boundaries.set(found);
      boundaries.set(found + token.length());
      at = found + token.length();
    }
    return boundaries;
  }

  /** Receives the [begin, end) span of each n-gram occurrence. */
  public interface SpanVisitor {
    void visit(int begin, int end);
  }

  /**
   * Every occurrence of a Han n-gram of {@code minLength}–{@code maxLength} chars whose every
   * seed satisfies {@code frequentSeed}, as a span of the text (nothing for null text).
   */
  public static void forEachNgram(String text, int minLength, int maxLength, int seedLength, LongPredicate frequentSeed,
      SpanVisitor visitor) {
    checkSeedLength(seedLength);
    if (seedLength > minLength || maxLength < minLength) {
      throw new IllegalArgumentException("n-grams: expected seed <= min <= max but got seed " + seedLength
          + ", " + minLength + ".." + maxLength);
    }
    for (int[] run : hanRuns(text)) {
      int length = run[1] - run[0];
      if (length < minLength) {
        continue;
      }
      // frequentFrom[k]: how many consecutive frequent seeds start at run[0] + k.
      int seeds = length - seedLength + 1;
      int[] frequentFrom = new int[seeds + 1];
      for (int k = seeds - 1; k >= 0; k--) {
        frequentFrom[k] = frequentSeed.test(pack(text, run[0] + k, seedLength)) ? frequentFrom[k + 1] + 1 : 0;
      }
      for (int k = 0; k < seeds; k++) {
        // an n-gram at k holds n - seedLength + 1 seeds, all of which must be frequent
        int longest = Math.min(maxLength, Math.min(length - k, frequentFrom[k] + seedLength - 1));
        for (int n = minLength; n <= longest; n++) {
          visitor.visit(run[0] + k, run[0] + k + n);
        }
      }
    }
  }

  private static void checkSeedLength(int length) {
    if (length < 1 || length > MAX_SEED_LENGTH) {
      throw new IllegalArgumentException("seed length: expected 1.." + MAX_SEED_LENGTH + " but got " + length);
    }
  }
}
