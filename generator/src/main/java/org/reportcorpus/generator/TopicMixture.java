package org.reportcorpus.generator;

import java.util.Random;

/**
 * A report's topic proportions θ, drawn from a symmetric Dirichlet(α): with α well below 1 most
 * of the mass falls on one to three topics, as in a report about a few themes.
 */
final class TopicMixture {

  /** The Dirichlet concentration of {@code generate --topics}. */
  static final double ALPHA = 0.2;

  private final double[] theta;
  private final double[] cumulative;

  private TopicMixture(double[] theta) {
    this.theta = theta;
    this.cumulative = new double[theta.length];
    double sum = 0;
    for (int k = 0; k < theta.length; k++) {
      sum += theta[k];
      cumulative[k] = sum;
    }
  }

  /** θ over {@code topics} topics: independent Gamma(α) draws divided by their sum. */
  static TopicMixture draw(Random rng, int topics, double alpha) {
    if (topics < 1 || !(alpha > 0)) {
      throw new IllegalArgumentException("expected at least one topic and α > 0 but got " + topics + " and " + alpha);
    }
    double[] gammas = new double[topics];
    double total = 0;
    while (!(total > 0)) {
      total = 0;
      for (int k = 0; k < topics; k++) {
        gammas[k] = gamma(rng, alpha);
        total += gammas[k];
      }
    }
    double[] theta = new double[topics];
    for (int k = 0; k < topics; k++) {
      theta[k] = gammas[k] / total;
    }
    return new TopicMixture(theta);
  }

  /** θ as given (tests); must be non-negative and sum to 1. */
  static TopicMixture of(double... theta) {
    double sum = 0;
    for (double t : theta) {
      if (t < 0) {
        throw new IllegalArgumentException("negative weight " + t);
      }
      sum += t;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights sum to " + sum + ", not 1");
    }
    return new TopicMixture(theta.clone());
  }

  int topics() {
    return theta.length;
  }

  double weight(int topic) {
    return theta[topic];
  }

  /** A topic z ~ θ. */
  int drawTopic(Random rng) {
    double u = rng.nextDouble();
    for (int k = 0; k < cumulative.length - 1; k++) {
      if (u < cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }

  /**
   * Gamma(shape, 1) by Marsaglia and Tsang's method; below shape 1 by the boost Gamma(a) =
   * Gamma(a + 1) · U^(1/a), since the method itself needs a shape of at least 1.
   */
  static double gamma(Random rng, double shape) {
    if (shape < 1) {
      return gamma(rng, shape + 1) * Math.pow(rng.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
