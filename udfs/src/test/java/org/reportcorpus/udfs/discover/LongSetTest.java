package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

  @Test
  void behavesLikeASetOfLongsThroughGrowth() {
    LongSet set = new LongSet(1);
    Set<Long> expected = new HashSet<>();
    Random random = new Random(5);
    for (int i = 0; i < 10_000; i++) {
      long value = random.nextInt(5_000) - 100L;
      assertEquals(expected.add(value), set.add(value));
    }
    assertEquals(expected.size(), set.size());
    for (long value = -200; value < 5_100; value++) {
      assertEquals(expected.contains(value), set.contains(value), "value " + value);
    }
    long[] values = set.toArray();
    Arrays.sort(values);
    assertArrayEquals(expected.stream().mapToLong(Long::longValue).sorted().toArray(), values);
  }

  @Test
  void zeroIsAValueLikeAnyOther() {
    LongSet set = LongSet.of(0L, 7L);
    assertTrue(set.contains(0L));
    assertTrue(set.test(7L));
    assertFalse(set.contains(1L));
    assertEquals(2, set.size());
    assertFalse(set.add(0L));
  }

  @Test
  void emptySetHoldsNothing() {
    LongSet set = new LongSet(0);
    assertFalse(set.contains(0L));
    assertEquals(0, set.toArray().length);
  }
}
