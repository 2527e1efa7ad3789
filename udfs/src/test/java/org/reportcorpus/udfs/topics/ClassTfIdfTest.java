package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassTfIdfTest {

  @Test
  void followsTheFormula() {
    assertEquals(5.0 / 100 * Math.log(1 + 80.0 / 10), ClassTfIdf.weight(5, 100, 80, 10), 1e-15);
    assertEquals(0.0, ClassTfIdf.weight(0, 100, 80, 10));
  }

  @Test
  void aWordConcentratedInTheClassOutweighsAnEquallyFrequentWordFoundEverywhere() {
    assertTrue(ClassTfIdf.weight(5, 100, 80, 5) > ClassTfIdf.weight(5, 100, 80, 500));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> ClassTfIdf.weight(5, 100, 80, 4));
    assertThrows(IllegalArgumentException.class, () -> ClassTfIdf.weight(1, 0, 80, 4));
  }
}
