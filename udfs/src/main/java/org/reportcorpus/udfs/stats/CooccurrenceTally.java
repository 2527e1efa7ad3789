package org.reportcorpus.udfs.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts, over a stream of units (documents, sentences), how many units hold each item and each
 * pair of items — the combinable partial counts of a co-occurrence table. One tally per task:
 * memory grows with the pairs actually seen (at most items² / 2), not with the units, so a
 * partition of millions of sentences reduces to a few thousand numbers before any shuffle.
 *
 * <p>Items are ids {@code 0 … items−1}; pairs are reported as (a, b) with {@code a < b}, so a
 * caller that numbers its items in sort order gets pairs in sort order. Not thread-safe.
 */
public final class CooccurrenceTally {

  /** Receives one pair count. */
  @FunctionalInterface
  public interface PairCount {
    void accept(int a, int b, long units);
  }

  private final long[] itemUnits;
  private final Map<Long, long[]> pairUnits = new HashMap<>();
  private long units;

  public CooccurrenceTally(int items) {
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0 but got " + items);
    }
    this.itemUnits = new long[items];
  }

  /**
   * Adds one unit holding the given items (each id once; any order). A unit with no items still
   * counts as a unit.
   */
  public void addUnit(int... items) {
    units++;
    if (items.length == 0) {
      return;
    }
    int[] sorted = items.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("item " + sorted[i] + " given twice for one unit");
      }
      itemUnits[sorted[i]]++;
      for (int j = i + 1; j < sorted.length; j++) {
        pairUnits.computeIfAbsent(key(sorted[i], sorted[j]), k -> new long[1])[0]++;
      }
    }
  }

  public long units() {
    return units;
  }

  public int items() {
    return itemUnits.length;
  }

  /** Units holding the item. */
  public long itemUnits(int item) {
    return itemUnits[item];
  }

  /** Units holding both items (in either order); 0 for a pair never seen. */
  public long pairUnits(int a, int b) {
    long[] count = pairUnits.get(a < b ? key(a, b) : key(b, a));
    return count == null ? 0 : count[0];
  }

  /** Every pair seen at least once, as (a, b, units) with a &lt; b; in no particular order. */
  public void forEachPair(PairCount consumer) {
    for (Map.Entry<Long, long[]> pair : pairUnits.entrySet()) {
      long key = pair.getKey();
      consumer.accept((int) (key >>> 32), (int) key, pair.getValue()[0]);
    }
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }
}
