package org.reportcorpus.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SparseVector;
import org.junit.jupiter.api.Test;

class MalletLdaTest {

  /** Three topics over disjoint thirds of a 30-word vocabulary; each document mostly one topic. */
  @Test
  void theWrapperRecoversPlantedTopicsOverOurTermIds() {
    int words = 30;
    List<String> vocabulary = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      vocabulary.add("w" + w);
    }
    double[][] planted = new double[3][words];
    for (int t = 0; t < 3; t++) {
      for (int w = t * 10; w < t * 10 + 10; w++) {
        planted[t][w] = 0.1;
      }
    }
    Random random = new Random(1);
    List<int[]> documents = new ArrayList<>();
    for (int d = 0; d < 300; d++) {
      int topic = d % 3;
      int[] ids = new int[60];
      for (int i = 0; i < ids.length; i++) {
        int z = random.nextDouble() < 0.9 ? topic : random.nextInt(3);
        ids[i] = z * 10 + random.nextInt(10);
      }
      documents.add(ids);
    }
    MalletLda fitted = MalletLda.fit(vocabulary, documents.iterator(), MalletLda.Settings.defaults(3, 200, 1, 3), 5);

    double mean = new TopicComparison(vocabulary, planted).matchTo(new TopicComparison(vocabulary, fitted.topics()))
        .mean();
    assertTrue(mean > 0.95, "mean cosine " + mean);
    assertEquals(3, fitted.topTerms().length);
    for (int[] top : fitted.topTerms()) {
      int third = top[0] / 10;
      for (int id : top) {
        assertEquals(third, id / 10, "a topic's top terms come from one planted topic");
      }
    }
  }

  @Test
  void aCountVectorBecomesOneIdPerOccurrence() {
    SparseVector counts = new SparseVector(5, new int[] {1, 4}, new double[] {2, 1});
    assertArrayEquals(new int[] {1, 1, 4}, org.reportcorpus.jobs.topics.TopicFeatures.occurrences(counts));
  }
}
