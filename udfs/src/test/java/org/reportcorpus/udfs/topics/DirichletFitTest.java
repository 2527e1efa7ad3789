package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DirichletFitTest {

  @Test
  void digammaDifferencesAreSumsOfReciprocals() {
    // psi(a+3) - psi(a) = 1/a + 1/(a+1) + 1/(a+2); two documents with count 3, one with count 1
    long[] histogram = {0, 1, 0, 2};
    double a = 0.5;
    assertEquals(1 / a + 2 * (1 / a + 1 / (a + 1) + 1 / (a + 2)), DirichletFit.digammaSum(histogram, a), 1e-12);
  }

  /**
   * Documents whose topic counts come from a skewed prior: the refitted alpha ranks the topics as
   * the prior does and puts the common topic's share near its true share.
   */
  @Test
  void recoversTheShapeOfASkewedPrior() {
    double[] truth = {3.0, 1.0, 0.2};
    SplittableRandom random = new SplittableRandom(7);
    DirichletFit.Histograms histograms = new DirichletFit.Histograms(3);
    for (int d = 0; d < 2000; d++) {
      double[] theta = dirichlet(truth, random);
      int[] counts = new int[3];
      for (int i = 0; i < 60; i++) {
        double u = random.nextDouble();
        int t = u < theta[0] ? 0 : u < theta[0] + theta[1] ? 1 : 2;
        counts[t]++;
      }
      DirichletFit.Histograms one = new DirichletFit.Histograms(3);
      one.addDocument(counts, 60);
      histograms.plus(one);
    }
    double[] alpha = DirichletFit.fit(new double[] {1, 1, 1}, histograms, 500);
    assertTrue(alpha[0] > alpha[1] && alpha[1] > alpha[2], java.util.Arrays.toString(alpha));
    double sum = alpha[0] + alpha[1] + alpha[2];
    assertEquals(3.0 / 4.2, alpha[0] / sum, 0.03);
    assertEquals(4.2, sum, 0.6);
  }

  @Test
  void noTokensLeavesAlphaAsItWas() {
    double[] start = {0.1, 0.2};
    assertEquals(List.of(0.1, 0.2), List.of(DirichletFit.fit(start, new DirichletFit.Histograms(2), 10)[0],
        DirichletFit.fit(start, new DirichletFit.Histograms(2), 10)[1]));
  }

  private static double[] dirichlet(double[] alpha, SplittableRandom random) {
    double[] draw = new double[alpha.length];
    double sum = 0;
    for (int i = 0; i < alpha.length; i++) {
      draw[i] = gamma(alpha[i], random);
      sum += draw[i];
    }
    for (int i = 0; i < draw.length; i++) {
      draw[i] /= sum;
    }
    return draw;
  }

  /** Marsaglia–Tsang, with the boost for shape below 1. */
  private static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(random);
      double v = Math.pow(1 + c * x, 3);
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
