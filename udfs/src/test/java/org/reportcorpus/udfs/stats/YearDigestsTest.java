package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.stats.YearDigests.Digest;

class YearDigestsTest {

  private static YearDigests digests(String basis, Map<Integer, Digest> years) {
    return new YearDigests(basis, new TreeMap<>(years));
  }

  private static final Digest A = new Digest(10, 0x1234L, -5L);
  private static final Digest B = new Digest(12, 0xfedcba9876543210L, 77L);
  private static final Digest C = new Digest(12, 0xfedcba9876543211L, 77L);

  @Test
  void aLineReadsBackAsTheSameDigests() {
    YearDigests digests = digests("settings;v2", Map.of(2015, A, 2016, B));
    assertEquals(digests, YearDigests.parse(digests.line()));
    assertEquals(digests("s", Map.of()), YearDigests.parse("s;"));
  }

  @Test
  void whatIsNotALineParsesToNull() {
    assertNull(YearDigests.parse(null));
    assertNull(YearDigests.parse("no separator"));
    assertNull(YearDigests.parse("s;2015:10"));
    assertNull(YearDigests.parse("s;x:1:2:3"));
  }

  @Test
  void aNewYearRewritesItselfAndTheYearsWhoseWindowReachesIt() {
    YearDigests before = digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A));
    YearDigests now = digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A, 2019, B));
    assertEquals(Set.of(2019), now.changedSince(before));
    assertEquals(new TreeSet<>(Set.of(2018, 2019)), now.toRewrite(before, 1));
    assertEquals(new TreeSet<>(Set.of(2019)), now.toRewrite(before, 0));
    assertEquals(new TreeSet<>(Set.of(2017, 2018, 2019)), now.toRewrite(before, 2));
  }

  @Test
  void aChangedMiddleYearRewritesBothSides() {
    YearDigests before = digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A));
    YearDigests now = digests("s", Map.of(2015, A, 2016, C, 2017, A, 2018, A));
    assertEquals(new TreeSet<>(Set.of(2015, 2016, 2017)), now.toRewrite(before, 1));
  }

  @Test
  void aVanishedYearIsRewrittenToNothing() {
    YearDigests before = digests("s", Map.of(2015, A, 2016, A, 2017, B));
    YearDigests now = digests("s", Map.of(2015, A, 2016, A));
    assertEquals(new TreeSet<>(Set.of(2016, 2017)), now.toRewrite(before, 1));
  }

  @Test
  void aHashDifferenceAloneIsAChange() {
    YearDigests before = digests("s", Map.of(2016, B));
    YearDigests now = digests("s", Map.of(2016, C));
    assertEquals(Set.of(2016), now.changedSince(before));
  }

  @Test
  void nothingChangedRewritesNothing() {
    YearDigests before = digests("s", Map.of(2015, A, 2016, B));
    assertEquals(Set.of(), digests("s", Map.of(2015, A, 2016, B)).toRewrite(before, 1));
  }

  @Test
  void anotherBasisOrNoneBeforeRewritesEveryYear() {
    YearDigests before = digests("old", Map.of(2014, A, 2015, A));
    YearDigests now = digests("new", Map.of(2015, A, 2016, A));
    assertEquals(new TreeSet<>(Set.of(2014, 2015, 2016)), now.toRewrite(before, 1));
    assertEquals(new TreeSet<>(Set.of(2015, 2016)), now.toRewrite(null, 1));
  }

  @Test
  void theDocumentsOfRewrittenYearsReachHalfAWindowFurther() {
    assertEquals(new TreeSet<>(Set.of(2017, 2018, 2019, 2020)), YearDigests.within(new TreeSet<>(Set.of(2018, 2019)), 1));
  }

  @Test
  void rowsThatReadEveryEarlierYearAreRewrittenFromTheFirstChangedYearOn() {
    YearDigests before = digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A));
    assertEquals(new TreeSet<>(Set.of(2019)),
        digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A, 2019, B)).toRewriteOnward(before), "a new last year");
    assertEquals(new TreeSet<>(Set.of(2016, 2017, 2018)),
        digests("s", Map.of(2015, A, 2016, C, 2017, A, 2018, A)).toRewriteOnward(before), "a changed middle year");
    assertEquals(new TreeSet<>(Set.of(2017, 2018)),
        digests("s", Map.of(2015, A, 2016, A, 2018, A)).toRewriteOnward(before), "a vanished year");
    assertEquals(Set.of(), digests("s", Map.of(2015, A, 2016, A, 2017, A, 2018, A)).toRewriteOnward(before));
    assertEquals(new TreeSet<>(Set.of(2015, 2016, 2017, 2018)),
        digests("t", Map.of(2015, A, 2016, A, 2017, A, 2018, A)).toRewriteOnward(before), "another basis");
  }
}
