package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicQualityTest {

  @Test
  void deadMeansBelowAQuarterOfAFairShare() {
    // k = 4: the floor is 1/16 = 0.0625
    assertEquals(1, TopicQuality.dead(new double[] {0.5, 0.3, 0.15, 0.05}));
    assertEquals(0, TopicQuality.dead(new double[] {0.4, 0.3, 0.2375, 0.0625}));
  }

  @Test
  void duplicatesShareHalfTheirTopTerms() {
    int[][] top = {{1, 2, 3, 4}, {3, 4, 5, 6}, {7, 8, 9, 1}, {10, 11, 12, 13}};
    assertEquals(1, TopicQuality.duplicatePairs(top), "0 and 1 share 3, 4; 0 and 2 share only 1");
  }

  @Test
  void faultsComeBeforeCoherence() {
    TopicQuality.Verdict coherentButDuplicated = new TopicQuality.Verdict(15, 0.60, -7, 0, 1, 0, 0.02, 0.1);
    TopicQuality.Verdict clean = new TopicQuality.Verdict(10, 0.50, -7, 0, 0, 0, 0.05, 0.2);
    TopicQuality.Verdict cleanAndBetter = new TopicQuality.Verdict(20, 0.55, -7, 0, 0, 0, 0.03, 0.1);
    assertEquals(2, TopicQuality.choose(List.of(coherentButDuplicated, clean, cleanAndBetter)));
    assertEquals(1, TopicQuality.choose(List.of(coherentButDuplicated, clean)));
    assertFalse(coherentButDuplicated.meetsRules());
    assertTrue(clean.meetsRules());
  }

  @Test
  void equalCoherenceGoesToLowerPerplexityThenSmallerK() {
    TopicQuality.Verdict a = new TopicQuality.Verdict(20, 0.5, -7.0, 0, 0, 0, 0.03, 0.1);
    TopicQuality.Verdict b = new TopicQuality.Verdict(10, 0.5, -7.5, 0, 0, 0, 0.03, 0.1);
    TopicQuality.Verdict c = new TopicQuality.Verdict(15, 0.5, -7.5, 0, 0, 0, 0.03, 0.1);
    assertEquals(1, TopicQuality.choose(List.of(a, b, c)));
  }

  @Test
  void judgeCountsNegativeTopics() {
    TopicQuality.Verdict verdict = TopicQuality.judge(0.2, -7, new double[] {0.5, 0.5},
        new double[] {0.5, -0.1}, new int[][] {{1, 2}, {3, 4}});
    assertEquals(1, verdict.negative());
    assertEquals(-0.1, verdict.minCoherence());
    assertEquals(1, verdict.faults());
  }
}
