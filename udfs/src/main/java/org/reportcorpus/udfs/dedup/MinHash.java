package org.reportcorpus.udfs.dedup;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of a text's character shingles, computed on primitives: no String, set or
 * vector per shingle.
 *
 * <ol>
 *   <li>read: the text's letters and digits as code points (whitespace and punctuation dropped,
 *       as {@link Shingles} does), so reposts with other line breaks or quote marks agree;
 *   <li>shingle: each window of {@code shingleSize} code points gets a 64-bit rolling polynomial
 *       hash (one multiply-add per code point, the code point leaving the window subtracted),
 *       finished by a 64-bit mixer so that similar windows get unrelated values;
 *   <li>minimum: for each of the {@code hashes} functions {@code h_i(x) = (a_i·x + b_i) >>> 32}
 *       (multiply-shift, 64-bit arithmetic, a_i odd; the coefficients drawn from the seed), the
 *       signature keeps the least value over the shingles. The least value over a text's
 *       shingles is the least over its distinct shingles, so repeats need no set.
 * </ol>
 *
 * Two signatures agree in position i when the shingle of least h_i is common to both texts,
 * which happens with probability |A ∩ B| / |A ∪ B|: the share of equal positions estimates the
 * Jaccard similarity of the distinct shingle sets ({@link #similarity}). Signatures depend only on
 * the text, {@code shingleSize}, {@code hashes} and {@code seed}, so they can be stored and
 * compared with signatures computed in any later run with the same three settings.
 */
public final class MinHash implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Odd 64-bit base of the rolling hash (the golden-ratio constant). */
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int shingleSize;
  private final long[] multipliers;
  private final long[] increments;
  /** BASE^shingleSize mod 2^64: the weight of the code point that leaves the window. */
  private final long leaving;

  public MinHash(int shingleSize, int hashes, long seed) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1 but got " + shingleSize);
    }
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be >= 1 but got " + hashes);
    }
    this.shingleSize = shingleSize;
    this.multipliers = new long[hashes];
    this.increments = new long[hashes];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = random.nextLong() | 1L;
      increments[i] = random.nextLong();
    }
    long power = 1;
    for (int i = 0; i < shingleSize; i++) {
      power *= BASE;
    }
    this.leaving = power;
  }

  /** Values in a signature. */
  public int size() {
    return multipliers.length;
  }

  /**
   * The signature of {@code text}: {@link #size()} values; empty for null or for a text with
   * fewer than shingleSize letters and digits (no shingle: it resembles nothing).
   */
  public int[] signature(String text) {
    if (text == null) {
      return new int[0];
    }
    int hashes = multipliers.length;
    long[] least = new long[hashes];
    java.util.Arrays.fill(least, Long.MAX_VALUE);
    int[] window = new int[shingleSize]; // the code points in the window, as a ring
    long rolling = 0;
    int letters = 0;
    for (int offset = 0; offset < text.length(); ) {
      int codePoint = text.codePointAt(offset);
      offset += Character.charCount(codePoint);
      if (!Character.isLetterOrDigit(codePoint)) {
        continue;
      }
      int slot = letters % shingleSize;
      rolling = rolling * BASE + codePoint - (letters >= shingleSize ? window[slot] * leaving : 0);
      window[slot] = codePoint;
      letters++;
      if (letters >= shingleSize) {
        long shingle = mix(rolling);
        for (int i = 0; i < hashes; i++) {
          long value = (multipliers[i] * shingle + increments[i]) >>> 32;
          if (value < least[i]) {
            least[i] = value;
          }
        }
      }
    }
    if (letters < shingleSize) {
      return new int[0];
    }
    int[] signature = new int[hashes];
    for (int i = 0; i < hashes; i++) {
      signature[i] = (int) least[i]; // 32-bit values: the cast keeps them distinct
    }
    return signature;
  }

  /**
   * The share of positions where two signatures agree: the estimated Jaccard similarity of their
   * texts' shingles. 0 when either is empty or null (a text without shingles resembles nothing).
   */
  public static double similarity(int[] a, int[] b) {
    if (a == null || b == null || a.length == 0 || b.length == 0) {
      return 0.0;
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of one scheme have one length, but got " + a.length
          + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** The 64-bit finalizer of MurmurHash3: every input bit moves every output bit. */
  static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB93FE1A85B53L;
    h ^= h >>> 33;
    return h;
  }
}
