package org.reportcorpus.jobs.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class RegionBitsTest {

  private static byte[] regions(int... indexes) {
    BitSet set = new BitSet();
    for (int i : indexes) {
      set.set(i);
    }
    return set.toByteArray();
  }

  @Test
  void countsTheUnionOfSetsOfAnyLength() {
    RegionBits.UnionSize union = new RegionBits.UnionSize();
    byte[] a = union.reduce(union.zero(), regions(0, 3, 700));
    byte[] b = union.reduce(union.reduce(union.zero(), regions(3)), regions(9, 64));
    assertEquals(5L, union.finish(union.merge(a, b)), "0, 3, 9, 64, 700");
    assertEquals(5L, union.finish(union.merge(b, a)));
    assertEquals(0L, union.finish(union.merge(union.zero(), regions())));
  }
}
