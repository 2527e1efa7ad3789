package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CooccurrenceTallyTest {

  @Test
  void countsUnitsItemsAndPairs() {
    CooccurrenceTally tally = new CooccurrenceTally(4);
    tally.addUnit(0, 2);
    tally.addUnit(2, 0, 1);
    tally.addUnit();
    tally.addUnit(3);

    assertEquals(4, tally.units());
    assertEquals(2, tally.itemUnits(0));
    assertEquals(1, tally.itemUnits(1));
    assertEquals(2, tally.itemUnits(2));
    assertEquals(1, tally.itemUnits(3));
    assertEquals(2, tally.pairUnits(2, 0));
    assertEquals(0, tally.pairUnits(0, 3));

    Map<String, Long> pairs = new TreeMap<>();
    tally.forEachPair((a, b, n) -> pairs.put(a + "-" + b, n));
    assertEquals(Map.of("0-1", 1L, "0-2", 2L, "1-2", 1L), pairs);
  }

  @Test
  void rejectsAnItemGivenTwiceForOneUnit() {
    assertThrows(IllegalArgumentException.class, () -> new CooccurrenceTally(3).addUnit(1, 2, 1));
  }
}
