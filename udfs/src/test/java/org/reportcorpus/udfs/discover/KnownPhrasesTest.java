package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownPhrasesTest {

  private final KnownPhrases known = new KnownPhrases(List.of("放管服", "最多跑一次", "最多跑一趟", " "),
      List.of("进一步"));

  @Test
  void termsAliasesAndWhatContainsThemOrIsInThem() {
    assertTrue(known.isKnown("放管服"));
    assertTrue(known.isKnown("最多跑一趟"));
    assertTrue(known.isKnown("深化放管服改革"));
    assertTrue(known.isKnown("跑一次"));
    assertTrue(known.isKnown("进一步规范"));
  }

  @Test
  void newPhrasesAreNotKnown() {
    assertFalse(known.isKnown("一网统管"));
    assertFalse(known.isKnown("放管结合"));
  }

  @Test
  void nullAndEmptyAreKnown() {
    assertTrue(known.isKnown(null));
    assertTrue(known.isKnown(""));
  }
}
