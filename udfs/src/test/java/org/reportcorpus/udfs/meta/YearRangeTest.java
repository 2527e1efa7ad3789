package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YearRangeTest {

  @Test
  void readsRangesOneYearAndOpenEnds() {
    assertEquals(new YearRange(2015, 2024), YearRange.parse("2015-2024"));
    assertEquals(new YearRange(2015, 2024), YearRange.parse(" 2015 - 2024 "));
    assertEquals(new YearRange(2020, 2020), YearRange.parse("2020"));
    assertEquals(new YearRange(2018, null), YearRange.parse("2018-"));
    assertEquals(new YearRange(null, 2020), YearRange.parse("-2020"));
    assertTrue(YearRange.parse("2015-2024").closed());
    assertFalse(YearRange.parse("2018-").closed());
  }

  @Test
  void anythingElseIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> YearRange.parse("last"));
    assertThrows(IllegalArgumentException.class, () -> YearRange.parse("2015-2020-2024"));
    assertThrows(IllegalArgumentException.class, () -> YearRange.parse(""));
  }
}
