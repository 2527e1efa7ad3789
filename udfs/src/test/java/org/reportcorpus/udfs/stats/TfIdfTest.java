package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TfIdfTest {

  @Test
  void aWordInEveryDocumentWeighsZero() {
    assertEquals(0.0, TfIdf.idf(3, 3));
    assertEquals(0.0, TfIdf.tfidf(1000, 3, 3));
  }

  @Test
  void rarerWordsWeighMore() {
    assertEquals(Math.log(2), TfIdf.idf(3, 1));
    assertEquals(Math.log(4), TfIdf.idf(3, 0));
    assertEquals(5 * Math.log(2), TfIdf.tfidf(5, 3, 1));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> TfIdf.idf(3, 4));
    assertThrows(IllegalArgumentException.class, () -> TfIdf.idf(3, -1));
    assertThrows(IllegalArgumentException.class, () -> TfIdf.tfidf(-1, 3, 1));
  }
}
