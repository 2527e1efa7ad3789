package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LongCountsTest {

  @Test
  void countsLikeAMapThroughGrowthZeroIncluded() {
    LongCounts counts = new LongCounts(1);
    Map<Long, Long> expected = new HashMap<>();
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      long value = random.nextInt(3_000) - 100L; // 0 and negatives among them
      long n = 1 + random.nextInt(3);
      counts.add(value, n);
      expected.merge(value, n, Long::sum);
    }
    assertEquals(expected.size(), counts.size());
    for (long value = -200; value < 3_000; value++) {
      assertEquals(expected.getOrDefault(value, 0L), counts.count(value), "value " + value);
    }
    assertThrows(IllegalArgumentException.class, () -> counts.add(5, 0));
  }

  /** Items' values summed, whatever the limit: with a small one a value comes out several times, summing to the same. */
  @Test
  void overSumsEveryItemsValuesWithinTheLimit() {
    Random random = new Random(3);
    List<long[]> items = new ArrayList<>();
    Map<Long, Long> expected = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      long[] values = LongStream.generate(() -> random.nextInt(2_000)).limit(random.nextInt(60)).distinct().toArray();
      items.add(values);
      for (long v : values) {
        expected.merge(v, 1L, Long::sum);
      }
    }
    for (int limit : new int[] {1, 50, 1_000_000}) {
      Map<Long, Long> summed = new HashMap<>();
      int emitted = 0;
      Iterator<LongCounts.Count> it = LongCounts.over(items.iterator(), v -> v, limit);
      while (it.hasNext()) {
        assertTrue(it.hasNext()); // idempotent
        LongCounts.Count c = it.next();
        summed.merge(c.value(), c.count(), Long::sum);
        emitted++;
      }
      assertEquals(expected, summed, "limit " + limit);
      if (limit == 1_000_000) {
        assertEquals(expected.size(), emitted, "one row per distinct value when everything fits");
      } else {
        assertTrue(emitted > expected.size(), "limit " + limit + ": handed on in several rounds");
      }
    }
    assertFalse(LongCounts.over(List.<long[]>of().iterator(), v -> v, 10).hasNext());
    assertFalse(LongCounts.over(List.of(new long[0], new long[0]).iterator(), v -> v, 10).hasNext());
  }
}
