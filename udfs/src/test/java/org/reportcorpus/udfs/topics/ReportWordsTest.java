package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportWordsTest {

  @Test
  void evennessIsOneWhenEveryTopicWeighsTheWordAlikeAndZeroWhenOneTopicHoldsIt() {
    assertEquals(1.0, ReportWords.evenness(new double[] {0.01, 0.01, 0.01, 0.01}), 1e-12);
    assertEquals(0.0, ReportWords.evenness(new double[] {0.2, 0, 0, 0}), 1e-12);
    // two of four topics alike: log 2 / log 4
    assertEquals(0.5, ReportWords.evenness(new double[] {0.3, 0.3, 0, 0}), 1e-12);
    assertEquals(0.0, ReportWords.evenness(new double[] {0, 0}));
  }

  @Test
  void aCandidateClearsBothBars() {
    assertTrue(ReportWords.isCandidate(0.9, 0.8, 0.6, 0.7));
    assertFalse(ReportWords.isCandidate(0.5, 0.95, 0.6, 0.7), "common but not in every year");
    assertFalse(ReportWords.isCandidate(1.0, 0.4, 0.6, 0.7), "in every year but one topic's word");
  }
}
