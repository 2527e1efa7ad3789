package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocTopicWeightsTest {

  @Test
  void keepsWeightsAboveTheThresholdAndMarksTheDominantTopic() {
    List<DocTopicWeights.Weight> kept = DocTopicWeights.kept(new double[] {0.04, 0.6, 0.3, 0.06}, 0.05);
    assertEquals(List.of(new DocTopicWeights.Weight(1, 0.6, true), new DocTopicWeights.Weight(2, 0.3, false),
        new DocTopicWeights.Weight(3, 0.06, false)), kept);
  }

  @Test
  void theDominantTopicIsKeptEvenBelowTheThresholdAndTiesGoToTheLowestId() {
    double[] flat = new double[40];
    java.util.Arrays.fill(flat, 1.0 / 40);
    assertEquals(List.of(new DocTopicWeights.Weight(0, 1.0 / 40, true)), DocTopicWeights.kept(flat, 0.05));
  }

  @Test
  void labelsATopicByItsFirstThreeTerms() {
    assertEquals("污染·排放·河道", DocTopicWeights.label(List.of("污染", "排放", "河道", "水质")));
    assertEquals("污染", DocTopicWeights.label(List.of("污染")));
  }
}
