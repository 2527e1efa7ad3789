package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopicMixtureTest {

  @Test
  void gammaDrawsHaveTheirShapeAsMeanAndVariance() {
    for (double shape : new double[] {0.2, 1, 3.5}) {
      Random rng = new Random(1);
      int n = 100_000;
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double x = TopicMixture.gamma(rng, shape);
        assertTrue(x > 0);
        sum += x;
        squares += x * x;
      }
      double mean = sum / n;
      double variance = squares / n - mean * mean;
      assertEquals(shape, mean, 0.02 * Math.max(1, shape), "mean at shape " + shape);
      assertEquals(shape, variance, 0.06 * Math.max(1, shape), "variance at shape " + shape);
    }
  }

  @Test
  void thetaSumsToOneAveragesToUniformAndIsSparseForSmallAlpha() {
    Random rng = new Random(2);
    int k = 10;
    int n = 20_000;
    double[] means = new double[k];
    double topShare = 0;
    int fewTopics = 0;
    for (int i = 0; i < n; i++) {
      TopicMixture theta = TopicMixture.draw(rng, k, TopicMixture.ALPHA);
      double sum = 0;
      double top = 0;
      int above = 0;
      for (int t = 0; t < k; t++) {
        double w = theta.weight(t);
        assertTrue(w >= 0);
        sum += w;
        means[t] += w / n;
        top = Math.max(top, w);
        above += w >= 0.1 ? 1 : 0;
      }
      assertEquals(1.0, sum, 1e-9);
      topShare += top / n;
      fewTopics += above <= 3 ? 1 : 0;
    }
    for (double mean : means) {
      assertEquals(0.1, mean, 0.01);
    }
    // Dirichlet(0.2) over 10: the largest weight is about half, and most reports (about 80 %) are about 1–3 topics.
    assertTrue(topShare > 0.45 && topShare < 0.7, "mean largest weight " + topShare);
    assertTrue(fewTopics > 0.75 * n, fewTopics + " of " + n + " on at most three topics");
  }

  @Test
  void topicsAreDrawnByTheirWeight() {
    TopicMixture theta = TopicMixture.of(0.6, 0.3, 0.1, 0);
    Random rng = new Random(3);
    int[] counts = new int[4];
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      counts[theta.drawTopic(rng)]++;
    }
    assertEquals(60_000, counts[0], 800);
    assertEquals(30_000, counts[1], 800);
    assertEquals(10_000, counts[2], 600);
    assertEquals(0, counts[3]);
  }

  @Test
  void theSameStreamGivesTheSameMixture() {
    double[] a = weights(TopicMixture.draw(new Random(9), 6, 0.2));
    double[] b = weights(TopicMixture.draw(new Random(9), 6, 0.2));
    assertArrayEquals(a, b);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> TopicMixture.draw(new Random(1), 0, 0.2));
    assertThrows(IllegalArgumentException.class, () -> TopicMixture.draw(new Random(1), 3, 0));
    assertThrows(IllegalArgumentException.class, () -> TopicMixture.of(0.5, 0.4));
    assertThrows(IllegalArgumentException.class, () -> TopicMixture.of(1.2, -0.2));
  }

  private static double[] weights(TopicMixture theta) {
    double[] w = new double[theta.topics()];
    for (int t = 0; t < w.length; t++) {
      w[t] = theta.weight(t);
    }
    return w;
  }
}
