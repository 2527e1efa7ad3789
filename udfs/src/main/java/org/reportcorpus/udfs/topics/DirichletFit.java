package org.reportcorpus.udfs.topics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The asymmetric Dirichlet prior over document–topic proportions that best explains the
 * documents' topic counts: Minka's fixed-point iteration, with the digamma differences
 * ψ(n + a) − ψ(a) summed as 1/a + 1/(a+1) + … over count histograms, as Wallach (2008) does.
 * An asymmetric alpha lets common themes be common and rare ones rare instead of splitting the
 * common ones and starving the rare — what keeps a Gibbs model's topics alive and distinct.
 */
public final class DirichletFit {

  private DirichletFit() {}

  /**
   * How many documents hold each count of each topic ({@code topic[t][n]}) and have each length
   * ({@code length[n]}); summed over shards with {@link #plus}.
   */
  public static final class Histograms implements Serializable {
    private static final long serialVersionUID = 1L;

    private long[][] topic;
    private long[] length;

    public Histograms(int k) {
      topic = new long[k][1];
      length = new long[1];
    }

    void addDocument(int[] topicCounts, int documentLength) {
      for (int t = 0; t < topicCounts.length; t++) {
        topic[t] = grown(topic[t], topicCounts[t]);
        topic[t][topicCounts[t]]++;
      }
      length = grown(length, documentLength);
      length[documentLength]++;
    }

    /** This and {@code other} summed (this one is reused). */
    public Histograms plus(Histograms other) {
      for (int t = 0; t < topic.length; t++) {
        topic[t] = added(topic[t], other.topic[t]);
      }
      length = added(length, other.length);
      return this;
    }

    private static long[] grown(long[] counts, int index) {
      return index < counts.length ? counts : Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
    }

    private static long[] added(long[] a, long[] b) {
      long[] sum = a.length >= b.length ? a : Arrays.copyOf(a, b.length);
      for (int i = 0; i < b.length; i++) {
        sum[i] += b[i];
      }
      return sum;
    }
  }

  /** alpha refitted from {@code start} ({@code iterations} fixed-point steps; stops early once stable). */
  public static double[] fit(double[] start, Histograms histograms, int iterations) {
    double[] alpha = start.clone();
    for (int iteration = 0; iteration < iterations; iteration++) {
      double alphaSum = Arrays.stream(alpha).sum();
      double denominator = digammaSum(histograms.length, alphaSum);
      if (denominator <= 0) {
        return alpha; // no document has a token: nothing to learn from
      }
      double change = 0;
      for (int t = 0; t < alpha.length; t++) {
        double updated = Math.max(alpha[t] * digammaSum(histograms.topic[t], alpha[t]) / denominator, 1e-6);
        change = Math.max(change, Math.abs(updated - alpha[t]) / alpha[t]);
        alpha[t] = updated;
      }
      if (change < 1e-6) {
        break;
      }
    }
    return alpha;
  }

  /** Σ_n histogram[n] · (ψ(n + a) − ψ(a)), with ψ(n + a) − ψ(a) = Σ_{i<n} 1/(a + i). */
  static double digammaSum(long[] histogram, double a) {
    double sum = 0;
    double difference = 0;
    for (int n = 1; n < histogram.length; n++) {
      difference += 1.0 / (a + n - 1);
      sum += histogram[n] * difference;
    }
    return sum;
  }
}
