package org.reportcorpus.udfs.discover;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Counts per long without boxing (open addressing, linear probing): how many documents of a
 * partition hold each packed seed of {@link CharNgrams}. Summing a partition's documents here
 * before Spark's shuffle hands on one row per distinct seed of the partition rather than one per
 * seed of every document, most of which the documents of a genre share.
 */
public final class LongCounts {

  /** A value and its count. */
  public record Count(long value, long count) {}

  private long[] values;
  private long[] counts; // 0: empty slot (a counted value has at least 1)
  private int size;

  public LongCounts(int expected) {
    clear(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
  }

  /** Adds {@code n} (at least 1) to the value's count. */
  public void add(long value, long n) {
    if (n < 1) {
      throw new IllegalArgumentException("count to add must be at least 1, got " + n);
    }
    if ((size + 1) * 2L > values.length) {
      grow();
    }
    int mask = values.length - 1;
    for (int i = LongSet.index(value, mask); ; i = (i + 1) & mask) {
      if (counts[i] == 0) {
        values[i] = value;
        counts[i] = n;
        size++;
        return;
      }
      if (values[i] == value) {
        counts[i] += n;
        return;
      }
    }
  }

  /** The value's count, 0 when it was never added. */
  public long count(long value) {
    int mask = values.length - 1;
    for (int i = LongSet.index(value, mask); counts[i] != 0; i = (i + 1) & mask) {
      if (values[i] == value) {
        return counts[i];
      }
    }
    return 0;
  }

  /** Distinct values held. */
  public int size() {
    return size;
  }

  /**
   * The counts of a run of items, each giving the values it holds (each counted once per item
   * if the item gives them distinct), summed lazily: when more than {@code limit} distinct values
   * are held they are handed on and counting starts again, so memory is bounded and a value can
   * come out more than once — the caller sums again.
   */
  public static <T> Iterator<Count> over(Iterator<T> items, Function<T, long[]> valuesOf, int limit) {
    LongCounts tally = new LongCounts(1 << 12);
    return new Iterator<>() {
      private int slot = -1; // draining from here when >= 0

      @Override
      public boolean hasNext() {
        while (true) {
          if (slot >= 0) {
            while (slot < tally.values.length && tally.counts[slot] == 0) {
              slot++;
            }
            if (slot < tally.values.length) {
              return true;
            }
            slot = -1;
            tally.clear(1 << 12);
          }
          if (!items.hasNext()) {
            return false;
          }
          while (items.hasNext() && tally.size <= limit) {
            for (long value : valuesOf.apply(items.next())) {
              tally.add(value, 1);
            }
          }
          slot = 0;
        }
      }

      @Override
      public Count next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Count count = new Count(tally.values[slot], tally.counts[slot]);
        slot++;
        return count;
      }
    };
  }

  private void grow() {
    long[] oldValues = values;
    long[] oldCounts = counts;
    clear(oldValues.length << 1);
    int mask = values.length - 1;
    for (int o = 0; o < oldValues.length; o++) {
      if (oldCounts[o] != 0) {
        int i = LongSet.index(oldValues[o], mask);
        while (counts[i] != 0) {
          i = (i + 1) & mask;
        }
        values[i] = oldValues[o];
        counts[i] = oldCounts[o];
        size++;
      }
    }
  }

  private void clear(int capacity) {
    values = new long[capacity];
    counts = new long[capacity];
    size = 0;
  }
}
