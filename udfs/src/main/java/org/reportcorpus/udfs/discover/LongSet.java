package org.reportcorpus.udfs.discover;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * A set of longs without boxing (open addressing, linear probing): the packed seeds of
 * {@link CharNgrams}, a few million of which must fit in an executor comfortably. Not thread-safe
 * while being filled; read-only use from several threads is fine.
 */
public final class LongSet implements LongPredicate, Serializable {

  private static final long EMPTY = 0L;

  private long[] slots;
  private boolean hasZero;
  private int size;

  public LongSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity];
  }

  public static LongSet of(long... values) {
    LongSet set = new LongSet(values.length);
    for (long value : values) {
      set.add(value);
    }
    return set;
  }

  /** Adds a value; true when it was not there yet. */
  public boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    return insert(slots, value);
  }

  public boolean contains(long value) {
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = index(value, mask); ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == value) {
        return true;
      }
      if (slot == EMPTY) {
        return false;
      }
    }
  }

  @Override
  public boolean test(long value) {
    return contains(value);
  }

  public int size() {
    return size;
  }

  /** The values in no particular order. */
  public long[] toArray() {
    long[] values = new long[size];
    int n = 0;
    if (hasZero) {
      values[n++] = EMPTY;
    }
    for (long slot : slots) {
      if (slot != EMPTY) {
        values[n++] = slot;
      }
    }
    return values;
  }

  private boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    for (int i = index(value, mask); ; i = (i + 1) & mask) {
      long slot = table[i];
      if (slot == value) {
        return false;
      }
      if (slot == EMPTY) {
        table[i] = value;
        size++;
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length << 1];
    int kept = size - (hasZero ? 1 : 0);
    size = hasZero ? 1 : 0;
    for (long value : old) {
      if (value != EMPTY) {
        insert(slots, value);
      }
    }
    assert size - (hasZero ? 1 : 0) == kept;
  }

  /** The slot a value's probe starts at (also {@link LongCounts}'s). */
  static int index(long value, int mask) {
    long h = value * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads packed chars well
    return (int) (h >>> 32) & mask;
  }

  @Override
  public String toString() {
    long[] values = toArray();
    Arrays.sort(values);
    return Arrays.toString(values);
  }
}
