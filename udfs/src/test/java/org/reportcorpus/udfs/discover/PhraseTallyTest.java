package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTallyTest {

  private final PhraseMatcher matcher = new PhraseMatcher(List.of("一网统管", "首违不罚", "放管服"));

  private static BitSet bits(int... regions) {
    BitSet set = new BitSet();
    for (int region : regions) {
      set.set(region);
    }
    return set;
  }

  @Test
  void sumsEachPhrasePerYearWithItsRegionsAndItsFirstOccurrenceInTheSmallestDocId() {
    PhraseTally tally = new PhraseTally(matcher);
    tally.add(new PhraseTally.Document("d9", "推进一网统管,“一网统管”", 2021, 3));
    tally.add(new PhraseTally.Document("d2", "落实首违不罚。一网统管", 2021, 0));
    tally.add(new PhraseTally.Document("d5", "一网统管", 2020, 3));
    tally.add(new PhraseTally.Document("d1", "无日期的一网统管", null, -1));
    tally.add(new PhraseTally.Document("d0", "与候选无关", 2019, 7));

    assertEquals(List.of(
            new PhraseTally.Sums("一网统管", bits(0, 3), List.of(
                new PhraseTally.YearSums(2020, 1, 1, 0, "d5", 0),
                new PhraseTally.YearSums(2021, 2, 3, 1, "d2", 7),
                new PhraseTally.YearSums(null, 1, 1, 0, "d1", 4))),
            new PhraseTally.Sums("首违不罚", bits(0), List.of(
                new PhraseTally.YearSums(2021, 1, 1, 0, "d2", 2)))),
        tally.sums(), "放管服 is in no document; a document without a region adds none; undated sorts last");
  }

  @Test
  void nothingAddedNothingSummed() {
    assertEquals(List.of(), new PhraseTally(matcher).sums());
  }
}
