package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NpmiTest {

  private static final double EPS = 1e-12;

  @Test
  void itemsThatOnlyOccurTogetherScoreExactlyOne() {
    assertEquals(1.0, Npmi.of(3, 3, 3, 10));
    assertEquals(1.0, Npmi.of(1, 1, 1, 1_000_000));
  }

  @Test
  void itemsInEveryUnitScoreOneInsteadOfZeroOverZero() {
    assertEquals(1.0, Npmi.of(10, 10, 10, 10));
  }

  @Test
  void independentItemsScoreZero() {
    // p(a) = p(b) = 1/2, p(a,b) = 1/4 = p(a) p(b)
    assertEquals(0.0, Npmi.of(1, 2, 2, 4), EPS);
    assertEquals(0.0, Npmi.of(25, 50, 50, 100), EPS);
  }

  @Test
  void itemsNeverTogetherScoreMinusOne() {
    assertEquals(-1.0, Npmi.of(0, 2, 2, 4));
  }

  @Test
  void partialAssociationFollowsTheFormula() {
    // p(a,b) = 1/8, p(a) = p(b) = 1/4: ln 2 / ln 8
    assertEquals(1.0 / 3, Npmi.of(1, 2, 2, 8), EPS);
    // p(a,b) = 1/8, p(a) = p(b) = 1/2: −ln 2 / ln 8
    assertEquals(-1.0 / 3, Npmi.of(1, 4, 4, 8), EPS);
    // a always with b, b half the time with a: p(a,b) = 1/4, p(a) = 1/4, p(b) = 1/2: ln 2 / ln 4
    assertEquals(0.5, Npmi.of(2, 2, 4, 8), EPS);
  }

  @Test
  void isSymmetric() {
    assertEquals(Npmi.of(3, 5, 9, 40), Npmi.of(3, 9, 5, 40));
  }

  @Test
  void rejectsCountsThatCannotArise() {
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(3, 2, 5, 10)); // both > a
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(1, 1, 1, 0)); // no units
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(1, 11, 1, 10)); // a > units
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(0, 6, 6, 10)); // a ∪ b > units
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(-1, 1, 1, 10));
  }
}
