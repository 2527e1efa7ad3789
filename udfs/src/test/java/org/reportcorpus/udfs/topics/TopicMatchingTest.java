package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TopicMatchingTest {

  @Test
  void cosineOfParallelOrthogonalAndZeroVectors() {
    assertEquals(1.0, TopicMatching.cosine(new double[] {1, 2, 0}, new double[] {2, 4, 0}), 1e-12);
    assertEquals(0.0, TopicMatching.cosine(new double[] {1, 0}, new double[] {0, 3}), 1e-12);
    assertEquals(0.0, TopicMatching.cosine(new double[] {0, 0}, new double[] {0, 3}), 1e-12);
  }

  @Test
  void theBestMatchingBeatsTheGreedyOne() {
    // Greedy takes (0,0)=0.9 and is left with (1,1)=0.1; the best is 0.8 + 0.8.
    double[][] similarity = {{0.9, 0.8}, {0.8, 0.1}};
    TopicMatching.Match match = TopicMatching.best(similarity);
    assertArrayEquals(new int[] {1, 0}, match.pairs());
    assertEquals(0.8, match.mean(), 1e-12);
  }

  @Test
  void agreesWithBruteForceOnRandomMatrices() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(6);
      double[][] similarity = new double[n][n];
      for (double[] row : similarity) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextDouble();
        }
      }
      assertEquals(bruteForce(similarity, 0, new boolean[n]) / n, TopicMatching.best(similarity).mean(), 1e-9);
    }
  }

  @Test
  void moreRowsThanColumnsLeavesRowsUnmatched() {
    double[][] similarity = {{0.2}, {0.7}, {0.4}};
    TopicMatching.Match match = TopicMatching.best(similarity);
    assertArrayEquals(new int[] {-1, 0, -1}, match.pairs());
    assertEquals(0.7, match.mean(), 1e-12);
  }

  private static double bruteForce(double[][] s, int row, boolean[] used) {
    if (row == s.length) {
      return 0;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < s.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.max(best, s[row][j] + bruteForce(s, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
